/// xoshiro256** 1.0 (Blackman & Vigna, "Scrambled linear pseudorandom number generators",
/// ACM TOMS 47, 36 (2021)): a fast, seedable 64-bit generator with period 2²⁵⁶ − 1, conforming
/// to `RandomNumberGenerator` so it can drive the standard library's `random(in:using:)`.
///
/// Deterministic across platforms: the same seed gives the same sequence. Seeding expands the
/// 64-bit seed through ``SplitMix64`` (four outputs), as the authors recommend; the state is
/// then never all zero. For Monte Carlo, ``init(seed:stream:)`` gives every sample its own
/// generator, so results do not depend on how samples are spread over threads.
struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    /// The 256-bit state.
    private(set) var state: (UInt64, UInt64, UInt64, UInt64)

    /// A generator whose state is the first four outputs of SplitMix64 started at `seed`.
    init(seed: UInt64) {
        var seeder = SplitMix64(seed: seed)
        state = (seeder.next(), seeder.next(), seeder.next(), seeder.next())
    }

    /// A generator from an explicit state (not all zero).
    ///
    /// - Precondition: at least one word is nonzero.
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        precondition(state != (0, 0, 0, 0), "xoshiro256** state must not be all zero")
        self.state = state
    }

    /// The generator of stream `stream` (e.g. a Monte Carlo sample index) under `seed`: seeded
    /// with SplitMix64.mix(seed ⊕ SplitMix64.mix(stream ⊕ 0xD1B54A32D192ED03)), i.e. two rounds
    /// of a bijective 64-bit hash. Distinct streams of one seed get distinct, statistically
    /// unrelated seeds; their 2²⁵⁶-periodic sequences could overlap only with negligible
    /// probability for any realistic number of samples (≪ 2⁶⁴ draws each).
    init(seed: UInt64, stream: UInt64) {
        self.init(seed: SplitMix64.mix(seed ^ SplitMix64.mix(stream ^ 0xD1B5_4A32_D192_ED03)))
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, by: 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotateLeft(state.3, by: 45)
        return result
    }

    /// Advances the state by 2¹²⁸ steps (the published jump polynomial): 2¹²⁸ calls to
    /// ``next()`` at once, giving non-overlapping subsequences for parallel streams.
    mutating func jump() {
        let polynomial: [UInt64] = [0x180E_C6D3_3CFD_0ABA, 0xD5A6_1266_F0C9_392C, 0xA958_2618_E03F_C9AA, 0x39AB_DC45_29B1_661C]
        var s0: UInt64 = 0, s1: UInt64 = 0, s2: UInt64 = 0, s3: UInt64 = 0
        for word in polynomial {
            for bit in 0..<64 {
                if word & (UInt64(1) << UInt64(bit)) != 0 {
                    s0 ^= state.0; s1 ^= state.1; s2 ^= state.2; s3 ^= state.3
                }
                _ = next()
            }
        }
        state = (s0, s1, s2, s3)
    }

    /// A uniform double in [0, 1) with 53 random bits: (next() >> 11) · 2⁻⁵³.
    mutating func nextUnitInterval() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    @inline(__always)
    private func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
