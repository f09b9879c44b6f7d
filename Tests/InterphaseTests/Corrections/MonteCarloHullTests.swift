import Foundation
import Testing
@testable import Interphase

@Suite("Monte Carlo propagation to the hull and to decompositions")
struct MonteCarloHullTests {
    let li = Element(symbol: "Li")!

    @Test("σ = 0 reproduces the hull: stable entries with probability 1, the others 0, spreads of zero")
    func zeroSigma() throws {
        let dataset = try BundledDataset.liponMPLegacy.load()
        let diagram = try PhaseDiagram(entries: dataset.allEntries)
        let spread = try MonteCarloHull.run(
            entries: dataset.allEntries, sigmas: Array(repeating: 0, count: dataset.allEntries.count),
            reportedCount: dataset.entries.count, samples: 8, seed: 1)
        #expect(spread.count == 60)
        for (index, entry) in spread.enumerated() {
            #expect(entry.probabilityStable == (diagram.isStable(entryAt: index) ? 1 : 0), "\(entry.formula)")
            // Identical values: only the rounding of their mean remains.
            #expect(entry.energyAboveHull.standardDeviation < 1e-12)
            #expect(abs(entry.energyAboveHull.mean - diagram.energyAboveHull(ofEntryAt: index)) < 1e-12)
        }
    }

    @Test("same seed, same result; the barely stable Li2PO2N is sometimes unstable at σ = 25 meV/atom")
    func reproducibleAndPlausible() throws {
        let dataset = try BundledDataset.liponMPLegacy.load()
        let sigmas = try EnergyUncertainty.sigmas(of: dataset, policy: .global(0.025))
        let first = try MonteCarloHull.run(entries: dataset.allEntries, sigmas: sigmas, reportedCount: 60, samples: 200, seed: 7)
        let second = try MonteCarloHull.run(entries: dataset.allEntries, sigmas: sigmas, reportedCount: 60, samples: 200, seed: 7)
        #expect(first == second)
        // Li2PO2N lies 7.9 meV/atom below the hull of the others; Li2O 971 meV/atom.
        let lipon = try #require(first.first { $0.id == "mp-1020019" })
        #expect(lipon.probabilityStable > 0.2 && lipon.probabilityStable < 0.95)
        #expect(first.first { $0.id == "mp-1960" }?.probabilityStable == 1)
    }

    @Test("decomposition at 0 V: frequencies sum to 1; σ = 0 gives the unperturbed 8 Li, σ > 0 a spread below it")
    func decomposition() throws {
        let dataset = try BundledDataset.liponMPLegacy.load()
        let sigmas = try EnergyUncertainty.sigmas(of: dataset, policy: .global(0.025))
        let spread = try MonteCarloDecomposition.run(
            entries: dataset.allEntries, sigmas: sigmas, composition: try Composition(parsing: "Li2PO2N"),
            openElements: [try OpenElement(li, voltage: 0)], samples: 100, seed: 3)
        #expect(abs(spread.products.reduce(0) { $0 + $1.frequency } - 1) < 1e-12)
        // Li7PN4 is stable against Li down to 0.007 V: perturbed, it sometimes survives at 0 V and
        // Li2PO2N then takes up 6 rather than 8 Li.
        #expect(spread.openElementUptake.mean <= 8 + 1e-9 && spread.openElementUptake.mean >= 6 - 1e-9)
        #expect(spread.openElementUptake.p95 == 8)
        let exact = try MonteCarloDecomposition.run(
            entries: dataset.allEntries, sigmas: Array(repeating: 0, count: sigmas.count), composition: try Composition(parsing: "Li2PO2N"),
            openElements: [try OpenElement(li, voltage: 0)], samples: 4, seed: 3)
        #expect(exact.openElementUptake.mean == 8)
        #expect(exact.products == [ProductSetFrequency(products: ["Li2O", "Li3N", "Li3P"], frequency: 1)])
        #expect(spread.reactionEnergyPerAtom.p05 <= spread.reactionEnergyPerAtom.p95)
    }
}
