/// Summary statistics of one window limit over the Monte Carlo samples in which it exists.
public struct LimitStatistics: Codable, Equatable, Sendable {
    /// Samples in which the limit exists (e.g. an oxidation limit may be absent).
    public var samples: Int
    /// Sample mean.
    public var mean: Double
    /// Sample standard deviation (n − 1 in the denominator; 0 for one sample).
    public var standardDeviation: Double
    /// 5th percentile (linear interpolation between order statistics, position (n − 1)·0.05,
    /// numpy's default).
    public var p05: Double
    /// 95th percentile, likewise.
    public var p95: Double

    enum CodingKeys: String, CodingKey {
        case samples, mean
        case standardDeviation = "std"
        case p05, p95
    }

    /// The statistics of `values`, or `nil` when there are none.
    static func of(_ values: [Double]) -> LimitStatistics? {
        guard !values.isEmpty else { return nil }
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        let variance = values.count > 1 ? values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1) : 0
        let sorted = values.sorted()
        func percentile(_ q: Double) -> Double {
            let position = Double(sorted.count - 1) * q
            let low = Int(position.rounded(.down)), high = min(low + 1, sorted.count - 1)
            return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
        }
        return LimitStatistics(samples: values.count, mean: mean, standardDeviation: variance.squareRoot(),
                               p05: percentile(0.05), p95: percentile(0.95))
    }
}

/// How often one set of products appeared beyond a limit.
public struct ProductSetFrequency: Codable, Equatable, Sendable {
    /// The products' reduced formulas, sorted (amounts are ignored); empty when there is no step
    /// beyond the limit.
    public var products: [String]
    /// Fraction of the samples, 0…1.
    public var frequency: Double
}

/// The stability window of one composition under energy uncertainty: statistics of its limits
/// and of the products beyond them over Monte Carlo samples.
public struct MonteCarloWindowSummary: Codable, Equatable, Sendable {
    /// The formula as given.
    public var formula: String
    /// The open element.
    public var openElement: Element
    /// Number of samples.
    public var samples: Int
    /// The seed; with the same data, options and seed the summary is bit-identical.
    public var seed: UInt64
    /// Reduction limit, V vs the open element's metal (`nil` for non-metal open elements).
    public var reductionLimitVoltage: LimitStatistics?
    /// Oxidation limit, V (`nil` when no sample has one, or for non-metal open elements).
    public var oxidationLimitVoltage: LimitStatistics?
    /// Reduction limit as μ − μ⁰, eV.
    public var reductionLimitChemicalPotential: LimitStatistics?
    /// Oxidation limit as μ − μ⁰, eV (`nil` when no sample has one).
    public var oxidationLimitChemicalPotential: LimitStatistics?
    /// Product sets beyond the reduction limit, most frequent first (ties by name).
    public var reductionProducts: [ProductSetFrequency]
    /// Product sets beyond the oxidation limit, most frequent first (ties by name).
    public var oxidationProducts: [ProductSetFrequency]

    enum CodingKeys: String, CodingKey {
        case formula
        case openElement = "open_element"
        case samples, seed
        case reductionLimitVoltage = "reduction_limit_V"
        case oxidationLimitVoltage = "oxidation_limit_V"
        case reductionLimitChemicalPotential = "reduction_limit_mu"
        case oxidationLimitChemicalPotential = "oxidation_limit_mu"
        case reductionProducts = "reduction_products"
        case oxidationProducts = "oxidation_products"
    }
}

/// Why a Monte Carlo propagation failed.
public enum MonteCarloError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The number of samples is not positive.
    case noSamples
    /// `sigmas` does not have one value per entry, or a σ is negative or not finite.
    case invalidSigmas(String)
    /// One sample's window could not be computed (the lowest such sample index is reported).
    case sampleFailed(sample: Int, problem: String)

    /// One line for the user.
    public var description: String {
        switch self {
        case .noSamples: return "the number of Monte Carlo samples must be at least 1"
        case .invalidSigmas(let problem): return "invalid energy uncertainties: \(problem)"
        case .sampleFailed(let sample, let problem): return "Monte Carlo sample \(sample) failed: \(problem)"
        }
    }
}

/// Propagates per-entry energy uncertainties to a stability window by Monte Carlo.
///
/// Each sample i perturbs every compound entry's energy per atom by an independent normal
/// variate with that entry's σ (eV/atom): e′ = e + σ·z; pure elements (the references) are left
/// unchanged. It then rebuilds the hull of the composition's chemical system (its elements and
/// the open one) and finds the window's limits and the products beyond them — the same numbers as
/// ``PhaseDiagram/stabilityWindow(of:formula:openElement:stabilize:uptakeTolerance:)``, without
/// the whole profile (one hull and two LPs per sample).
/// Sample i draws from its own generator — xoshiro256** (Blackman & Vigna, ACM TOMS 47, 36
/// (2021)) seeded through SplitMix64 with mix(seed ⊕ mix(i ⊕ 0xD1B54A32D192ED03)), normal
/// variates by the polar method — one variate per compound entry of that chemical system, in entry order (also for σ = 0, so
/// an entry's variate does not depend on the others' σ). Samples run in parallel with `DispatchQueue.concurrentPerform`
/// and are collected by index, so results are bit-identical whatever the number of threads.
public enum MonteCarloWindows: Sendable {
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
    ///   - samples: Number of samples N (≥ 1). The standard error of a mean limit is σ_limit/√N.
    ///   - seed: The seed of all streams.
    /// - Throws: ``MonteCarloError``.
    public static func run(
        entries: [Entry], sigmas: [Double], composition: Composition, formula: String? = nil,
        openElement: Element, stabilize: Bool = false,
        uptakeTolerance: Double = PhaseDiagram.defaultUptakeTolerance, samples: Int, seed: UInt64
    ) throws(MonteCarloError) -> MonteCarloWindowSummary {
        guard samples >= 1 else { throw .noSamples }
        try MonteCarloSampler.validate(entries: entries, sigmas: sigmas)
        let formula = formula ?? composition.formula
        // Only the entries of the composition's system (its elements and the open one) matter.
        let system = Set(composition.elements).union([openElement])
        let relevant = entries.indices.filter { Set(entries[$0].composition.elements).isSubset(of: system) }
        let systemEntries = relevant.map { entries[$0] }
        let systemSigmas = relevant.map { sigmas[$0] }
        // The compositions are the same in every sample: build their layout once.
        let base: PhaseDiagram
        do {
            base = try PhaseDiagram(entries: systemEntries)
        } catch {
            throw .sampleFailed(sample: 0, problem: "\(error)")
        }
        let windows = try MonteCarloSampler.map(samples: samples) { sample in
            limits(sample: sample, base: base, sigmas: systemSigmas, composition: composition, formula: formula,
                   openElement: openElement, stabilize: stabilize, uptakeTolerance: uptakeTolerance, seed: seed)
        }
        let voltage = { (mu: Double) in OpenElement.voltage(forChemicalPotential: mu, of: openElement) }
        return MonteCarloWindowSummary(
            formula: formula, openElement: openElement, samples: samples, seed: seed,
            reductionLimitVoltage: .of(windows.compactMap { voltage($0.reductionChemicalPotential) }),
            oxidationLimitVoltage: .of(windows.compactMap { $0.oxidationChemicalPotential.flatMap(voltage) }),
            reductionLimitChemicalPotential: .of(windows.map(\.reductionChemicalPotential)),
            oxidationLimitChemicalPotential: .of(windows.compactMap(\.oxidationChemicalPotential)),
            reductionProducts: MonteCarloSampler.frequencies(windows.map(\.reductionProducts)),
            oxidationProducts: MonteCarloSampler.frequencies(windows.map(\.oxidationProducts)))
    }

    /// The perturbed entries of sample `sample`: compounds shifted by σ·z eV/atom.
    ///
    /// - Parameters:
    ///   - entries: The entries, energies in eV per formula unit.
    ///   - sigmas: σ per entry, eV/atom, same order.
    ///   - sample: The sample index i (its generator's stream).
    ///   - seed: The seed of all streams.
    /// - Returns: `entries` with every compound's energy shifted; pure elements unchanged.
    static func perturbedEntries(_ entries: [Entry], sigmas: [Double], sample: Int, seed: UInt64) -> [Entry] {
        var sampler = StandardNormalSampler(generator: Xoshiro256StarStar(seed: seed, stream: UInt64(sample)))
        var perturbed = entries
        for index in perturbed.indices where !perturbed[index].isElement {
            let z = sampler.next()
            perturbed[index].energy += sigmas[index] * z * perturbed[index].composition.numberOfAtoms
        }
        return perturbed
    }

    private static func limits(
        sample: Int, base: PhaseDiagram, sigmas: [Double], composition: Composition, formula: String,
        openElement: Element, stabilize: Bool, uptakeTolerance: Double, seed: UInt64
    ) -> Result<StabilityLimits, MonteCarloError> {
        // The same draws as perturbedEntries(_:sigmas:sample:seed:), without copying the entries.
        var sampler = StandardNormalSampler(generator: Xoshiro256StarStar(seed: seed, stream: UInt64(sample)))
        var energies = [Double](repeating: 0, count: base.entries.count)
        for (index, entry) in base.entries.enumerated() {
            energies[index] = entry.energy
            if base.layout.pureElement[index] == nil {
                energies[index] += sigmas[index] * sampler.next() * entry.composition.numberOfAtoms
            }
        }
        do {
            let diagram = try base.replacingEnergies(energies)
            return .success(try diagram.stabilityLimits(
                of: composition, formula: formula, openElement: openElement, stabilize: stabilize,
                uptakeTolerance: uptakeTolerance))
        } catch {
            return .failure(.sampleFailed(sample: sample, problem: "\(error)"))
        }
    }
}
