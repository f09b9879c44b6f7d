/// Why a Monte Carlo propagation failed.
public enum MonteCarloError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The number of samples is not positive.
    case noSamples
    /// `sigmas` does not have one value per entry.
    case sigmaCountMismatch(sigmas: Int, entries: Int)
    /// An entry's σ (eV/atom) is negative or not finite; `entry` is its label (`Li2O (mp-1960)`).
    case invalidSigma(entry: String, sigma: Double)
    /// One sample's hull, decomposition or window could not be computed (the lowest such sample
    /// index is reported), and why.
    case sampleFailed(sample: Int, reason: StabilityError)

    /// One line for the user.
    public var description: String {
        switch self {
        case .noSamples: return "the number of Monte Carlo samples must be at least 1"
        case .sigmaCountMismatch(let sigmas, let entries): return "invalid energy uncertainties: \(sigmas) values for \(entries) entries"
        case .invalidSigma(let entry, let sigma): return "invalid energy uncertainties: \(entry): σ = \(sigma) eV/atom"
        case .sampleFailed(let sample, let reason): return "Monte Carlo sample \(sample) failed: \(reason)"
        }
    }
}
