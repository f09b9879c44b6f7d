extension Dataset {
    /// The dataset with `constraints` applied (over its entries and implicit references
    /// together; the references are pure elements and are never excluded or lowered), and what
    /// changed.
    ///
    /// - Parameter constraints: What to exclude and admit.
    /// - Returns: The constrained dataset and the record of what was done.
    /// - Throws: ``ConstraintError``.
    package func applying(_ constraints: EntryConstraints) throws(ConstraintError) -> ConstrainedDataset {
        var result = self
        guard !constraints.isEmpty else {
            return ConstrainedDataset(dataset: result, record: ConstraintRecord(excluded: [], admitted: [], metastableTolerance: nil))
        }
        let constrained = try constraints.apply(to: allEntries)
        result.entries = Array(constrained.entries.dropLast(implicitReferences.count))
        return ConstrainedDataset(dataset: result, record: constrained.record)
    }
}
