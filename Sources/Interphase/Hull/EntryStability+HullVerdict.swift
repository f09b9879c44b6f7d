extension EntryStability {
    /// The one verdict "stable" for an entry compared with a hull by numbers (a candidate read
    /// off a built hull, an entry answered by linear programs): its formation energy `formation`
    /// lies below its references (−``Tolerance/formationEnergy``) and below `hull`, the hull
    /// of the other entries at its composition, by more than ``Tolerance/onHull``. An entry
    /// within ``Tolerance/onHull`` of that hull is on it (a tie): not stable, energy above hull
    /// 0 (``energyAboveHull(formation:hull:)``, also just above it), decomposing into the hull's phases — the data's
    /// phases win ties, as the first of equal polymorphs does.
    ///
    /// - Parameters:
    ///   - formation: The entry's formation energy, eV/atom.
    ///   - hull: The hull's formation energy at its composition without it, eV/atom.
    /// - Returns: Whether the entry is a vertex of the hull with it.
    static func liesBelowHull(formation: Double, hull: Double) -> Bool {
        formation < -Tolerance.formationEnergy && formation < hull - Tolerance.onHull
    }

    /// The energy above the hull (eV/atom) of an entry that is not stable: `formation − hull`,
    /// or 0 within ``Tolerance/onHull`` of the hull (a tie reads 0, not ±1e-13); never negative.
    ///
    /// - Parameters:
    ///   - formation: The entry's formation energy, eV/atom.
    ///   - hull: The hull's formation energy at its composition, eV/atom.
    /// - Returns: E_hull ≥ 0, eV/atom.
    static func energyAboveHull(formation: Double, hull: Double) -> Double {
        formation - hull > Tolerance.onHull ? formation - hull : 0
    }
}
