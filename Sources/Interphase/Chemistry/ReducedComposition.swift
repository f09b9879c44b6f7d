/// A composition reduced to its smallest formula unit, and the factor it was divided by:
/// `Li6P2O8` reduces to `Li3PO4` with factor 2 (see ``Composition/reducedCompositionAndFactor``).
public struct ReducedComposition: Hashable, Sendable {
    /// The reduced composition (`Li3PO4`; `O2` for oxygen, as pymatgen writes it).
    public var composition: Composition
    /// What the original amounts were divided by: original = ``composition`` × factor.
    public var factor: Double
}
