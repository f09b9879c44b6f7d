/// Propagates per-entry energy uncertainties to a stability window by Monte Carlo.
///
/// Each sample i perturbs every compound entry's energy per atom by an independent normal
/// variate with that entry's σ (eV/atom): e′ = e + σ·z; pure elements (the references) are left
/// unchanged. It then rebuilds the hull of the composition's chemical system (its elements, the
/// open one and the fixed ones) and finds the window's limits and the products beyond them — the
/// same numbers as
/// `PhaseDiagram.stabilityWindow(of:formula:openElement:stabilize:uptakeTolerance:fixed:)` on the
/// perturbed data, with the same fixed chemical potentials: without the whole profile when
/// nothing is fixed (one hull and two LPs per sample), from the profile at the fixed potentials
/// otherwise. A sample whose window is empty under the fixed potentials
/// (``StabilityWindow/windowEmpty``) has no limits: it is counted in
/// ``MonteCarloWindowSummary/emptySamples`` and left out of the limits' statistics and of the
/// products' frequencies.
/// Sample i draws from its own generator — xoshiro256** (Blackman & Vigna, ACM TOMS 47, 36
/// (2021)) seeded through SplitMix64 with mix(seed ⊕ mix(i ⊕ 0xD1B54A32D192ED03)), normal
/// variates by the polar method — one variate per compound entry of that chemical system, in entry order (also for σ = 0, so
/// an entry's variate does not depend on the others' σ). Samples run in parallel with `DispatchQueue.concurrentPerform`
/// and are collected by index, so results are bit-identical whatever the number of threads.
package enum MonteCarloWindows: Sendable {
    /// Runs the propagation.
    ///
    /// - Parameters:
    ///   - entries: The entries (e.g. `dataset.allEntries`), energies in eV per formula unit.
    ///   - sigmas: σ per entry, eV/atom, same order (e.g. ``EnergyUncertainty/sigmas(of:policy:)``).
    ///   - composition: The composition whose window is wanted.
    ///   - formula: Its name in the output (default: the composition's formula).
    ///   - openElement: The element exchanged with the reservoir (Li).
    ///   - stabilize: Zhu et al.'s convention, applied in every sample to the perturbed data.
    ///   - uptakeTolerance: As for the window.
    ///   - fixed: Other elements held at fixed chemical potentials (relative, eV, ≤ 0) in every
    ///     sample, as for the window (e.g. ``Gas/openElement(temperature:pressure:)``); their
    ///     entries are perturbed with the rest of the system.
    ///   - samples: Number of samples N (≥ 1). The standard error of a mean limit is σ_limit/√N.
    ///   - seed: The seed of all streams.
    /// - Throws: ``MonteCarloError``; a question the data cannot answer (an element or a fixed
    ///   element absent, an element both open and fixed, …) as ``MonteCarloError/sampleFailed(sample:reason:)``
    ///   of sample 0, before any sampling.
    package static func run(
        entries: [Entry], sigmas: [Double], composition: Composition, formula: String? = nil,
        openElement: Element, stabilize: Bool = false,
        uptakeTolerance: Double = PhaseDiagram.defaultUptakeTolerance, fixed: [OpenElement] = [],
        samples: Int, seed: UInt64
    ) throws(MonteCarloError) -> MonteCarloWindowSummary {
        let formula = formula ?? composition.formula
        let windows = try sampleLimits(
            entries: entries, sigmas: sigmas, composition: composition, formula: formula, openElement: openElement,
            stabilize: stabilize, uptakeTolerance: uptakeTolerance, fixed: fixed, samples: samples, seed: seed)
        let answered = windows.compactMap { $0 }
        let voltage = { (mu: Double) in OpenElement.voltage(forChemicalPotential: mu, of: openElement) }
        return MonteCarloWindowSummary(
            formula: formula, openElement: openElement, samples: samples, seed: seed,
            reductionLimitVoltage: .of(answered.compactMap { voltage($0.reductionChemicalPotential) }),
            oxidationLimitVoltage: .of(answered.compactMap { $0.oxidationChemicalPotential.flatMap(voltage) }),
            reductionLimitChemicalPotential: .of(answered.map(\.reductionChemicalPotential)),
            oxidationLimitChemicalPotential: .of(answered.compactMap(\.oxidationChemicalPotential)),
            reductionProducts: answered.isEmpty ? [] : MonteCarloSampler.frequencies(answered.map(\.reductionProducts)),
            oxidationProducts: answered.isEmpty ? [] : MonteCarloSampler.frequencies(answered.map(\.oxidationProducts)),
            emptySamples: windows.count - answered.count)
    }

    /// Every sample's window limits in sample order, `nil` for a sample whose window is empty
    /// under the fixed potentials: what ``run(entries:sigmas:composition:formula:openElement:stabilize:uptakeTolerance:fixed:samples:seed:)``
    /// summarises (parameters as there).
    static func sampleLimits(
        entries: [Entry], sigmas: [Double], composition: Composition, formula: String, openElement: Element,
        stabilize: Bool, uptakeTolerance: Double, fixed: [OpenElement], samples: Int, seed: UInt64
    ) throws(MonteCarloError) -> [StabilityLimits?] {
        try MonteCarloSampler.check(samples: samples)
        try MonteCarloSampler.validate(entries: entries, sigmas: sigmas)
        // Only the entries of the composition's system (its elements, the open and the fixed
        // ones) matter.
        let system = Set(composition.elements).union([openElement]).union(fixed.map(\.element))
        let relevant = ChemicalSystemIndex(entries: entries).entryIndices(within: ChemicalSystem(system))
        let systemEntries = relevant.map { entries[$0] }
        let systemSigmas = relevant.map { sigmas[$0] }
        // The compositions are the same in every sample: build their layout once.
        let base: PhaseDiagram
        do {
            base = try PhaseDiagram(entries: systemEntries)
        } catch {
            throw .sampleFailed(sample: 0, reason: .phaseDiagram(error))
        }
        do throws(StabilityError) {
            try base.checkQuestion([(formula, composition)], open: [openElement], fixed: fixed)
        } catch {
            throw .sampleFailed(sample: 0, reason: error)
        }
        return try MonteCarloSampler.map(samples: samples) { sample in
            limits(sample: sample, base: base, sigmas: systemSigmas, composition: composition, formula: formula,
                   openElement: openElement, stabilize: stabilize, uptakeTolerance: uptakeTolerance, fixed: fixed, seed: seed)
        }
    }

    /// The perturbed entries of sample `sample`: compounds shifted by σ·z eV/atom.
    ///
    /// - Parameters:
    ///   - entries: The entries, energies in eV per formula unit.
    ///   - sigmas: σ per entry, eV/atom, same order.
    ///   - sample: The sample index i (its generator's stream).
    ///   - seed: The seed of all streams.
    /// - Returns: `entries` with every compound's energy shifted; pure elements unchanged.
    package static func perturbedEntries(_ entries: [Entry], sigmas: [Double], sample: Int, seed: UInt64) -> [Entry] {
        var perturbed = entries
        for (index, energy) in perturbedEnergies(entries, sigmas: sigmas, sample: sample, seed: seed).enumerated() {
            perturbed[index].energy = energy
        }
        return perturbed
    }

    /// The energies (eV per formula unit) of ``perturbedEntries(_:sigmas:sample:seed:)``,
    /// without copying the entries: one variate per compound, in entry order.
    package static func perturbedEnergies(_ entries: [Entry], sigmas: [Double], sample: Int, seed: UInt64) -> [Double] {
        var sampler = StandardNormalSampler(generator: Xoshiro256StarStar(seed: seed, stream: UInt64(sample)))
        var energies = entries.map(\.energy)
        for index in entries.indices where !entries[index].isElement {
            energies[index] += sigmas[index] * sampler.next() * entries[index].composition.numberOfAtoms
        }
        return energies
    }

    private static func limits(
        sample: Int, base: PhaseDiagram, sigmas: [Double], composition: Composition, formula: String,
        openElement: Element, stabilize: Bool, uptakeTolerance: Double, fixed: [OpenElement], seed: UInt64
    ) -> Result<StabilityLimits?, MonteCarloError> {
        let energies = perturbedEnergies(base.entries, sigmas: sigmas, sample: sample, seed: seed)
        let diagram: PhaseDiagram
        do throws(PhaseDiagramError) { diagram = try base.replacingEnergies(energies) } catch {
            return .failure(.sampleFailed(sample: sample, reason: .phaseDiagram(error)))
        }
        do throws(StabilityError) {
            if !fixed.isEmpty {
                let window = try diagram.stabilityWindow(
                    of: composition, formula: formula, openElement: openElement, stabilize: stabilize,
                    uptakeTolerance: uptakeTolerance, fixed: fixed)
                return .success(window.windowEmpty ? nil : StabilityLimits(window))
            }
            // The route with fallback always answers.
            return .success(try diagram.stabilityLimits(
                of: composition, formula: formula, openElement: openElement, stabilize: stabilize,
                uptakeTolerance: uptakeTolerance)!)
        } catch {
            return .failure(.sampleFailed(sample: sample, reason: error))
        }
    }
}
