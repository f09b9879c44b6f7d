/// SplitMix64 (Steele, Lea & Flood, OOPSLA 2014; the seeding generator Vigna recommends for
/// xoshiro): a 64-bit counter advanced by the golden-ratio increment and scrambled.
///
/// Used to expand one 64-bit seed into xoshiro256**'s 256-bit state and to derive per-sample
/// seeds; not meant as a general-purpose generator here.
struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The counter.
    private(set) var state: UInt64

    /// A generator whose counter starts at `seed`.
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// SplitMix64's output function: a bijective 64-bit scrambler (also usable as a hash).
    @inlinable
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
