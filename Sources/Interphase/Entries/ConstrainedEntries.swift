/// The result of ``EntryConstraints/apply(to:)``.
public struct ConstrainedEntries: Sendable {
    /// The entries every computation should use.
    public var entries: [Entry]
    /// What was excluded and admitted.
    public var record: ConstraintRecord

    /// Constrained entries and their record.
    ///
    /// - Parameters:
    ///   - entries: The entries every computation should use.
    ///   - record: What was excluded and admitted.
    public init(entries: [Entry], record: ConstraintRecord) {
        self.entries = entries
        self.record = record
    }
}
