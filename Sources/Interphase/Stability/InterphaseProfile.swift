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

    /// A profile from its layers, metal side first.
    ///
    /// - Parameters:
    ///   - electrolyte: The electrolyte as written.
    ///   - metal: The metal.
    ///   - layers: Layers from the metal side to the electrolyte side.
    ///   - constraints: What constrained the data, or `nil` (default) when unconstrained.
    public init(electrolyte: String, metal: Element, layers: [InterphaseLayer], constraints: ConstraintRecord? = nil) {
        self.electrolyte = electrolyte
        self.metal = metal
        self.layers = layers
        self.constraints = constraints
    }
}
