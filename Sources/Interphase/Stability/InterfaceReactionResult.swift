/// One kink (critical mixing ratio) of an interface reaction: a composition on the tie line
/// x·A + (1 − x)·B where the equilibrium products change, with its products and reaction energy.
///
/// JSON: `x`, `energy_per_atom`, `reaction`, `products`, `open_element_uptake`.
public struct InterfaceReactionKink: Codable, Equatable, Sendable {
    /// Atom fraction of reactant A in the mixture, all atoms counted (open-element atoms too),
    /// each reactant normalised to one atom: pymatgen's `InterfacialReactivity` mixing ratio.
    public var x: Double
    /// Reaction energy, eV per atom of the mixture: the hull energy of the mixture minus the
    /// atom-weighted hull energies of A and B (pymatgen's `use_hull_energy=True`; a reactant above
    /// the hull is taken at the hull). With an open element: the grand-potential change
    /// ΔΦ per atom of the *closed* elements of the mixture (pymatgen's convention).
    public var energyPerAtom: Double
    /// The balanced reaction, reactants as written, scaled so that the smaller reactant
    /// coefficient is 1: `Li2PO2N + 4 Li -> 2 Li2O + 0.5 Li3P + 0.5 LiPN2`. With an open element
    /// it appears as a reactant (taken up) or product (released).
    public var reaction: String
    /// The equilibrium phases at the kink (the open element's reservoir excluded), sorted by
    /// formula; amounts in reduced formula units in ``reaction`` as written.
    public var products: [PhaseAmount]
    /// Atoms of the open element taken up in ``reaction`` as written (negative = released);
    /// `nil` without an open element.
    public var openElementUptake: Double?

    /// A kink from its fields; units as the properties state.
    public init(x: Double, energyPerAtom: Double, reaction: String, products: [PhaseAmount], openElementUptake: Double?) {
        self.x = x
        self.energyPerAtom = energyPerAtom
        self.reaction = reaction
        self.products = products
        self.openElementUptake = openElementUptake
    }

    enum CodingKeys: String, CodingKey {
        case x
        case energyPerAtom = "energy_per_atom"
        case reaction, products
        case openElementUptake = "open_element_uptake"
    }

    /// Encodes with the field names of the command-line tool's JSON, writing `null` for absent
    /// values; the synthesised decoder reads the same names.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(x, forKey: .x)
        try container.encode(energyPerAtom, forKey: .energyPerAtom)
        try container.encode(reaction, forKey: .reaction)
        try container.encode(products, forKey: .products)
        try container.encode(openElementUptake, forKey: .openElementUptake)
    }
}

/// The interface reaction between two compositions A and B (Richards et al., Chem. Mater. 28,
/// 266 (2016)): the reaction energy along the tie line x·A + (1 − x)·B and every kink, exactly.
///
/// JSON: `reactant_a`, `reactant_b`, `open_element`, `voltage`, `mu`, `kinks` (ordered by x, both
/// ends included), `most_exothermic` (one of the kinks), `constraints` (what was excluded or
/// admitted, `null` when nothing was).
public struct InterfaceReaction: Codable, Equatable, Sendable {
    /// Reactant A as written (x = 1).
    public var reactantA: String
    /// Reactant B as written (x = 0).
    public var reactantB: String
    /// The open element, or `nil`.
    public var openElement: Element?
    /// Its voltage vs its metal (V), or `nil`.
    public var voltage: Double?
    /// Its chemical potential relative to the pure element (eV/atom), or `nil`.
    public var chemicalPotential: Double?
    /// The kinks, ordered by x from 0 (pure B) to 1 (pure A).
    public var kinks: [InterfaceReactionKink]
    /// The kink with the most negative reaction energy (the first of equals in x order):
    /// the most favourable reaction.
    public var mostExothermic: InterfaceReactionKink
    /// What constrained the data, set by the caller; `nil` when unconstrained.
    public var constraints: ConstraintRecord?

    /// A reaction from its fields; units as the properties state.
    public init(
        reactantA: String, reactantB: String, openElement: Element?, voltage: Double?, chemicalPotential: Double?,
        kinks: [InterfaceReactionKink], mostExothermic: InterfaceReactionKink, constraints: ConstraintRecord? = nil
    ) {
        self.reactantA = reactantA
        self.reactantB = reactantB
        self.openElement = openElement
        self.voltage = voltage
        self.chemicalPotential = chemicalPotential
        self.kinks = kinks
        self.mostExothermic = mostExothermic
        self.constraints = constraints
    }

    enum CodingKeys: String, CodingKey {
        case reactantA = "reactant_a"
        case reactantB = "reactant_b"
        case openElement = "open_element"
        case voltage
        case chemicalPotential = "mu"
        case kinks
        case mostExothermic = "most_exothermic"
        case constraints
    }

    /// Encodes with the field names of the command-line tool's JSON, writing `null` for absent
    /// values; the synthesised decoder reads the same names.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reactantA, forKey: .reactantA)
        try container.encode(reactantB, forKey: .reactantB)
        try container.encode(openElement, forKey: .openElement)
        try container.encode(voltage, forKey: .voltage)
        try container.encode(chemicalPotential, forKey: .chemicalPotential)
        try container.encode(kinks, forKey: .kinks)
        try container.encode(mostExothermic, forKey: .mostExothermic)
        try container.encode(constraints, forKey: .constraints)
    }
}

/// A phase named without an amount.
public struct PhaseName: Codable, Equatable, Sendable {
    /// The entry's id, or `nil`.
    public var id: String?
    /// Reduced formula.
    public var formula: String

    /// A phase by id and reduced formula.
    public init(id: String?, formula: String) {
        self.id = id
        self.formula = formula
    }

    /// Encodes with the field names of the command-line tool's JSON, writing `null` for absent
    /// values; the synthesised decoder reads the same names.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(formula, forKey: .formula)
    }
}

/// One layer of an interphase: a segment of the tie line x·M + (1 − x)·E (metal M, electrolyte
/// E) between two kinks, where the same phases coexist at one chemical potential of the metal.
///
/// JSON: `x_high`, `x_low`, `phases`, `mu`, `voltage`.
public struct InterphaseLayer: Codable, Equatable, Sendable {
    /// Metal-side end: atom fraction of the metal in the mixture.
    public var metalFractionHigh: Double
    /// Electrolyte-side end: atom fraction of the metal in the mixture.
    public var metalFractionLow: Double
    /// The coexisting phases (the metal itself where present), sorted by formula.
    public var phases: [PhaseName]
    /// The metal's chemical potential relative to the pure metal (eV/atom) in this layer.
    public var chemicalPotential: Double
    /// The same as a voltage vs the metal (V), or `nil` when the metal is not a working ion.
    public var voltage: Double?

    /// A layer from its fields; units as the properties state.
    public init(metalFractionHigh: Double, metalFractionLow: Double, phases: [PhaseName], chemicalPotential: Double, voltage: Double?) {
        self.metalFractionHigh = metalFractionHigh
        self.metalFractionLow = metalFractionLow
        self.phases = phases
        self.chemicalPotential = chemicalPotential
        self.voltage = voltage
    }

    enum CodingKeys: String, CodingKey {
        case metalFractionHigh = "x_high"
        case metalFractionLow = "x_low"
        case phases
        case chemicalPotential = "mu"
        case voltage
    }

    /// Encodes with the field names of the command-line tool's JSON, writing `null` for absent
    /// values; the synthesised decoder reads the same names.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(metalFractionHigh, forKey: .metalFractionHigh)
        try container.encode(metalFractionLow, forKey: .metalFractionLow)
        try container.encode(phases, forKey: .phases)
        try container.encode(chemicalPotential, forKey: .chemicalPotential)
        try container.encode(voltage, forKey: .voltage)
    }
}

/// The equilibrium interphase between a metal and an electrolyte: the layers from the metal
/// (x = 1) to the electrolyte (x = 0).
///
/// JSON: `electrolyte`, `metal`, `layers`, `constraints` (`null` when unconstrained).
public struct InterphaseProfile: Codable, Equatable, Sendable {
    /// The electrolyte as written.
    public var electrolyte: String
    /// The metal.
    public var metal: Element
    /// Layers from the metal side to the electrolyte side.
    public var layers: [InterphaseLayer]
    /// What constrained the data, set by the caller; `nil` when unconstrained.
    public var constraints: ConstraintRecord?

    /// A profile from its layers, metal side first.
    public init(electrolyte: String, metal: Element, layers: [InterphaseLayer], constraints: ConstraintRecord? = nil) {
        self.electrolyte = electrolyte
        self.metal = metal
        self.layers = layers
        self.constraints = constraints
    }

    /// Encodes with the field names of the command-line tool's JSON, writing `null` for absent
    /// values; the synthesised decoder reads the same names.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(electrolyte, forKey: .electrolyte)
        try container.encode(metal, forKey: .metal)
        try container.encode(layers, forKey: .layers)
        try container.encode(constraints, forKey: .constraints)
    }
}
