/// One step of a voltage profile: a range of the open element's chemical potential over which a
/// composition's equilibrium products, and so its uptake of the open element, stay the same.
///
/// Steps run from the pure open element (μ − μ⁰ = 0, 0 V) towards lower chemical potential
/// (higher voltage). A step is labelled by its whole range; `voltageLow` is its low-voltage end
/// (pymatgen's `get_element_profile` labels rows by this end, Zhu et al. by the high end).
public struct ProfileStep: Codable, Equatable, Sendable {
    /// Low-voltage end (V vs the metal), or `nil` when the open element is not a metal.
    public var voltageLow: Double?
    /// High-voltage end (V), `nil` for the last step (it extends without limit) or for non-metals.
    public var voltageHigh: Double?
    /// Low end of μ − μ⁰ (eV), `nil` for the last step (−∞).
    public var chemicalPotentialLow: Double?
    /// High end of μ − μ⁰ (eV); 0 for the first step.
    public var chemicalPotentialHigh: Double
    /// Open-element atoms taken up per formula unit of the input (negative = released).
    public var openElementUptake: Double
    /// Equilibrium products, reduced formula units per formula unit of the input.
    public var products: [PhaseAmount]
    /// The balanced reaction, e.g. `Li3PO4 + 8 Li -> Li3P + 4 Li2O`.
    public var reaction: String
    /// Reaction energy with the open element at its reference, eV per atom of the reactants.
    public var reactionEnergyPerAtom: Double

    /// A step from its fields; units as the properties state.
    public init(
        voltageLow: Double?, voltageHigh: Double?, chemicalPotentialLow: Double?, chemicalPotentialHigh: Double,
        openElementUptake: Double, products: [PhaseAmount], reaction: String, reactionEnergyPerAtom: Double
    ) {
        self.voltageLow = voltageLow
        self.voltageHigh = voltageHigh
        self.chemicalPotentialLow = chemicalPotentialLow
        self.chemicalPotentialHigh = chemicalPotentialHigh
        self.openElementUptake = openElementUptake
        self.products = products
        self.reaction = reaction
        self.reactionEnergyPerAtom = reactionEnergyPerAtom
    }

    enum CodingKeys: String, CodingKey {
        case voltageLow = "voltage_low"
        case voltageHigh = "voltage_high"
        case chemicalPotentialLow = "mu_low"
        case chemicalPotentialHigh = "mu_high"
        case openElementUptake = "open_element_uptake"
        case products, reaction
        case reactionEnergyPerAtom = "reaction_energy_per_atom"
    }

    /// Encodes with the field names of the command-line tool's JSON, writing `null` for absent
    /// values; the synthesised decoder reads the same names.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(voltageLow, forKey: .voltageLow)
        try container.encode(voltageHigh, forKey: .voltageHigh)
        try container.encode(chemicalPotentialLow, forKey: .chemicalPotentialLow)
        try container.encode(chemicalPotentialHigh, forKey: .chemicalPotentialHigh)
        try container.encode(openElementUptake, forKey: .openElementUptake)
        try container.encode(products, forKey: .products)
        try container.encode(reaction, forKey: .reaction)
        try container.encode(reactionEnergyPerAtom, forKey: .reactionEnergyPerAtom)
    }
}

/// The exact voltage profile of a composition against a reservoir of one open element: every
/// step from the pure element (0 V) to the lowest chemical potential, with the critical
/// chemical potentials between them.
public struct VoltageProfile: Codable, Equatable, Sendable {
    /// The input formula as written.
    public var formula: String
    /// The open element.
    public var openElement: Element
    /// The steps, from μ − μ⁰ = 0 (0 V) downward in μ (upward in voltage).
    public var steps: [ProfileStep]

    /// A profile from its steps.
    ///
    /// - Parameters:
    ///   - formula: The input formula as written.
    ///   - openElement: The open element.
    ///   - steps: The steps from 0 V (μ − μ⁰ = 0) upward.
    public init(formula: String, openElement: Element, steps: [ProfileStep]) {
        self.formula = formula
        self.openElement = openElement
        self.steps = steps
    }

    /// The chemical potentials (μ − μ⁰, eV) at which the equilibrium changes, descending.
    public var criticalChemicalPotentials: [Double] { steps.compactMap(\.chemicalPotentialLow) }

    /// The voltages at which the equilibrium changes, ascending (empty for non-metals).
    public var criticalVoltages: [Double] { steps.compactMap(\.voltageHigh) }

    enum CodingKeys: String, CodingKey {
        case formula
        case openElement = "open_element"
        case steps
    }
}
