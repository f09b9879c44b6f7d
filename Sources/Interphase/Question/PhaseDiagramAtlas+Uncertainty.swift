/// Monte Carlo questions: the same questions as the deterministic ones, under the same
/// ``Conditions``, with every compound's energy resampled by the conditions'
/// ``Conditions/uncertainty`` model.
extension PhaseDiagramAtlas {
    /// The spread of the window of `composition` when every compound's energy is resampled:
    /// each sample answers ``stabilityWindow(of:formula:stabilize:uptakeTolerance:under:)`` on
    /// its perturbed data, with the same open element, fixed potentials, gases and constraints.
    ///
    /// - Parameters:
    ///   - composition: One formula unit as written.
    ///   - formula: Its name in the output (default: the composition's formula).
    ///   - stabilize: Zhu et al.'s convention, applied in every sample to the perturbed data.
    ///   - uptakeTolerance: As for the window (atoms per formula unit).
    ///   - conditions: As for the window, with ``Conditions/uncertainty`` set (required).
    /// - Returns: Statistics of both limits (V and eV) and the frequency of each product set.
    /// - Throws: ``StabilityError``; ``StabilityError/monteCarlo(_:)`` when a sample fails,
    ///   ``StabilityError/uncertainty(_:)`` for a missing or invalid σ.
    /// - Complexity: one hull of the question's system and two small solves per sample.
    public func monteCarloStabilityWindow(
        of composition: Composition, formula: String? = nil, stabilize: Bool = false,
        uptakeTolerance: Double = StabilityWindow.defaultUptakeTolerance, under conditions: Conditions
    ) throws(StabilityError) -> MonteCarloWindowSummary {
        let resolved = try resolve(conditions, for: .stabilityWindow, [(formula ?? composition.formula, composition)])
        guard let model = resolved.uncertainty else { throw .conditions(.uncertaintyNeeded(.stabilityWindow)) }
        guard uptakeTolerance.isFinite, uptakeTolerance >= 0 else { throw .invalidUptakeTolerance(uptakeTolerance) }
        let (entries, sigmas) = try sampledEntries(of: resolved.system(of: [composition]), resolved, model)
        do throws(MonteCarloError) {
            return try MonteCarloWindows.run(
                entries: entries, sigmas: sigmas, composition: composition, formula: formula,
                openElement: resolved.openElement!, stabilize: stabilize, uptakeTolerance: uptakeTolerance,
                fixed: resolved.fixed, samples: model.samples, seed: model.seed)
        } catch {
            throw .monteCarlo(error)
        }
    }

    /// The spread of what `composition` becomes when every compound's energy is resampled: each
    /// sample answers ``decompose(_:formula:under:)`` on its perturbed data.
    ///
    /// - Parameters:
    ///   - composition: One formula unit as written.
    ///   - formula: Its name in the output.
    ///   - conditions: As for the decomposition, with ``Conditions/uncertainty`` set (required).
    /// - Returns: Statistics of the uptake and reaction energy, and the frequency of each product set.
    /// - Throws: ``StabilityError``.
    /// - Complexity: one hull and one LP per sample.
    public func monteCarloDecomposition(
        of composition: Composition, formula: String? = nil, under conditions: Conditions
    ) throws(StabilityError) -> DecompositionUncertainty {
        let resolved = try resolve(conditions, for: .decomposition, [(formula ?? composition.formula, composition)])
        guard let model = resolved.uncertainty else { throw .conditions(.uncertaintyNeeded(.decomposition)) }
        let (entries, sigmas) = try sampledEntries(of: resolved.system(of: [composition]), resolved, model)
        do throws(MonteCarloError) {
            return try MonteCarloDecomposition.run(
                entries: entries, sigmas: sigmas, composition: composition, formula: formula,
                openElements: resolved.open.map { [$0] } ?? [], fixed: resolved.fixed, samples: model.samples, seed: model.seed)
        } catch {
            throw .monteCarlo(error)
        }
    }

    /// The entries of the question's system under its constraints, and the σ of each (eV/atom).
    private func sampledEntries(
        of system: Set<Element>, _ resolved: ResolvedConditions, _ model: UncertaintyModel
    ) throws(StabilityError) -> (entries: [Entry], sigmas: [Double]) {
        let entries = try constrained(by: resolved.constraints).diagram(for: system).diagram.entries
        var sigmas: [Double] = []
        sigmas.reserveCapacity(entries.count)
        do throws(UncertaintyError) {
            for entry in entries { sigmas.append(try EnergyUncertainty.sigma(of: entry, policy: model.policy)) }
        } catch {
            throw .uncertainty(error)
        }
        return (entries, sigmas)
    }

    /// How likely each of `dataset`'s own entries is to be stable, and the spread of its energy
    /// above the hull, when every compound's energy is resampled (the whole data under the
    /// constraints of `conditions`, rebuilt in every sample).
    ///
    /// - Parameters:
    ///   - dataset: The data this atlas was made from (`init(dataset:constraints:)`).
    ///   - conditions: Constraints and ``Conditions/uncertainty`` (required).
    /// - Returns: One summary per entry of `dataset.entries` that the constraints keep, in order.
    /// - Throws: ``StabilityError``.
    /// - Complexity: one whole-data hull per sample.
    public func monteCarloStabilities(of dataset: Dataset, under conditions: Conditions) throws(StabilityError) -> [EntryStabilityUncertainty] {
        let resolved = try resolve(conditions, for: .entryStability)
        guard let model = resolved.uncertainty else { throw .conditions(.uncertaintyNeeded(.entryStability)) }
        let constrained: Dataset
        do throws(ConstraintError) { constrained = try dataset.applying(resolved.constraints).dataset } catch { throw .constraints(error) }
        let sigmas: [Double]
        do throws(UncertaintyError) { sigmas = try EnergyUncertainty.sigmas(of: constrained, policy: model.policy) } catch { throw .uncertainty(error) }
        do throws(MonteCarloError) {
            return try MonteCarloHull.run(
                entries: constrained.allEntries, sigmas: sigmas, reportedCount: constrained.entries.count,
                samples: model.samples, seed: model.seed)
        } catch {
            throw .monteCarlo(error)
        }
    }
}
