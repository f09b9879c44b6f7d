import Foundation

/// Standard normal variates N(0, 1) from a uniform generator by Marsaglia's polar method
/// (Marsaglia & Bray, SIAM Review 6, 260 (1964)): deterministic for a deterministic generator,
/// no trigonometric functions, two variates per accepted pair (the second is cached).
///
/// Uniforms are 53-bit doubles in (−1, 1): u = 2·((next() >> 11) · 2⁻⁵³) − 1; pairs with
/// s = u² + v² outside (0, 1) are rejected (probability 1 − π/4 ≈ 21.5 %).
struct StandardNormalSampler<Generator: RandomNumberGenerator> {
    /// The uniform generator.
    var generator: Generator
    private var cached: Double?

    /// A sampler drawing from `generator`.
    init(generator: Generator) {
        self.generator = generator
    }

    /// The next standard normal variate (mean 0, variance 1).
    mutating func next() -> Double {
        if let value = cached {
            cached = nil
            return value
        }
        while true {
            let u = 2 * unit() - 1, v = 2 * unit() - 1
            let s = u * u + v * v
            guard s > 0, s < 1 else { continue }
            let factor = (-2 * log(s) / s).squareRoot()
            cached = v * factor
            return u * factor
        }
    }

    /// A normal variate with the given mean and standard deviation (σ ≥ 0).
    mutating func next(mean: Double, standardDeviation: Double) -> Double {
        mean + standardDeviation * next()
    }

    private mutating func unit() -> Double {
        Double(generator.next() >> 11) * 0x1.0p-53
    }
}

extension StandardNormalSampler: Sendable where Generator: Sendable {}
