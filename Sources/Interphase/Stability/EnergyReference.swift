/// What an energy of a result is measured from, and so its sign: the other half, beside
/// ``EnergyNormalisation``, of what a reaction energy means.
///
/// Two energies of one reaction can differ in sign: `decompose Li2PO2N --open Li --voltage 4`
/// gives a positive ΔE_rxn (releasing Li into the metal at 0 V costs energy) and a negative ΔΦ
/// (releasing it into a reservoir at 4 V gains energy). The raw value is the phrase the CLI
/// prints and the JSON carries.
public enum EnergyReference: String, Codable, Equatable, Sendable, CaseIterable, CustomStringConvertible {
    /// The closed reaction energy ΔE_rxn: the reaction as written, the open and fixed elements
    /// taken up from or released to their elemental references (μ = μ⁰, the metal at 0 V)
    /// whatever potential was asked. Positive for a release the reservoir's potential drives
    /// (an oxidation step above 0 V), negative for an uptake that happens even at the reference.
    case elementalReferences = "closed reaction, open elements at their reference (μ = μ⁰, 0 V), not at the given potential: > 0 for a release the potential drives"
    /// The grand-potential change ΔΦ = Δ(E − Σ μ·n) at the given chemical potentials, from the
    /// input as it is: ≤ 0 for a reaction that happens, 0 when the input is stable there.
    case givenChemicalPotentials = "grand-potential change at the given potential: ≤ 0 for a reaction that happens"
    /// A closed interface reaction: the mixture's hull energy minus the reactants' hull energies
    /// (pymatgen's `use_hull_energy=True`): ≤ 0, 0 when the two do not react.
    case reactantsAtHull = "closed reaction, from the reactants at the hull: ≤ 0 for a reaction that happens"
    /// An interface reaction with a reservoir, from each reactant's own equilibrium at the
    /// reservoir's potentials (pymatgen's `include_no_mixing_energy=False`): ΔΦ ≤ 0, only what
    /// mixing adds beyond each reactant's own reaction with the reservoir.
    case reactantsInEquilibriumWithReservoir = "grand-potential change at the given potential, from each reactant's own equilibrium there: ≤ 0, only what mixing adds"
    /// An interface reaction with a reservoir, from each reactant's own grand potential as
    /// written (pymatgen's `include_no_mixing_energy=True`): ΔΦ ≤ 0, the ends carry each
    /// reactant's own reaction with the reservoir.
    case reactantsAsWritten = "grand-potential change at the given potential, from each reactant as written: ≤ 0, each one's own reaction with the reservoir included"

    /// The phrase the CLI prints.
    public var description: String { rawValue }

    /// One line saying what an energy is, for a table's footer: `ΔΦ: eV per atom of the input;
    /// grand-potential change at the given potential, …`.
    ///
    /// - Parameters:
    ///   - symbol: The energy's symbol as the table's header names it (`ΔE_rxn`, `ΔΦ`).
    ///   - normalisation: What it is divided by.
    /// - Returns: The line, without a newline.
    func legend(_ symbol: String, _ normalisation: EnergyNormalisation) -> String {
        "\(symbol): eV \(normalisation); \(self)"
    }
}
