/// A phase diagram with the record of what constraints did to its entries (`nil` when none
/// were given): what ``PhaseDiagramAtlas/diagram(for:)`` returns.
package struct ConstrainedDiagram: Sendable {
    /// The hull of the question's chemical system.
    package let diagram: PhaseDiagram
    /// What was excluded and admitted in it, or `nil` without constraints.
    package let record: ConstraintRecord?
}
