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

    @Test("σ = 0 under fixed potentials (N2 at 1 bar): every sample is the deterministic window at the same potentials, exactly")
    func zeroSigmaFixed() throws {
        let dataset = try BundledDataset.liponMPLegacy.load()
        let composition = try Composition(parsing: "Li2PO2N")
        let nitrogen = try Gas.N2.openElement(pressure: 1)
        let exact = try PhaseDiagram(entries: dataset.allEntries).stabilityWindow(of: composition, openElement: li, fixed: [nitrogen])
        #expect(!exact.windowEmpty)
        let sigmas = try EnergyUncertainty.sigmas(of: dataset, policy: .global(0))
        let samples = try MonteCarloWindows.sampleLimits(
            entries: dataset.allEntries, sigmas: sigmas, composition: composition, formula: "Li2PO2N", openElement: li,
            stabilize: false, uptakeTolerance: PhaseDiagram.defaultUptakeTolerance, fixed: [nitrogen], samples: 8, seed: 1)
        #expect(samples.count == 8)
        for (index, sample) in samples.enumerated() {
            #expect(sample == StabilityLimits(exact), "sample \(index)")
        }
        // The summary answers the same question: the gas window, not the window without the gas.
        let summary = try MonteCarloWindows.run(
            entries: dataset.allEntries, sigmas: sigmas, composition: composition, openElement: li, fixed: [nitrogen],
            samples: 8, seed: 1)
        #expect(summary.emptySamples == 0)
        #expect(summary.reductionLimitVoltage?.p05 == exact.reductionLimitVoltage)
        #expect(summary.oxidationLimitVoltage?.p95 == exact.oxidationLimitVoltage)
        let closed = try PhaseDiagram(entries: dataset.allEntries).stabilityWindow(of: composition, openElement: li)
        #expect(abs(exact.reductionLimitVoltage! - closed.reductionLimitVoltage!) > 0.1, "the gas moves the window")
        // Decompositions at fixed potentials: σ = 0 gives the deterministic decomposition.
        let lithium = try OpenElement(li, voltage: 1.5)
        let decomposition = try MonteCarloDecomposition.run(
            entries: dataset.allEntries, sigmas: sigmas, composition: composition, openElements: [lithium], fixed: [nitrogen],
            samples: 4, seed: 1)
        let deterministic = try GrandCanonicalLP(diagram: PhaseDiagram(entries: dataset.allEntries))
            .decompose(composition, openElements: [lithium], fixed: [nitrogen])
        #expect(decomposition.products == [ProductSetFrequency(products: deterministic.products.map(\.formula).sorted(), frequency: 1)])
        #expect(decomposition.openElementUptake.p05 == deterministic.openElementUptake)
    }

    @Test("samples whose window is empty under fixed potentials are counted, not averaged")
    func emptySamples() throws {
        let dataset = try BundledDataset.liponMPLegacy.load()
        let composition = try Composition(parsing: "Li2PO2N")
        // pymatgen's answer for these potentials is an empty window (fixed-potential-windows.json).
        let fixed = [try OpenElement(Element(symbol: "N")!, chemicalPotential: -0.3),
                     try OpenElement(Element(symbol: "O")!, chemicalPotential: -2.0)]
        let exact = try PhaseDiagram(entries: dataset.allEntries).stabilityWindow(of: composition, openElement: li, fixed: fixed)
        #expect(exact.windowEmpty)
        let summary = try MonteCarloWindows.run(
            entries: dataset.allEntries, sigmas: try EnergyUncertainty.sigmas(of: dataset, policy: .global(0.001)),
            composition: composition, openElement: li, fixed: fixed, samples: 16, seed: 3)
        #expect(summary.emptySamples == 16)
        #expect(summary.reductionLimitVoltage == nil && summary.oxidationLimitVoltage == nil)
        #expect(summary.reductionProducts.isEmpty && summary.oxidationProducts.isEmpty)
        let json = String(decoding: try JSONEncoder().encode(summary), as: UTF8.self)
        #expect(json.contains("\"empty_samples\":16"))
        // A fixed element absent from the data is refused before sampling.
        #expect(throws: MonteCarloError.sampleFailed(sample: 0, reason: .fixedElementNotInData(Element(symbol: "Na")!))) {
            try MonteCarloWindows.run(
                entries: dataset.allEntries, sigmas: try EnergyUncertainty.sigmas(of: dataset, policy: .global(0)),
                composition: composition, openElement: li, fixed: [try OpenElement(Element(symbol: "Na")!, chemicalPotential: -1)],
                samples: 2, seed: 1)
        }
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
