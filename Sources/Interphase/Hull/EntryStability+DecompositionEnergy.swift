extension EntryStability {
    /// Bartel's decomposition energy (eV/atom): none for a pure element; an unstable entry's
    /// energy above the hull; a stable compound's formation energy less the hull of the *other*
    /// compositions of its system at its composition (negative: how far it lies below them; its
    /// own polymorphs are excluded, as pymatgen's `get_decomp_and_phase_separation_energy`).
    /// The one rule; each caller finds the hull of the other compositions its own way (a hull of
    /// them, or one linear program).
    ///
    /// Bartel, C. J. et al. npj Comput. Mater. 6, 97 (2020).
    ///
    /// - Parameters:
    ///   - isElement: Whether the entry is a pure element.
    ///   - isStable: Whether it is a vertex of the hull.
    ///   - formationEnergy: Its formation energy, eV/atom.
    ///   - energyAboveHull: Its energy above the hull, eV/atom (evaluated only when unstable).
    ///   - hullOfOtherCompositions: The hull of the other compositions at its composition
    ///     (eV/atom), or `nil` when it cannot be found; asked only for a stable compound.
    /// - Returns: The decomposition energy, eV/atom, or `nil`.
    static func decompositionEnergy<Failure: Error>(
        isElement: Bool, isStable: Bool, formationEnergy: Double, energyAboveHull: @autoclosure () -> Double,
        hullOfOtherCompositions: () throws(Failure) -> Double?
    ) throws(Failure) -> Double? {
        guard !isElement else { return nil }
        guard isStable else { return energyAboveHull() }
        return try hullOfOtherCompositions().map { formationEnergy - $0 }
    }
}
