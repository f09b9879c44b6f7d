/// Why a Monte Carlo propagation failed.
public enum MonteCarloError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The number of samples is not positive.
    case noSamples
    /// More samples than `InputLimits.samples`.
    case tooManySamples(Int)
    /// The run would take longer than `InputLimits.monteCarloSeconds`: `estimatedSeconds` for
    /// `samples` samples at `secondsPerSample` each (wall-clock with every core at work, measured
    /// on the first ones); `affordableSamples` fit within the limit.
    case tooLong(samples: Int, estimatedSeconds: Double, secondsPerSample: Double, affordableSamples: Int)
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
        case .tooLong(let samples, let estimated, let perSample, let affordable):
            return "\(samples) Monte Carlo samples would take about \(Self.duration(estimated)) "
                + "(\(Self.duration(perSample)) per sample on all cores, measured on the first ones), more than the "
                + "\(Self.duration(InputLimits.monteCarloSeconds)) allowed for one run: ask for at most \(affordable) samples, "
                + "or sample a smaller system (fewer elements or fewer entries)"
        case .sigmaCountMismatch(let sigmas, let entries): return "invalid energy uncertainties: \(sigmas) values for \(entries) entries"
        case .invalidSigma(let entry, let sigma): return "invalid energy uncertainties: \(entry): σ = \(sigma) eV/atom (expected a finite number from 0 to \(Int(InputLimits.sigma)))"
        case .sampleFailed(let sample, let reason): return "Monte Carlo sample \(sample) failed: \(reason)"
        }
    }

    /// A duration in words: `0.35 ms`, `2.4 s`, `12 min`, `3.1 h`, `26 days`.
    private static func duration(_ seconds: Double) -> String {
        func rounded(_ value: Double) -> String {
            value >= 10 ? "\(Int(value.rounded()))" : "\((value * 10).rounded() / 10)"
        }
        if seconds < 1 { return rounded(seconds * 1000) + " ms" }
        if seconds < 120 { return rounded(seconds) + " s" }
        if seconds < 7200 { return rounded(seconds / 60) + " min" }
        if seconds < 172_800 { return rounded(seconds / 3600) + " h" }
        return rounded(seconds / 86400) + " days"
    }
}
