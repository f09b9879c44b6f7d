/// One step of a voltage profile: a range of the open element's chemical potential over which a
/// composition's equilibrium products, and so its uptake of the open element, stay the same.
///
/// Steps run from the pure open element (μ − μ⁰ = 0, 0 V) towards lower chemical potential
/// (higher voltage). A step is labelled by its whole range; `voltageLow` is its low-voltage end
/// (pymatgen's `get_element_profile` labels rows by this end, Zhu et al. by the high end).
public struct ProfileStep: Codable, Equatable, Sendable {
    /// Low-voltage end (V vs the metal), or `nil` when the open element is not a metal.
    @NullWhenAbsent public var voltageLow: Double?
    /// High-voltage end (V), `nil` for the last step (it extends without limit) or for non-metals.
    @NullWhenAbsent public var voltageHigh: Double?
    /// Low end of μ − μ⁰ (eV), `nil` for the last step (−∞).
    @NullWhenAbsent public var chemicalPotentialLow: Double?
    /// High end of μ − μ⁰ (eV); 0 for the first step.
    public var chemicalPotentialHigh: Double
    /// Open-element atoms taken up per formula unit of the input (negative = released).
    public var openElementUptake: Double
    /// Equilibrium products, reduced formula units per formula unit of the input.
    public var products: [PhaseAmount]
    /// The balanced reaction, e.g. `Li3PO4 + 8 Li -> Li3P + 4 Li2O`.
    public var reaction: String
    /// ΔE_rxn: reaction energy with the open (and fixed) elements at their references, eV per
    /// atom of the reactants (the input plus the atoms it takes up): positive for a release the
    /// step's potential drives (the oxidation steps), as ``GrandCanonicalDecomposition/reactionEnergyPerAtom``.
    public var reactionEnergyPerAtom: Double
    /// What ``reactionEnergyPerAtom`` is divided by: ``EnergyNormalisation/perAtomOfReactants``.
    public var reactionEnergyNormalisation: EnergyNormalisation { .perAtomOfReactants }
    /// What ``reactionEnergyPerAtom`` is measured from: ``EnergyReference/elementalReferences``.
    public var reactionEnergyReference: EnergyReference { .elementalReferences }
    /// The line a table of steps prints under its ΔE_rxn column.
    package static var reactionEnergyLegend: String { EnergyReference.elementalReferences.legend("ΔE_rxn", .perAtomOfReactants) }
    /// Atoms of each element at a fixed chemical potential taken up per formula unit of the
    /// input (negative = released), by symbol; empty when no chemical potential is fixed.
    public var fixedElementUptakes: [String: Double]

    /// A step from its fields; units as the properties state.
    ///
    /// - Parameters:
    ///   - voltageLow: Low-voltage end (V), or `nil` for non-metals.
    ///   - voltageHigh: High-voltage end (V), or `nil` for the last step or non-metals.
    ///   - chemicalPotentialLow: Low end of μ − μ⁰ (eV), or `nil` for the last step.
    ///   - chemicalPotentialHigh: High end of μ − μ⁰ (eV).
    ///   - openElementUptake: Open-element atoms taken up per formula unit of the input.
    ///   - products: Equilibrium products, reduced formula units per formula unit of the input.
    ///   - reaction: The balanced reaction.
    ///   - reactionEnergyPerAtom: Reaction energy, eV per atom of the reactants.
    ///   - fixedElementUptakes: Uptake of each element at a fixed chemical potential, by symbol.
    package init(
        voltageLow: Double?, voltageHigh: Double?, chemicalPotentialLow: Double?, chemicalPotentialHigh: Double,
        openElementUptake: Double, products: [PhaseAmount], reaction: String, reactionEnergyPerAtom: Double,
        fixedElementUptakes: [String: Double] = [:]
    ) {
        self.voltageLow = voltageLow
        self.voltageHigh = voltageHigh
        self.chemicalPotentialLow = chemicalPotentialLow
        self.chemicalPotentialHigh = chemicalPotentialHigh
        self.openElementUptake = openElementUptake
        self.products = products
        self.reaction = reaction
        self.reactionEnergyPerAtom = reactionEnergyPerAtom
        self.fixedElementUptakes = fixedElementUptakes
    }

    enum CodingKeys: String, CodingKey {
        case voltageLow = "voltage_low"
        case voltageHigh = "voltage_high"
        case chemicalPotentialLow = "mu_low"
        case chemicalPotentialHigh = "mu_high"
        case openElementUptake = "open_element_uptake"
        case products, reaction
        case reactionEnergyPerAtom = "reaction_energy_per_atom"
        case fixedElementUptakes = "fixed_element_uptakes"
    }
}
