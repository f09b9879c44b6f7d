/// One stable phase of a decomposition and its share: see `PhaseDiagram.decomposition(of:)`
/// and ``GrandPotentialDiagram/decomposition(of:)``.
package struct DecompositionComponent: Hashable, Sendable {
    /// The stable entry.
    package var entry: Entry
    /// Its atom fraction of the decomposed composition (of the closed atoms, for a
    /// grand-potential diagram); the fractions of one decomposition sum to 1.
    package var fraction: Double
}
