/// The stability window of one composition under energy uncertainty: statistics of its limits
/// and of the products beyond them over Monte Carlo samples.
public struct MonteCarloWindowSummary: Codable, Equatable, Sendable {
    /// The formula as given.
    public var formula: String
    /// The open element.
    package var openElement: Element
    /// Number of samples.
    package var samples: Int
    /// The seed; with the same data, options and seed the summary is bit-identical.
    package var seed: UInt64
    /// Reduction limit, V vs the open element's metal (`nil` for non-metal open elements).
    @NullWhenAbsent public var reductionLimitVoltage: LimitStatistics?
    /// Oxidation limit, V (`nil` when no sample has one, or for non-metal open elements).
    @NullWhenAbsent public var oxidationLimitVoltage: LimitStatistics?
    /// Reduction limit as μ − μ⁰, eV.
    @NullWhenAbsent public var reductionLimitChemicalPotential: LimitStatistics?
    /// Oxidation limit as μ − μ⁰, eV (`nil` when no sample has one).
    @NullWhenAbsent public var oxidationLimitChemicalPotential: LimitStatistics?
    /// Product sets beyond the reduction limit, most frequent first (ties by name); frequencies
    /// are fractions of the samples whose window is not empty.
    public var reductionProducts: [ProductSetFrequency]
    /// Product sets beyond the oxidation limit, most frequent first (ties by name).
    public var oxidationProducts: [ProductSetFrequency]

    /// Samples whose window is empty under the fixed chemical potentials
    /// (``StabilityWindow/windowEmpty``: no range of the swept potential leaves the composition
    /// exchanging nothing); 0 when nothing is fixed. The limits' statistics and the products'
    /// frequencies are over the other samples (`samples − emptySamples`); when every sample is
    /// empty the limits are `nil` and the frequencies empty.
    public var emptySamples: Int = 0

    enum CodingKeys: String, CodingKey {
        case formula
        case openElement = "open_element"
        case samples, seed
        case reductionLimitVoltage = "reduction_limit_V"
        case oxidationLimitVoltage = "oxidation_limit_V"
        case reductionLimitChemicalPotential = "reduction_limit_mu"
        case oxidationLimitChemicalPotential = "oxidation_limit_mu"
        case reductionProducts = "reduction_products"
        case oxidationProducts = "oxidation_products"
        case emptySamples = "empty_samples"
    }
}
