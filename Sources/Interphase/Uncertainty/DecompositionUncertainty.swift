/// The spread of a decomposition at fixed chemical potentials when every compound's energy is
/// resampled.
public struct DecompositionUncertainty: Codable, Equatable, Sendable {
    /// The input formula as written.
    public var formula: String
    /// Number of samples.
    public var samples: Int
    /// The seed of the streams.
    public var seed: UInt64
    /// Uptake of the (first) open element per formula unit over the samples.
    public var openElementUptake: LimitStatistics
    /// Reaction energy over the samples, eV per atom of the reactants.
    public var reactionEnergyPerAtom: LimitStatistics
    /// How often each set of products occurs.
    public var products: [ProductSetFrequency]

    /// A decomposition's statistics from their fields.
    ///
    /// - Parameters:
    ///   - formula: The input formula as written.
    ///   - samples: Number of samples.
    ///   - seed: The seed of the streams.
    ///   - openElementUptake: Uptake of the (first) open element per formula unit over the samples.
    ///   - reactionEnergyPerAtom: Reaction energy over the samples, eV per atom of the reactants.
    ///   - products: How often each set of products occurs.
    public init(
        formula: String, samples: Int, seed: UInt64, openElementUptake: LimitStatistics,
        reactionEnergyPerAtom: LimitStatistics, products: [ProductSetFrequency]
    ) {
        self.formula = formula
        self.samples = samples
        self.seed = seed
        self.openElementUptake = openElementUptake
        self.reactionEnergyPerAtom = reactionEnergyPerAtom
        self.products = products
    }

    enum CodingKeys: String, CodingKey {
        case formula, samples, seed
        case openElementUptake = "open_element_uptake"
        case reactionEnergyPerAtom = "reaction_energy_per_atom"
        case products
    }
}
