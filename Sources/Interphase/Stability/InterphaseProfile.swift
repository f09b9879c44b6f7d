/// The equilibrium interphase between a metal and an electrolyte: the layers from the metal
/// (x = 1) to the electrolyte (x = 0).
///
/// JSON: `electrolyte`, `metal`, `layers`, `constraints` (`null` when unconstrained).
public struct InterphaseProfile: Codable, Equatable, Sendable {
    /// The electrolyte as written.
    public var electrolyte: String
    /// The metal.
    public var metal: Element
    /// Layers from the metal side to the electrolyte side.
    public var layers: [InterphaseLayer]
    /// What constrained the data, set by the caller; `nil` when unconstrained.
    @NullWhenAbsent public var constraints: ConstraintRecord?

}
