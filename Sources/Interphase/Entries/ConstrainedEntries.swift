/// The result of ``EntryConstraints/apply(to:)``.
public struct ConstrainedEntries: Sendable {
    /// The entries every computation should use.
    public var entries: [Entry]
    /// What was excluded and admitted.
    public var record: ConstraintRecord

}
