extension EntryStability {
    /// Bartel's decomposition energy (eV/atom) as pymatgen's
    /// `PhaseDiagram.get_decomp_and_phase_separation_energy` defines it (computed exactly here, by
    /// a hull or an exact linear program, where pymatgen's SLSQP is off by up to 3e-5 eV/atom):
    /// - none for a pure element;
    /// - for a compound whose composition has a stable entry (the entry itself or a polymorph):
    ///   its formation energy less the hull of the *other* compositions of its system at its
    ///   composition, polymorphs excluded. Negative for the stable entry S (how far it lies below
    ///   the rest); for a polymorph q it is (f_q − f_S) + Ed(S), below its energy above hull;
    /// - for a compound whose composition has no stable entry: its energy above the hull (that
    ///   hull is then the hull of the other compositions).
    ///
    /// The one rule; each caller finds the hull of the other compositions its own way (a hull of
    /// them, one linear program, or a stable polymorph's cached energy).
    ///
    /// Bartel, C. J. et al. npj Comput. Mater. 6, 97 (2020).
    ///
    /// - Parameters:
    ///   - isElement: Whether the entry is a pure element.
    ///   - compositionIsOnHull: Whether its composition has a stable entry (itself or another).
    ///   - formationEnergy: Its formation energy, eV/atom.
    ///   - energyAboveHull: Its energy above the hull, eV/atom (evaluated only when its
    ///     composition is not on the hull).
    ///   - hullOfOtherCompositions: The hull of the other compositions at its composition
    ///     (eV/atom), or `nil` when it cannot be found; asked only when its composition is on the
    ///     hull.
    /// - Returns: The decomposition energy, eV/atom, or `nil`.
    static func decompositionEnergy<Failure: Error>(
        isElement: Bool, compositionIsOnHull: Bool, formationEnergy: Double, energyAboveHull: @autoclosure () -> Double,
        hullOfOtherCompositions: () throws(Failure) -> Double?
    ) throws(Failure) -> Double? {
        guard !isElement else { return nil }
        guard compositionIsOnHull else { return energyAboveHull() }
        return try hullOfOtherCompositions().map { formationEnergy - $0 }
    }
}
