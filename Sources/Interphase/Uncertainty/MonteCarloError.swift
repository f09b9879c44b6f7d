/// Why a Monte Carlo propagation failed.
public enum MonteCarloError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The number of samples is not positive.
    case noSamples
    /// More samples than `InputLimits.samples`.
    case tooManySamples(Int)
    /// `sigmas` does not have one value per entry.
    case sigmaCountMismatch(sigmas: Int, entries: Int)
    /// An entry's σ (eV/atom) is negative, not finite or above `InputLimits.sigma`; `entry` is its label (`Li2O (mp-1960)`).
    case invalidSigma(entry: String, sigma: Double)
    /// One sample's hull, decomposition or window could not be computed (the lowest such sample
    /// index is reported), and why.
    case sampleFailed(sample: Int, reason: StabilityError)

    /// One line for the user.
    public var description: String {
        switch self {
        case .noSamples: return "the number of Monte Carlo samples must be at least 1"
        case .tooManySamples(let samples): return "\(samples) Monte Carlo samples is more than the \(InputLimits.samples) allowed (every sample is kept for the percentiles)"
        case .sigmaCountMismatch(let sigmas, let entries): return "invalid energy uncertainties: \(sigmas) values for \(entries) entries"
        case .invalidSigma(let entry, let sigma): return "invalid energy uncertainties: \(entry): σ = \(sigma) eV/atom (expected a finite number from 0 to \(Int(InputLimits.sigma)))"
        case .sampleFailed(let sample, let reason): return "Monte Carlo sample \(sample) failed: \(reason)"
        }
    }
}
