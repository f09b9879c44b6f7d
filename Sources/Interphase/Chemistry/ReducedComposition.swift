/// A composition reduced to its smallest formula unit, and the factor it was divided by:
/// `Li6P2O8` reduces to `Li3PO4` with factor 2 (see ``Composition/reducedCompositionAndFactor``).
package struct ReducedComposition: Hashable, Sendable {
    /// The reduced composition (`Li3PO4`; `O2` for oxygen, as pymatgen writes it).
    package var composition: Composition
    /// What the original amounts were divided by: original = ``composition`` × factor.
    package var factor: Double
}
