/// A dataset with ``EntryConstraints`` applied, and the record of what they did: see
/// ``Dataset/applying(_:)``.
package struct ConstrainedDataset: Sendable {
    /// The dataset without the excluded entries and with the admitted ones lowered onto the hull.
    package var dataset: Dataset
    /// What was excluded and admitted.
    package var record: ConstraintRecord
}
