import Foundation
import Testing
@testable import Interphase

@Suite("Corrections: Monte Carlo propagation of energy uncertainty to stability windows")
struct CorrectionsMonteCarloTests {
    let li = Element(symbol: "Li")!

    @Test("σ = 0 reproduces the deterministic window exactly")
    func zeroSigma() throws {
        let dataset = try BundledDataset.liponMPLegacy.load()
        let composition = try Composition(parsing: "Li2PO2N")
        let exact = try PhaseDiagram(entries: dataset.allEntries).stabilityWindow(of: composition, openElement: li)
        let sigmas = try EnergyUncertainty.sigmas(of: dataset, policy: .global(0))
        let summary = try MonteCarloWindows.run(
            entries: dataset.allEntries, sigmas: sigmas, composition: composition, openElement: li, samples: 8, seed: 1)
        let reduction = try #require(summary.reductionLimitVoltage)
        // Every sample is the unperturbed diagram, so percentiles are exact; the mean and standard
        // deviation carry only the rounding of summing 8 equal values (≤ a few ulps: 1e-12 V).
        #expect(reduction.samples == 8 && reduction.standardDeviation < 1e-12)
        #expect(reduction.p05 == exact.reductionLimitVoltage! && reduction.p95 == exact.reductionLimitVoltage!)
        #expect(abs(reduction.mean - exact.reductionLimitVoltage!) < 1e-12)
        #expect(abs(summary.oxidationLimitVoltage!.mean - exact.oxidationLimitVoltage!) < 1e-12)
        #expect(summary.oxidationLimitVoltage!.p95 == exact.oxidationLimitVoltage!)
        #expect(summary.reductionProducts == [ProductSetFrequency(products: exact.reductionProducts.map(\.formula).sorted(), frequency: 1)])
    }

    @Test("samples are independent of threading: the parallel summary equals a serial recomputation, bit for bit")
    func reproducible() throws {
        let dataset = try BundledDataset.liponMPLegacy.load()
        let composition = try Composition(parsing: "Li3PO4")
        let sigmas = try EnergyUncertainty.sigmas(of: dataset, policy: .global(0.02))
        let n = 64
        let first = try MonteCarloWindows.run(
            entries: dataset.allEntries, sigmas: sigmas, composition: composition, openElement: li, samples: n, seed: 2024)
        let second = try MonteCarloWindows.run(
            entries: dataset.allEntries, sigmas: sigmas, composition: composition, openElement: li, samples: n, seed: 2024)
        #expect(first == second)
        var oxidation: [Double] = [], reduction: [Double] = []
        // Each sample perturbs the compounds of the composition's chemical system, in data order.
        let system = Set(composition.elements).union([li])
        let relevant = dataset.allEntries.indices.filter { Set(dataset.allEntries[$0].composition.elements).isSubset(of: system) }
        for sample in 0..<n {
            let entries = MonteCarloWindows.perturbedEntries(
                relevant.map { dataset.allEntries[$0] }, sigmas: relevant.map { sigmas[$0] }, sample: sample, seed: 2024)
            let window = try PhaseDiagram(entries: entries).stabilityWindow(of: composition, openElement: li)
            reduction.append(window.reductionLimitVoltage!)
            if let value = window.oxidationLimitVoltage { oxidation.append(value) }
        }
        #expect(first.reductionLimitVoltage == LimitStatistics.of(reduction))
        #expect(first.oxidationLimitVoltage == LimitStatistics.of(oxidation))
        #expect(abs(first.reductionProducts.reduce(0) { $0 + $1.frequency } - 1) < 1e-12)
        // Another seed gives other samples.
        let other = try MonteCarloWindows.run(
            entries: dataset.allEntries, sigmas: sigmas, composition: composition, openElement: li, samples: n, seed: 2025)
        #expect(other.oxidationLimitVoltage != first.oxidationLimitVoltage)
    }

    @Test("perturbation: elements unchanged, compounds shifted by σ·z per atom")
    func perturbation() throws {
        let dataset = try BundledDataset.liponMP2020Raw.load()
        let sigmas = dataset.allEntries.map { $0.isElement ? 0 : 0.01 }
        let perturbed = MonteCarloWindows.perturbedEntries(dataset.allEntries, sigmas: sigmas, sample: 3, seed: 9)
        var sampler = StandardNormalSampler(generator: Xoshiro256StarStar(seed: 9, stream: 3))
        for (original, changed) in zip(dataset.allEntries, perturbed) {
            if original.isElement {
                #expect(changed.energy == original.energy)
            } else {
                let z = sampler.next()
                #expect(abs((changed.energyPerAtom - original.energyPerAtom) - 0.01 * z) < 1e-12)
            }
        }
    }

    @Test("percentiles interpolate linearly between order statistics (numpy's default)")
    func statistics() throws {
        // 0…100: p05 = 5, p95 = 95, mean 50, sample standard deviation √(101·102/12·100/101)… = 29.300…
        let values = (0...100).map(Double.init).reversed().map { $0 }
        let stats = try #require(LimitStatistics.of(values))
        #expect(stats.p05 == 5 && stats.p95 == 95 && stats.mean == 50)
        #expect(abs(stats.standardDeviation - 29.300170647967224) < 1e-12)
        // Four values: position 3·0.05 = 0.15 → 1 + 0.15·(2 − 1).
        #expect(LimitStatistics.of([4, 1, 3, 2])?.p05 == 1.15)
        #expect(LimitStatistics.of([]) == nil)
        #expect(throws: MonteCarloError.noSamples) {
            try MonteCarloWindows.run(entries: [], sigmas: [], composition: Composition.element(li), openElement: li, samples: 0, seed: 0)
        }
    }
}
