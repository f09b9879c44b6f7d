/// The spread of a decomposition at fixed chemical potentials when every compound's energy is
/// resampled.
public struct DecompositionUncertainty: Codable, Equatable, Sendable {
    /// The input formula as written.
    public var formula: String
    /// Number of samples.
    package var samples: Int
    /// The seed of the streams.
    package var seed: UInt64
    /// Uptake of the (first) open element per formula unit over the samples.
    public var openElementUptake: LimitStatistics
    /// Reaction energy over the samples, eV per atom of the reactants.
    public var reactionEnergyPerAtom: LimitStatistics
    /// How often each set of products occurs.
    public var products: [ProductSetFrequency]

    enum CodingKeys: String, CodingKey {
        case formula, samples, seed
        case openElementUptake = "open_element_uptake"
        case reactionEnergyPerAtom = "reaction_energy_per_atom"
        case products
    }
}
