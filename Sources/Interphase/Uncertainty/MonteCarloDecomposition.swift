/// Monte Carlo propagation of energy uncertainties to a decomposition at fixed chemical
/// potentials (the grand-canonical LP), sampled as in ``MonteCarloHull``.
package enum MonteCarloDecomposition {
    /// Runs the propagation.
    ///
    /// - Parameters:
    ///   - entries: All entries; only those of the composition's chemical system (its elements
    ///     and the open ones) are perturbed, one variate each in entry order.
    ///   - sigmas: σ per entry, eV/atom.
    ///   - composition: The input, one formula unit as written.
    ///   - formula: Its name in the output.
    ///   - openElements: Open elements at fixed chemical potentials.
    ///   - fixed: Further elements held at fixed chemical potentials (relative, eV, ≤ 0), as for
    ///     `GrandCanonicalLP.decompose(_:formula:openElements:fixed:)`: every sample answers
    ///     that question on its perturbed data, and their entries are perturbed with the rest of
    ///     the system.
    ///   - samples: Number of samples (≥ 1).
    ///   - seed: Seed of the streams.
    /// - Throws: ``MonteCarloError``.
    /// - Complexity: one hull and one LP per sample.
    package static func run(
        entries: [Entry], sigmas: [Double], composition: Composition, formula: String? = nil,
        openElements: [OpenElement], fixed: [OpenElement] = [], samples: Int, seed: UInt64
    ) throws(MonteCarloError) -> DecompositionUncertainty {
        try MonteCarloSampler.validate(entries: entries, sigmas: sigmas)
        let formula = formula ?? composition.formula
        let system = Set(composition.elements).union(openElements.map(\.element)).union(fixed.map(\.element))
        let relevant = ChemicalSystemIndex(entries: entries).entryIndices(within: ChemicalSystem(system))
        let systemEntries = relevant.map { entries[$0] }, systemSigmas = relevant.map { sigmas[$0] }
        let results = try MonteCarloSampler.map(samples: samples) { sample -> Result<GrandCanonicalDecomposition, MonteCarloError> in
            let perturbed = MonteCarloWindows.perturbedEntries(systemEntries, sigmas: systemSigmas, sample: sample, seed: seed)
            let diagram: PhaseDiagram
            do throws(PhaseDiagramError) { diagram = try PhaseDiagram(entries: perturbed) } catch {
                return .failure(.sampleFailed(sample: sample, reason: .phaseDiagram(error)))
            }
            do throws(StabilityError) {
                return .success(try GrandCanonicalLP(diagram: diagram).decompose(composition, formula: formula, openElements: openElements, fixed: fixed))
            } catch {
                return .failure(.sampleFailed(sample: sample, reason: error))
            }
        }
        return DecompositionUncertainty(
            formula: formula, samples: samples, seed: seed,
            openElementUptake: .of(results.map(\.openElementUptake))!,
            reactionEnergyPerAtom: .of(results.map(\.reactionEnergyPerAtom))!,
            products: MonteCarloSampler.frequencies(results.map(\.products)))
    }
}
