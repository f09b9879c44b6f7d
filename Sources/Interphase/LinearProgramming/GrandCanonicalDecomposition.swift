/// What a composition becomes in equilibrium with reservoirs of its open elements: the result
/// of `GrandCanonicalLP.decompose(_:formula:openElements:fixed:)` and the row of `interphase decompose`.
///
/// Amounts are per formula unit of the input *as written* (`Li2PO2N` is one unit), products are
/// counted in units of their reduced formula (`P2O5`, not `P4O10`), and energies are on the
/// dataset's formation-energy scale (the elements at their references).
public struct GrandCanonicalDecomposition: Codable, Equatable, Sendable {
    /// The input formula as written.
    public var formula: String
    /// The open element (the first, when several are open), or `nil`.
    @NullWhenAbsent public var openElement: Element?
    /// The open element's voltage vs its metal (V), or `nil` (no open element, or not a metal).
    @NullWhenAbsent package var voltage: Double?
    /// The open element's chemical potential relative to its reference (eV), or `nil`.
    @NullWhenAbsent package var chemicalPotential: Double?
    /// The equilibrium phases, amounts in reduced formula units per formula unit of the input,
    /// sorted by formula.
    public var products: [PhaseAmount]
    /// Atoms of the (first) open element taken up per formula unit of the input (negative =
    /// released); 0 with no open element.
    public var openElementUptake: Double
    /// The balanced reaction, e.g. `Li3PO4 + 8 Li -> Li3P + 4 Li2O`.
    public var reaction: String
    /// ΔE_rxn: energy of the reaction with the open element at its elemental reference, eV per
    /// atom of the reactants (the input plus the atoms it takes up; the closed-system reaction
    /// energy): positive for a release the given potential drives. The input's energy is its
    /// lowest entry's when the data contain its composition, otherwise the closed hull's at its
    /// composition. Normalisation and reference: ``reactionEnergyNormalisation``,
    /// ``reactionEnergyReference``.
    public var reactionEnergyPerAtom: Double
    /// What ``reactionEnergyPerAtom`` is divided by: ``EnergyNormalisation/perAtomOfReactants``.
    public var reactionEnergyNormalisation: EnergyNormalisation { .perAtomOfReactants }
    /// What ``reactionEnergyPerAtom`` is measured from: ``EnergyReference/elementalReferences``.
    public var reactionEnergyReference: EnergyReference { .elementalReferences }
    /// ΔΦ: change of the grand potential Φ = E − Σ μ n_open from the input to the products, eV
    /// per atom of the input (every element counted), the open elements at their given chemical
    /// potentials; ≤ 0. Normalisation and reference: ``grandPotentialChangeNormalisation``,
    /// ``grandPotentialChangeReference``.
    public var grandPotentialChangePerAtom: Double
    /// What ``grandPotentialChangePerAtom`` is divided by: ``EnergyNormalisation/perAtomOfInput``.
    public var grandPotentialChangeNormalisation: EnergyNormalisation { .perAtomOfInput }
    /// What ``grandPotentialChangePerAtom`` is measured from:
    /// ``EnergyReference/givenChemicalPotentials``.
    public var grandPotentialChangeReference: EnergyReference { .givenChemicalPotentials }
    /// The lines a table of decompositions prints under its ΔE_rxn and ΔΦ columns: each energy's
    /// normalisation, reference and sign.
    package static var energyLegend: [String] {
        [EnergyReference.elementalReferences.legend("ΔE_rxn", .perAtomOfReactants),
         EnergyReference.givenChemicalPotentials.legend("ΔΦ", .perAtomOfInput)]
    }
    /// Grand potential of the products, eV per formula unit of the input (formation scale).
    public var grandPotential: Double
    /// Chemical potentials of the closed elements (the LP's duals), eV/atom relative to their
    /// references, by element symbol.
    public var closedChemicalPotentials: [String: Double]
    /// Uptake of every open element per formula unit (negative = released), by symbol; the
    /// fixed ones included.
    public var openElementUptakes: [String: Double]
    /// The elements held at fixed chemical potentials besides the open one: μ − μ⁰ (eV per
    /// atom, relative to the data's reference) by symbol; empty when none.
    package var fixedChemicalPotentials: [String: Double] = [:]

    enum CodingKeys: String, CodingKey {
        case formula
        case openElement = "open_element"
        case voltage
        case chemicalPotential = "mu"
        case products
        case openElementUptake = "open_element_uptake"
        case reaction
        case reactionEnergyPerAtom = "reaction_energy_per_atom"
        case grandPotentialChangePerAtom = "grand_potential_change_per_atom"
        case grandPotential = "grand_potential"
        case closedChemicalPotentials = "closed_chemical_potentials"
        case openElementUptakes = "open_element_uptakes"
        case fixedChemicalPotentials = "fixed_chemical_potentials"
    }
}
