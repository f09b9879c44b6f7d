/// The result of ``EntryConstraints/apply(to:)``.
package struct ConstrainedEntries: Sendable {
    /// The entries every computation should use.
    package var entries: [Entry]
    /// What was excluded and admitted.
    package var record: ConstraintRecord

}
