extension PhaseDiagram {
    /// The stability of ``entries``[`index`]: formation energy, energy above hull, whether it
    /// is stable, Bartel's decomposition energy and its decomposition products.
    ///
    /// - Parameter index: An index into ``entries``.
    /// - Returns: The row of `interphase hull` (JSON field names as the tool's).
    /// - Complexity: O(F·d) (one facet location) for an unstable entry, one subsystem hull for a
    ///   stable compound.
    package func stability(ofEntryAt index: Int) -> EntryStability {
        stability(ofEntryAt: index) { hullOfOtherCompositions(at: index) }
    }

    /// ``stability(ofEntryAt:)`` with the hull of the other compositions at the entry's
    /// composition (for Bartel's decomposition energy, eV/atom) given by
    /// `hullOfOtherCompositions` (called only for a compound whose composition has a stable
    /// entry), for callers that find it more cheaply than a hull of the other entries, and each
    /// entry's formula by its index in ``entries`` from `formula` (a whole-data pass writes each
    /// once, not once per row it appears in; `nil`: each entry's reduced formula).
    func stability<Failure: Error>(
        ofEntryAt index: Int, formula: ((Int) -> String)? = nil, hullOfOtherCompositions: () throws(Failure) -> Double?
    ) throws(Failure) -> EntryStability {
        let entry = entries[index]
        let stable = isStable(entryAt: index)
        let formation = formationEnergiesPerAtom[index]
        // One facet location gives an unstable entry's products and its energy above the hull.
        let hull = stable ? nil : try! self.hullIndices(at: entry.composition)
        let energyAboveHull = hull.map { EntryStability.energyAboveHull(formation: formation, hull: $0.formationEnergyPerAtom) } ?? 0
        let products: [PhaseAmount] = (hull?.decomposition ?? []).map {
            PhaseAmount(id: entries[$0.index].id, formula: formula?($0.index) ?? entries[$0.index].formula, amount: $0.fraction)
        }
        return EntryStability(
            id: entry.id, formula: formula?(index) ?? entry.formula,
            formationEnergyPerAtom: formation,
            energyAboveHull: energyAboveHull,
            isStable: stable,
            decompositionEnergyPerAtom: try EntryStability.decompositionEnergy(
                isElement: entry.isElement, compositionIsOnHull: compositionIsOnHull(ofEntryAt: index),
                formationEnergy: formation, energyAboveHull: energyAboveHull, hullOfOtherCompositions: hullOfOtherCompositions),
            decomposesTo: products)
    }
}
