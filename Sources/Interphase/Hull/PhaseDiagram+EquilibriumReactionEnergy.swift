extension PhaseDiagram {
    /// pymatgen's equilibrium reaction energy (eV/atom) of the stable entry ``entries``[`index`]:
    /// its formation energy less the hull, at its composition, of the *other stable* entries of
    /// its chemical system (≤ 0; 0 for a pure element). Unlike Bartel's decomposition energy
    /// (``decompositionEnergy(ofEntryAt:)``), unstable entries play no part, as in pymatgen's
    /// `get_equilibrium_reaction_energy`.
    ///
    /// - Parameter index: An index into ``entries``.
    /// - Returns: The reaction energy, eV/atom, or `nil` when the entry is not stable.
    /// - Complexity: one hull of the stable entries of the entry's chemical subsystem.
    package func equilibriumReactionEnergy(ofEntryAt index: Int) -> Double? {
        guard isStable(entryAt: index) else { return nil }
        let entry = entries[index]
        if entry.isElement { return 0 }
        let system = ChemicalSystem(entry.composition)
        let others = stableIndices.filter { $0 != index && ChemicalSystem(entries[$0].composition).isSubset(of: system) }
        // The other stable entries include the system's references, so the hull exists and spans
        // the entry's elements.
        guard let diagram = try? PhaseDiagram(entries: others.map { entries[$0] }) else { return nil }
        return formationEnergiesPerAtom[index] - (try! diagram.hullFormationEnergyPerAtom(at: entry.composition))
    }
}
