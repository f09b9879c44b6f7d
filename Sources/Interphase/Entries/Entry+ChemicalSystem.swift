extension Entry {
    /// Whether every element of the entry is in `system`: the entry belongs to that chemical
    /// system or to one of its subsystems (pure elements included).
    func belongs(to system: Set<Element>) -> Bool {
        composition.elements.allSatisfy(system.contains)
    }

    /// The indices of the `entries` that belong to `system` or its subsystems, ascending: the
    /// entries a question about `system` needs.
    ///
    /// - Complexity: O(N·k) for N entries of at most k elements.
    static func indices(of entries: [Entry], within system: Set<Element>) -> [Int] {
        entries.indices.filter { entries[$0].belongs(to: system) }
    }
}
