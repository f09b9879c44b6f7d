/// One layer of an interphase: a segment of the tie line x·M + (1 − x)·E (metal M, electrolyte
/// E) between two kinks, where the same phases coexist at one chemical potential of the metal.
///
/// JSON: `x_high`, `x_low`, `phases`, `mu`, `voltage`.
public struct InterphaseLayer: Codable, Equatable, Sendable {
    /// Metal-side end: atom fraction of the metal in the mixture.
    public var metalFractionHigh: Double
    /// Electrolyte-side end: atom fraction of the metal in the mixture.
    public var metalFractionLow: Double
    /// The coexisting phases (the metal itself where present), sorted by formula.
    public var phases: [PhaseName]
    /// The metal's chemical potential relative to the pure metal (eV/atom) in this layer.
    public var chemicalPotential: Double
    /// The same as a voltage vs the metal (V), or `nil` when the metal is not a working ion.
    @NullWhenAbsent public var voltage: Double?

    enum CodingKeys: String, CodingKey {
        case metalFractionHigh = "x_high"
        case metalFractionLow = "x_low"
        case phases
        case chemicalPotential = "mu"
        case voltage
    }
}
