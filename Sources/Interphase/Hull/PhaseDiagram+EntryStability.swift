extension PhaseDiagram {
    /// The stability of ``entries``[`index`]: formation energy, energy above hull, whether it
    /// is stable, Bartel's decomposition energy and its decomposition products.
    ///
    /// - Parameter index: An index into ``entries``.
    /// - Returns: The row of `interphase hull` (JSON field names as the tool's).
    /// - Complexity: O(F·d), plus one subsystem hull when its composition has a stable entry.
    package func stability(ofEntryAt index: Int) -> EntryStability {
        stability(ofEntryAt: index) { hullOfOtherCompositions(at: index) }
    }

    /// ``stability(ofEntryAt:)`` with the hull of the other compositions at the entry's
    /// composition (for Bartel's decomposition energy, eV/atom) given by
    /// `hullOfOtherCompositions` (called only for a compound whose composition has a stable
    /// entry), for callers that find it more cheaply than a hull of the other entries.
    func stability<Failure: Error>(
        ofEntryAt index: Int, hullOfOtherCompositions: () throws(Failure) -> Double?
    ) throws(Failure) -> EntryStability {
        let entry = entries[index]
        let stable = isStable(entryAt: index)
        let products: [PhaseAmount] = stable ? [] : (try! decompositionIndices(of: entry.composition)).map {
            PhaseAmount(id: entries[$0.index].id, formula: entries[$0.index].formula, amount: $0.fraction)
        }
        return EntryStability(
            id: entry.id, formula: entry.formula,
            formationEnergyPerAtom: formationEnergiesPerAtom[index],
            energyAboveHull: energyAboveHull(ofEntryAt: index),
            isStable: stable,
            decompositionEnergyPerAtom: try decompositionEnergy(ofEntryAt: index, hullOfOtherCompositions: hullOfOtherCompositions),
            decomposesTo: products)
    }
}
