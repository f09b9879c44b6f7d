import Foundation
import Synchronization
import Testing
@testable import Interphase

/// Monte Carlo bounded by its cost (issue 26): a run estimated, from its first samples, to take
/// longer than `InputLimits.monteCarloSeconds` is refused within seconds with the estimate and the
/// samples that fit; progress is reported; large data are resampled without re-indexing and give
/// the same numbers as a fresh whole-data hull per sample. The limit is lowered here (a task-local
/// of `MonteCarloSampler`) so that a refusal is tested in milliseconds.
@Suite("Monte Carlo: bounded by its cost")
struct MonteCarloBudgetTests {
    static let lithiumPhosphorusOxygenNitrogen = Result { try BundledDataset.default.load() }

    func windowRun(samples: Int) throws -> MonteCarloWindowSummary {
        let dataset = try Self.lithiumPhosphorusOxygenNitrogen.get()
        return try MonteCarloWindows.run(
            entries: dataset.allEntries, sigmas: dataset.allEntries.map { _ in 0.02 },
            composition: try Composition(parsing: "Li2PO2N"), openElement: Element(symbol: "Li")!,
            samples: samples, seed: 1)
    }

    @Test("a run over the limit is refused after its first samples, with the estimate and the samples that fit")
    func refusal() throws {
        let start = Date()
        do {
            _ = try MonteCarloSampler.$timeLimit.withValue(0.05) { try windowRun(samples: InputLimits.samples) }
            Issue.record("a million samples within 0.05 s")
        } catch let error as MonteCarloError {
            guard case .tooLong(let samples, let estimated, let perSample, let affordable) = error else {
                Issue.record("\(error)"); return
            }
            #expect(samples == InputLimits.samples && estimated > 0.05 && perSample > 0)
            #expect(affordable >= 1 && affordable < samples)
            // The estimate is samples × the time per sample; what fits is the limit over it.
            #expect(abs(estimated - perSample * Double(samples)) <= 1e-9 * estimated)
            #expect(error.description.contains("ask for at most \(affordable) samples"))
            #expect(error.description.contains("a smaller system"))
        }
        // Calibration takes a quarter of a second and one batch; generous for a loaded machine.
        #expect(Date().timeIntervalSince(start) < 30)
    }

    @Test("a run within the limit reports its progress, ending at the total, and its results do not depend on the batches")
    func progress() throws {
        let calls = Mutex<[Int]>([])
        let reported = try MonteCarloSampler.$progress.withValue(.init { done, total in
            #expect(total == 300)
            calls.withLock { $0.append(done) }
        }) { try windowRun(samples: 300) }
        let done = calls.withLock { $0 }
        #expect(done.first == 0 && done.last == 300 && done == done.sorted())
        // Same seed without a progress callback: bit-identical.
        #expect(try windowRun(samples: 300) == reported)
    }

    @Test("each sample reuses the layout or the index (and skips decomposition energies), with the numbers of a fresh hull",
          arguments: [7, 9])
    func samplesReuseWhatCompositionsDetermine(elementCount: Int) throws {
        // 7 elements: one hull per sample; 9: one chemical system at a time.
        let symbols = ["Li", "Mg", "O", "P", "S", "N", "Fe", "Mn", "Co"].prefix(elementCount)
        let entries = RandomSystems.entries(elements: symbols.map { Element(symbol: $0)! }, count: 150, seed: 4)
        let oneHull = HullRoutingPolicy.standard.samplesOneHull(elementCount: elementCount)
        #expect(oneHull == (elementCount == 7))
        let sigmas = entries.map { _ in 0.05 }
        let spread = try MonteCarloHull.run(entries: entries, sigmas: sigmas, samples: 3, seed: 11)
        var stable = [Int](repeating: 0, count: entries.count)
        var above: [[Double]] = Array(repeating: [], count: entries.count)
        for sample in 0..<3 {
            let perturbed = MonteCarloWindows.perturbedEntries(entries, sigmas: sigmas, sample: sample, seed: 11)
            let fresh: (Int) -> (Bool, Double)
            if oneHull {
                let diagram = try PhaseDiagram(entries: perturbed)
                fresh = { (diagram.isStable(entryAt: $0), diagram.energyAboveHull(ofEntryAt: $0)) }
            } else {
                let diagram = try PatchedPhaseDiagram(entries: perturbed)
                fresh = { (diagram.isStable(entryAt: $0), diagram.energyAboveHull(ofEntryAt: $0)) }
            }
            for index in entries.indices {
                stable[index] += fresh(index).0 ? 1 : 0
                above[index].append(fresh(index).1)
            }
        }
        for index in entries.indices {
            // The same hulls of the same points: identical verdicts; energies to rounding (1e-12
            // eV/atom: the reused layout sums in another order).
            #expect(spread[index].probabilityStable == Double(stable[index]) / 3, "\(entries[index].formula)")
            let expected = LimitStatistics.of(above[index])!
            #expect(abs(spread[index].energyAboveHull.mean - expected.mean) < 1e-12, "\(entries[index].formula)")
            #expect(abs(spread[index].energyAboveHull.p95 - expected.p95) < 1e-12, "\(entries[index].formula)")
        }
    }
}
