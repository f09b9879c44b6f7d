/// Monte Carlo propagation of energy uncertainties to the hull: how likely each entry is to be
/// stable, and the spread of its energy above the hull.
///
/// Sample i perturbs every compound's energy per atom by σ·z (z from stream i of
/// xoshiro256**, one variate per compound in entry order; pure elements stay the
/// reference) and rebuilds only what the energies change: the hull's points, never the
/// compositions' layout or the chemical-system index (built once, before the first sample).
/// Samples run in parallel and are bit-identical whatever the number of threads. Up to
/// `PhaseDiagramAtlas.hullElementLimit` elements each sample rebuilds one hull; larger data are
/// rebuilt one chemical system at a time, without Bartel's decomposition energies (a sample
/// reports only stability and energy above hull).
package enum MonteCarloHull {
    /// Runs the propagation over `entries` and reports on the first `reportedCount` of them (the
    /// dataset's own entries, without implicit references).
    ///
    /// - Parameters:
    ///   - entries: All entries (e.g. `dataset.allEntries`).
    ///   - sigmas: σ per entry, eV/atom.
    ///   - reportedCount: How many leading entries to report on (default: all).
    ///   - samples: Number of samples (≥ 1).
    ///   - seed: Seed of the streams.
    /// - Throws: ``MonteCarloError``.
    /// - Complexity: one hull per sample (per chemical system for large data).
    package static func run(
        entries: [Entry], sigmas: [Double], reportedCount: Int? = nil, samples: Int, seed: UInt64
    ) throws(MonteCarloError) -> [EntryStabilityUncertainty] {
        try MonteCarloSampler.validate(entries: entries, sigmas: sigmas)
        let count = min(reportedCount ?? entries.count, entries.count)
        let elementCount = Set(entries.flatMap(\.composition.elements)).count
        // What the compositions determine, once: the single hull's layout, or the index of the
        // chemical systems.
        let oneHull = HullRoutingPolicy.standard.samplesOneHull(elementCount: elementCount)
        let base: PhaseDiagram?
        do throws(PhaseDiagramError) { base = oneHull ? try PhaseDiagram(entries: entries) : nil } catch {
            throw .sampleFailed(sample: 0, reason: .phaseDiagram(error))
        }
        let index = oneHull ? nil : ChemicalSystemIndex(entries: entries)
        let perSample = try MonteCarloSampler.map(samples: samples) { sample -> Result<[(Bool, Double)], MonteCarloError> in
            let energies = MonteCarloWindows.perturbedEnergies(entries, sigmas: sigmas, sample: sample, seed: seed)
            do throws(PhaseDiagramError) {
                if let base {
                    let diagram = try base.replacingEnergies(energies)
                    return .success((0..<count).map { (diagram.isStable(entryAt: $0), diagram.energyAboveHull(ofEntryAt: $0)) })
                }
                let store = HullStore(index: index!.replacingEnergies(energies))
                let rows = try store.wholeDataHull(decompositionEnergies: false).stabilities
                return .success((0..<count).map { (rows[$0].isStable, rows[$0].energyAboveHull) })
            } catch {
                return .failure(.sampleFailed(sample: sample, reason: .phaseDiagram(error)))
            }
        }
        return (0..<count).map { index in
            EntryStabilityUncertainty(
                id: entries[index].id, formula: entries[index].formula,
                probabilityStable: Double(perSample.filter { $0[index].0 }.count) / Double(samples),
                energyAboveHull: .of(perSample.map { $0[index].1 })!)
        }
    }
}
