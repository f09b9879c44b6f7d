import Foundation
import Testing
@testable import Interphase

/// Expected values come from an independent pure-Python implementation of the published
/// algorithms, `Scripts/xoshiro_reference.py` (which also checks `jump()` against the 2¹²⁸-th
/// power of the generator's GF(2) transition matrix). Two are published outright: SplitMix64
/// from state 0 first gives 0xE220A8397B1DCDAF, and xoshiro256** from state {1, 2, 3, 4} gives
/// 11520, 0, 1509978240, 1215971899390074240 (Vigna's reference C code).
@Suite("Corrections: seedable random numbers (xoshiro256**, SplitMix64, normal variates)")
struct CorrectionsRandomNumberTests {
    @Test("SplitMix64 and xoshiro256** match the reference implementation bit for bit")
    func referenceSequences() {
        var splitMix = SplitMix64(seed: 0)
        #expect([splitMix.next(), splitMix.next(), splitMix.next()] == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])

        var fromState = Xoshiro256StarStar(state: (1, 2, 3, 4))
        #expect((0..<6).map { _ in fromState.next() }
            == [0x2D00, 0, 0x5A00_7080, 0x10E0_0000_0000_9D80, 0x10E0_B61C_E100_9D80, 0x0870_021C_E143_AD00])

        var zero = Xoshiro256StarStar(seed: 0)
        #expect(zero.state == (0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F, 0xF88B_B8A8_724C_81EC))
        #expect((0..<5).map { _ in zero.next() }
            == [0x99EC_5F36_CB75_F2B4, 0xBF6E_1F78_4956_452A, 0x1A5F_849D_4933_E6E0, 0x6AA5_94F1_262D_2D2C, 0xBBA5_AD4A_1F84_2E59])

        var seeded = Xoshiro256StarStar(seed: 42)
        #expect((0..<5).map { _ in seeded.next() }
            == [0x1578_0B2E_0C2E_C716, 0x6104_D986_6D11_3A7E, 0xAE17_5332_39E4_99A1, 0xECB8_AD47_03B3_60A1, 0xFDE6_DC7F_E2EC_5E64])

        var jumped = Xoshiro256StarStar(seed: 42)
        jumped.jump()
        #expect([jumped.next(), jumped.next()] == [0x5008_6EF8_3CBF_4F4A, 0xBA28_5EC2_1347_D703])
    }

    @Test("per-sample streams are reproducible, distinct, and independent of the order they are made in")
    func streams() {
        let expected: [UInt64: [UInt64]] = [
            0: [0x4B1E_DFE9_29D1_2BC8, 0x3DE4_6B38_5B90_6DBE],
            1: [0xFD40_CCA4_8787_4D3B, 0xDAEA_45DB_3667_A35C],
            7: [0x7637_7ABE_998F_51A3, 0x9450_BFDF_2DB7_D08A],
        ]
        for stream in [7, 0, 1] as [UInt64] {
            var generator = Xoshiro256StarStar(seed: 42, stream: stream)
            #expect([generator.next(), generator.next()] == expected[stream])
        }
        // 10⁴ streams: all first outputs differ (a collision among 10⁴ random 64-bit values has
        // probability ≈ 3·10⁻¹²).
        var firsts = Set<UInt64>()
        for stream in 0..<10_000 as Range<UInt64> {
            var generator = Xoshiro256StarStar(seed: 1, stream: stream)
            firsts.insert(generator.next())
        }
        #expect(firsts.count == 10_000)
    }

    @Test("uniform doubles lie in [0, 1) and work with the standard library")
    func uniforms() {
        var generator = Xoshiro256StarStar(seed: 3)
        for _ in 0..<10_000 {
            let u = generator.nextUnitInterval()
            #expect(u >= 0 && u < 1)
        }
        var a = Xoshiro256StarStar(seed: 9), b = Xoshiro256StarStar(seed: 9)
        #expect((0..<100).map { _ in Int.random(in: 0..<1000, using: &a) } == (0..<100).map { _ in Int.random(in: 0..<1000, using: &b) })
    }

    @Test("10⁵ standard normals have mean 0 and variance 1 within 5 standard errors, and are reproducible")
    func normals() {
        let n = 100_000
        var sampler = StandardNormalSampler(generator: Xoshiro256StarStar(seed: 2024))
        var values = [Double]()
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(sampler.next()) }
        let mean = values.reduce(0, +) / Double(n)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        let fourth = values.reduce(0) { $0 + pow($1 - mean, 4) } / Double(n)
        // Standard errors for N(0,1): mean 1/√n = 0.00316; variance √(2/(n−1)) = 0.00447;
        // fourth moment (= 3) √(96/n) = 0.031. Five of them: a false failure has probability
        // < 10⁻⁶ per check, and the seed is fixed, so the test is deterministic anyway.
        #expect(abs(mean) < 5 * (1 / Double(n).squareRoot()))
        #expect(abs(variance - 1) < 5 * (2 / Double(n - 1)).squareRoot())
        #expect(abs(fourth - 3) < 5 * (96 / Double(n)).squareRoot())
        // Tail: P(|z| > 1.96) = 0.05, binomial standard error √(0.05·0.95/n) = 0.00069.
        let tail = Double(values.filter { abs($0) > 1.959963984540054 }.count) / Double(n)
        #expect(abs(tail - 0.05) < 5 * (0.05 * 0.95 / Double(n)).squareRoot())
        // Same seed, same variates, bit for bit.
        var again = StandardNormalSampler(generator: Xoshiro256StarStar(seed: 2024))
        #expect((0..<1000).allSatisfy { again.next() == values[$0] })
        var scaled = StandardNormalSampler(generator: Xoshiro256StarStar(seed: 2024))
        #expect(scaled.next(mean: 1, standardDeviation: 0.5) == 1 + 0.5 * values[0])
    }
}
