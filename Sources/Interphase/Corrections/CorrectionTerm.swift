/// One correction applied to one entry: a per-atom value times a number of anion atoms.
package struct CorrectionTerm: Sendable, Equatable {
    /// `oxide`, `peroxide`, `superoxide`, `ozonide`, or an anion's symbol (`N`).
    package var species: String
    /// Correction per anion atom, eV/atom.
    package var correctionPerAtom: Double
    /// One standard deviation of `correctionPerAtom`, eV/atom.
    package var uncertaintyPerAtom: Double
    /// Anion atoms per formula unit as written.
    package var atoms: Double

    /// A correction term.
    /// - Parameters:
    ///   - species: `oxide`, `peroxide`, …, or an anion's symbol.
    ///   - correctionPerAtom: eV per anion atom.
    ///   - uncertaintyPerAtom: One standard deviation, eV per anion atom.
    ///   - atoms: Anion atoms per formula unit as written.
    package init(species: String, correctionPerAtom: Double, uncertaintyPerAtom: Double, atoms: Double) {
        self.species = species
        self.correctionPerAtom = correctionPerAtom
        self.uncertaintyPerAtom = uncertaintyPerAtom
        self.atoms = atoms
    }

    /// The correction, eV per formula unit as written.
    package var energy: Double { correctionPerAtom * atoms }

    /// Its standard deviation, eV per formula unit as written: σ·n (the same correction value is
    /// shared by all n atoms, so the errors add linearly within a term).
    package var uncertainty: Double { uncertaintyPerAtom * atoms }

    /// `oxide:-0.687*4`, as recorded in the `corrections` attribute.
    package var record: String {
        "\(species):\(correctionPerAtom)*\(NumberFormat.formulaAmount(atoms, omittingOne: false))"
    }
}
