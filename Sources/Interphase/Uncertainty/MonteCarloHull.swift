/// Monte Carlo propagation of energy uncertainties to the hull: how likely each entry is to be
/// stable, and the spread of its energy above the hull.
///
/// Sample i perturbs every compound's energy per atom by σ·z (z from stream i of
/// xoshiro256**, one variate per compound in entry order; pure elements stay the
/// reference) and rebuilds the hull; samples run in parallel and are bit-identical whatever the
/// number of threads. Up to `PhaseDiagramAtlas.hullElementLimit` elements each sample builds
/// one hull; larger data are rebuilt one chemical system at a time.
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
    /// - Complexity: one hull per sample.
    package static func run(
        entries: [Entry], sigmas: [Double], reportedCount: Int? = nil, samples: Int, seed: UInt64
    ) throws(MonteCarloError) -> [EntryStabilityUncertainty] {
        try MonteCarloSampler.validate(entries: entries, sigmas: sigmas)
        let count = min(reportedCount ?? entries.count, entries.count)
        let elementCount = Set(entries.flatMap(\.composition.elements)).count
        let perSample = try MonteCarloSampler.map(samples: samples) { sample -> Result<[(Bool, Double)], MonteCarloError> in
            let perturbed = MonteCarloWindows.perturbedEntries(entries, sigmas: sigmas, sample: sample, seed: seed)
            do throws(PhaseDiagramError) {
                if HullRoutingPolicy.standard.samplesOneHull(elementCount: elementCount) {
                    let diagram = try PhaseDiagram(entries: perturbed)
                    return .success((0..<count).map { (diagram.isStable(entryAt: $0), diagram.energyAboveHull(ofEntryAt: $0)) })
                }
                let diagram = try PatchedPhaseDiagram(entries: perturbed)
                return .success((0..<count).map { (diagram.isStable(entryAt: $0), diagram.energyAboveHull(ofEntryAt: $0)) })
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
