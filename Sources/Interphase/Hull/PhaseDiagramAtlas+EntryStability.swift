extension PhaseDiagramAtlas {
    /// What a candidate's stability reports below the hull.
    package enum CandidateReport: Sendable {
        /// The row of `interphase hull --input`: a candidate below the hull is stable with energy
        /// above hull 0, and gets Bartel's decomposition energy.
        case row
        /// pymatgen's `get_e_above_hull(entry, allow_negative=True)`: a candidate below the hull
        /// reports minus its distance below the data's hull as its energy above hull. Bartel's
        /// decomposition energy of such a candidate is left `nil` where it would cost a hull (a
        /// stable polymorph in the data).
        case signedEnergyAboveHull
    }

    /// The stability of an entry that is not in the data, as if it were added to it alone,
    /// read off the data's hull of the entry's chemical system (no new hull per entry).
    ///
    /// With f its formation energy and h the hull's at its composition (eV/atom):
    /// - f ≥ h (or f not below −`Tolerance.formationEnergy`): unstable, energy above hull f − h,
    ///   decomposing into the hull's phases there; Bartel's decomposition energy f − h.
    /// - f < h: stable (energy above hull 0). Bartel's decomposition energy is minus its distance
    ///   below the hull of the data's *other* compositions (its own polymorphs excluded, as
    ///   pymatgen's `get_decomp_and_phase_separation_energy`): f − h when the data hold no stable
    ///   entry of its composition, otherwise (f − f_S) + that entry S's own decomposition energy.
    /// - A pure element: its formation energy against the data's reference (0 when it lies below
    ///   it, as it would then become the reference), no decomposition energy.
    ///
    /// Energies must be on the data's scale (formation energies for formation-energy data).
    ///
    /// With `report` ``CandidateReport/signedEnergyAboveHull``, a candidate below the hull
    /// reports f − h (negative) as its energy above hull, an element its formation energy.
    ///
    /// - Parameters:
    ///   - entry: The candidate, energy in eV per formula unit.
    ///   - report: What to report below the hull (the CLI's row by default).
    /// - Returns: The row of `interphase hull --input`.
    /// - Throws: ``StabilityError/elementNotInData(formula:element:)`` for an element without
    ///   entries, ``StabilityError/phaseDiagram(_:)`` for a non-finite energy, and the errors of
    ///   ``diagram(for:)``.
    /// - Complexity: O(F·d) for the F facets of its system's hull of d elements, once that hull
    ///   is built; one more hull per stable polymorph met for the first time.
    package func stability(of entry: Entry, report: CandidateReport = .row) throws(StabilityError) -> EntryStability {
        let signed = report == .signedEnergyAboveHull
        guard entry.energy.isFinite else { throw .phaseDiagram(.nonFiniteEnergy(entry: entry.label)) }
        for element in entry.composition.elements where !index.allElements.contains(element) {
            throw .elementNotInData(formula: entry.formula, element: element)
        }
        guard let diagram = try candidateDiagram(for: ChemicalSystem(entry.composition)) else {
            return try linearProgrammingStability(of: entry, signed: signed)
        }
        // The entry's elements are the diagram's (checked above).
        let formation = try! diagram.formationEnergyPerAtom(of: entry)
        if entry.isElement {
            let below = formation < 0
            let reference = diagram.referenceIndices[entry.composition.elements[0]]!
            return EntryStability(
                id: entry.id, formula: entry.formula, formationEnergyPerAtom: below ? 0 : formation,
                energyAboveHull: signed ? formation : max(formation, 0), isStable: below, decompositionEnergyPerAtom: nil,
                decomposesTo: below ? [] : [PhaseAmount(id: diagram.entries[reference].id, formula: entry.formula, amount: 1)])
        }
        // One facet location: the hull there and, for an unstable candidate, its products.
        let (products, hull) = try! diagram.hull(at: entry.composition)
        let isStable = formation < hull && formation < -Tolerance.formationEnergy
        // Without a stable polymorph in the data, the data's hull there is the hull of the other
        // compositions.
        var decomposition = EntryStability.decompositionEnergy(
            isElement: false, isStable: isStable, formationEnergy: formation, energyAboveHull: formation - hull,
            hullOfOtherCompositions: { hull })!
        guard isStable else {
            return EntryStability(
                id: entry.id, formula: entry.formula, formationEnergyPerAtom: formation,
                energyAboveHull: formation - hull, isStable: false, decompositionEnergyPerAtom: decomposition,
                decomposesTo: products.map {
                    PhaseAmount(id: $0.entry.id, formula: $0.entry.formula, amount: $0.fraction)
                })
        }
        if signed {
            let hasStablePolymorph = diagram.lowestEntryIndex(matching: entry.composition).map { diagram.isStable(entryAt: $0) } ?? false
            return EntryStability(
                id: entry.id, formula: entry.formula, formationEnergyPerAtom: formation, energyAboveHull: formation - hull,
                isStable: true, decompositionEnergyPerAtom: hasStablePolymorph ? nil : decomposition, decomposesTo: [])
        }
        if let own = diagram.lowestEntryIndex(matching: entry.composition), diagram.isStable(entryAt: own),
            let ownEnergy = decompositionEnergy(ofStableEntryAt: own, in: diagram)
        {
            decomposition = (formation - diagram.formationEnergiesPerAtom[own]) + ownEnergy
        }
        return EntryStability(
            id: entry.id, formula: entry.formula, formationEnergyPerAtom: formation, energyAboveHull: 0,
            isStable: true, decompositionEnergyPerAtom: decomposition, decomposesTo: [])
    }

    /// `stability(of:report:)` of each of `entries`, computed concurrently on all cores, in order.
    ///
    /// - Parameters:
    ///   - entries: The candidates.
    ///   - report: What to report below the hull (the CLI's row by default).
    /// - Returns: One result per entry: its stability or why it could not be evaluated.
    /// - Complexity: one hull per distinct chemical system among the entries (shared), then
    ///   O(F·d) per entry, spread over the cores.
    package func stabilities(of entries: [Entry], report: CandidateReport = .row) -> [Result<EntryStability, StabilityError>] {
        concurrentMap(count: entries.count) { item in
            Result { () throws(StabilityError) -> EntryStability in try self.stability(of: entries[item], report: report) }
        }
    }

    /// The hull a candidate of `system` is read off, or `nil` for a system whose candidates are
    /// answered by linear programs (``HullRoutingPolicy/answersCandidatesByLinearPrograms(elementCount:)``).
    /// Without constraints, on data larger than `singleHullElementLimit` elements: the store's
    /// hull of the system's stable set (``HullStore/candidateDiagram(of:)``). Otherwise the
    /// question's diagram (``diagram(for:)``).
    func candidateDiagram(for system: ChemicalSystem) throws(StabilityError) -> PhaseDiagram? {
        guard !usesSingleHull, constraints.isEmpty else { return try diagram(for: Set(system.elements)).diagram }
        guard !store.policy.answersCandidatesByLinearPrograms(elementCount: system.count) else { return nil }
        do throws(PhaseDiagramError) { return try store.candidateDiagram(of: system) } catch { throw .phaseDiagram(error) }
    }

    /// A candidate of a system of many elements, by the linear programs that stand for its hull
    /// (``HullStore/candidateHull(of:)``): the candidate is added to the system's entries alone,
    /// and one program at its composition answers it. `signed`: a candidate below the hull
    /// reports minus its distance below the data's hull there (the lower of the other
    /// compositions' hull and the data's lowest entry of its composition on the hull).
    private func linearProgrammingStability(of entry: Entry, signed: Bool) throws(StabilityError) -> EntryStability {
        let key = CompositionKey(entry.composition)
        let candidate = index.entries.count
        do throws(PhaseDiagramError) {
            let hull = try store.candidateHull(of: ChemicalSystem(entry.composition))
            // The data's entries of the candidate's composition (its polymorphs), then the candidate.
            let group = (hull.groups[key] ?? []).map { (index: $0, entry: index.entries[$0]) } + [(index: candidate, entry: entry)]
            let others = try hull.hullOfOtherCompositions(at: entry, key: key)
            var row = hull.stabilities(of: group, others: others).rows.first { $0.0 == candidate }!.1
            if signed, row.isStable {
                let dataHull = min(others.energy, hull.columnOfKey[key].map { hull.columnEnergies[$0] } ?? .infinity)
                row.energyAboveHull = row.formationEnergyPerAtom - dataHull
            }
            return row
        } catch {
            throw .phaseDiagram(error)
        }
    }

    /// Bartel's decomposition energy of the stable entry `index` of `diagram`, cached (it costs a
    /// hull of the other entries of its system).
    private func decompositionEnergy(ofStableEntryAt index: Int, in diagram: PhaseDiagram) -> Double? {
        let key = DecompositionKey(system: ChemicalSystem(diagram.elements), entry: index)
        return cache.decompositionEnergies.value(for: key) { diagram.decompositionEnergy(ofEntryAt: index) }
    }
}
