extension PhaseDiagram {
    /// The index in ``entries`` of the lowest entry (by formation energy per atom, the first of
    /// equals) with the composition of `composition` up to a multiple: the entry whose energy
    /// above hull a window reports. For the study and the CLI, which must not re-derive it.
    ///
    /// - Parameter composition: Any formula unit of the composition.
    /// - Returns: The entry's index, or `nil` when the data lack the composition.
    package func indexOfLowestEntry(matching composition: Composition) -> Int? {
        lowestEntryIndex(matching: composition)
    }
}
