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
    /// - f below h by more than `Tolerance.onHull` (and below −`Tolerance.formationEnergy`):
    ///   stable (energy above hull 0). Otherwise unstable: energy above hull max(f − h, 0) (a
    ///   tie within `Tolerance.onHull` is on the hull, not stable), decomposing into the hull's
    ///   phases there (`EntryStability.liesBelowHull(formation:hull:)`, the one verdict).
    /// - Bartel's decomposition energy as pymatgen's `get_decomp_and_phase_separation_energy`
    ///   defines it, exactly: when the data hold a stable entry S of its composition,
    ///   (f − f_S) + S's own decomposition energy (f less the hull of the *other* compositions,
    ///   its polymorphs excluded), whether the candidate lies above S or below it; otherwise
    ///   f − h (negative for a new stable composition).
    /// - A pure element: its formation energy against the data's reference, kept as given. Below
    ///   the reference it is stable (energy above hull 0: added to the data it would be the
    ///   element's new reference, the terminal entry of pymatgen's `PhaseDiagram`) and its
    ///   decomposition energy is that formation energy, negative: how far below the data's
    ///   reference it lies (pymatgen's `get_decomp_and_phase_separation_energy` of an element, its
    ///   energy above the data's hull allowed negative). At or above it, unstable with energy above
    ///   hull and decomposition energy both the formation energy, decomposing into the reference.
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
            let below = EntryStability.liesBelowHull(formation: formation, hull: 0)
            let reference = diagram.referenceIndices[entry.composition.elements[0]]!
            return EntryStability(
                id: entry.id, formula: entry.formula, formationEnergyPerAtom: formation,
                energyAboveHull: signed ? formation : max(formation, 0), isStable: below, decompositionEnergyPerAtom: formation,
                decomposesTo: below ? [] : [PhaseAmount(id: diagram.entries[reference].id, formula: entry.formula, amount: 1)])
        }
        // One facet location: the hull there and, for an unstable candidate, its products.
        let (hullProducts, hull) = try! diagram.hull(at: entry.composition)
        let isStable = EntryStability.liesBelowHull(formation: formation, hull: hull)
        let energyAboveHull = isStable ? 0 : EntryStability.energyAboveHull(formation: formation, hull: hull)
        // With a stable polymorph S in the data, the hull of the other compositions is
        // f_S − Ed(S) (cached per S); without one, the data's hull there is that hull. A signed
        // report (pymatgen's allow_negative) leaves the former out: it costs a hull per S.
        let stablePolymorph = diagram.lowestEntryIndex(matching: entry.composition).flatMap { diagram.isStable(entryAt: $0) ? $0 : nil }
        let decomposition = signed && stablePolymorph != nil ? nil : EntryStability.decompositionEnergy(
            isElement: false, compositionIsOnHull: isStable || stablePolymorph != nil, formationEnergy: formation,
            energyAboveHull: energyAboveHull,
            hullOfOtherCompositions: { () -> Double? in
                guard let own = stablePolymorph else { return hull }
                return decompositionEnergy(ofStableEntryAt: own, in: diagram).map { diagram.formationEnergiesPerAtom[own] - $0 }
            })
        let products: [PhaseAmount] = isStable ? [] : hullProducts.map {
            PhaseAmount(id: $0.entry.id, formula: $0.entry.formula, amount: $0.fraction)
        }
        return EntryStability(
            id: entry.id, formula: entry.formula, formationEnergyPerAtom: formation,
            energyAboveHull: signed ? formation - hull : energyAboveHull,
            isStable: isStable, decompositionEnergyPerAtom: decomposition, decomposesTo: products)
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
