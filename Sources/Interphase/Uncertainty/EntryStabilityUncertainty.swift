/// The spread of one entry's stability when every compound's energy is resampled.
public struct EntryStabilityUncertainty: Codable, Equatable, Sendable {
    /// The entry's id, or `nil`.
    @NullWhenAbsent public var id: String?
    /// Reduced formula.
    public var formula: String
    /// Fraction of samples in which the entry is a vertex of the hull.
    public var probabilityStable: Double
    /// Energy above the hull over the samples, eV/atom.
    public var energyAboveHull: LimitStatistics

    enum CodingKeys: String, CodingKey {
        case id, formula
        case probabilityStable = "probability_stable"
        case energyAboveHull = "energy_above_hull"
    }
}
