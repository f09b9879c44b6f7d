/// A dataset with ``EntryConstraints`` applied, and the record of what they did: see
/// ``Dataset/applying(_:)``.
public struct ConstrainedDataset: Sendable {
    /// The dataset without the excluded entries and with the admitted ones lowered onto the hull.
    public var dataset: Dataset
    /// What was excluded and admitted.
    public var record: ConstraintRecord
}
