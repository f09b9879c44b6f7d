extension PhaseDiagramAtlas {
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
    /// - Parameter entry: The candidate, energy in eV per formula unit.
    /// - Returns: The row of `interphase hull --input`.
    /// - Throws: ``StabilityError/elementNotInData(formula:element:)`` for an element without
    ///   entries, ``StabilityError/phaseDiagram(_:)`` for a non-finite energy, and the errors of
    ///   ``diagram(for:)``.
    /// - Complexity: O(F·d) for the F facets of its system's hull of d elements, once that hull
    ///   is built; one more hull per stable polymorph met for the first time.
    package func stability(of entry: Entry) throws(StabilityError) -> EntryStability {
        guard entry.energy.isFinite else { throw .phaseDiagram(.nonFiniteEnergy(entry: entry.label)) }
        for element in entry.composition.elements where !index.allElements.contains(element) {
            throw .elementNotInData(formula: entry.formula, element: element)
        }
        guard let diagram = try candidateDiagram(for: ChemicalSystem(entry.composition)) else {
            return try linearProgrammingStability(of: entry)
        }
        // The entry's elements are the diagram's (checked above).
        let formation = try! diagram.formationEnergyPerAtom(of: entry)
        if entry.isElement {
            let below = formation < 0
            let reference = diagram.referenceIndices[entry.composition.elements[0]]!
            return EntryStability(
                id: entry.id, formula: entry.formula, formationEnergyPerAtom: formation,
                energyAboveHull: max(formation, 0), isStable: below, decompositionEnergyPerAtom: formation,
                decomposesTo: below ? [] : [PhaseAmount(id: diagram.entries[reference].id, formula: entry.formula, amount: 1)])
        }
        let hull = try! diagram.hullFormationEnergyPerAtom(at: entry.composition)
        let isStable = formation < hull && formation < -Tolerance.formationEnergy
        // Without a stable polymorph in the data, the data's hull there is the hull of the other
        // compositions.
        var decomposition = EntryStability.decompositionEnergy(
            isElement: false, isStable: isStable, formationEnergy: formation, energyAboveHull: formation - hull,
            hullOfOtherCompositions: { hull })!
        guard isStable else {
            let products = (try! diagram.decomposition(of: entry.composition)).map {
                PhaseAmount(id: $0.entry.id, formula: $0.entry.formula, amount: $0.fraction)
            }
            return EntryStability(
                id: entry.id, formula: entry.formula, formationEnergyPerAtom: formation,
                energyAboveHull: formation - hull, isStable: false, decompositionEnergyPerAtom: decomposition,
                decomposesTo: products)
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

    /// `stability(of:)` of each of `entries`, computed concurrently on all cores, in order.
    ///
    /// - Parameter entries: The candidates.
    /// - Returns: One result per entry: its stability or why it could not be evaluated.
    /// - Complexity: one hull per distinct chemical system among the entries (shared), then
    ///   O(F·d) per entry, spread over the cores.
    package func stabilities(of entries: [Entry]) -> [Result<EntryStability, StabilityError>] {
        concurrentMap(count: entries.count) { item in
            Result { () throws(StabilityError) -> EntryStability in try self.stability(of: entries[item]) }
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
    /// and one program at its composition answers it.
    private func linearProgrammingStability(of entry: Entry) throws(StabilityError) -> EntryStability {
        let key = CompositionKey(entry.composition)
        let candidate = index.entries.count
        do throws(PhaseDiagramError) {
            let hull = try store.candidateHull(of: ChemicalSystem(entry.composition))
            // The data's entries of the candidate's composition (its polymorphs), then the candidate.
            let group = (hull.groups[key] ?? []).map { (index: $0, entry: index.entries[$0]) } + [(index: candidate, entry: entry)]
            return try hull.stabilities(of: group, key: key).rows.first { $0.0 == candidate }!.1
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
