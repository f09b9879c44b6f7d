/// Why a Monte Carlo propagation failed.
public enum MonteCarloError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The number of samples is not positive.
    case noSamples
    /// `sigmas` does not have one value per entry, or a σ is negative or not finite.
    case invalidSigmas(String)
    /// One sample's window could not be computed (the lowest such sample index is reported).
    case sampleFailed(sample: Int, problem: String)

    /// One line for the user.
    public var description: String {
        switch self {
        case .noSamples: return "the number of Monte Carlo samples must be at least 1"
        case .invalidSigmas(let problem): return "invalid energy uncertainties: \(problem)"
        case .sampleFailed(let sample, let problem): return "Monte Carlo sample \(sample) failed: \(problem)"
        }
    }
}
