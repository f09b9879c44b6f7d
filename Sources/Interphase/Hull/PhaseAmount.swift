/// A phase named in a result: its id, reduced formula and an amount whose unit the owner states
/// (atom fraction in hull decompositions; formula units per formula unit of the input in
/// decompositions at fixed chemical potentials).
public struct PhaseAmount: Codable, Equatable, Sendable {
    /// The entry's id, or `nil`.
    public var id: String?
    /// Reduced formula (`P2O5`).
    public var formula: String
    /// The amount; see the owning result for its unit.
    public var amount: Double

    /// A phase and its amount.
    /// - Parameters:
    ///   - id: The entry's id, or `nil`.
    ///   - formula: Reduced formula.
    ///   - amount: The amount, in the owning result's unit.
    public init(id: String?, formula: String, amount: Double) {
        self.id = id
        self.formula = formula
        self.amount = amount
    }

    /// Encodes with the field names of the command-line tool's JSON, writing `null` for absent
    /// values; the synthesised decoder reads the same names.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(formula, forKey: .formula)
        try container.encode(amount, forKey: .amount)
    }
}

/// The stability of one entry against the hull: the row of `interphase hull`.
///
/// JSON names follow the Materials Project API's (`id` rather than `material_id`).
public struct EntryStability: Codable, Equatable, Sendable {
    /// The entry's id, or `nil`.
    public var id: String?
    /// Reduced formula.
    public var formula: String
    /// Formation energy, eV/atom, over the diagram's elemental references.
    public var formationEnergyPerAtom: Double
    /// Energy above the hull, eV/atom (0 for stable entries).
    public var energyAboveHull: Double
    /// Whether the entry is a vertex of the hull.
    public var isStable: Bool
    /// Bartel et al.'s decomposition energy, eV/atom (see
    /// ``PhaseDiagram/decompositionEnergy(ofEntryAt:)``); `nil` for pure elements.
    public var decompositionEnergyPerAtom: Double?
    /// The stable phases the entry's composition decomposes into, amounts as atom fractions;
    /// empty when the entry is stable.
    public var decomposesTo: [PhaseAmount]

    enum CodingKeys: String, CodingKey {
        case id, formula
        case formationEnergyPerAtom = "formation_energy_per_atom"
        case energyAboveHull = "energy_above_hull"
        case isStable = "is_stable"
        case decompositionEnergyPerAtom = "decomposition_energy_per_atom"
        case decomposesTo = "decomposes_to"
    }

    /// Encodes with the field names of the command-line tool's JSON, writing `null` for absent
    /// values; the synthesised decoder reads the same names.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(formula, forKey: .formula)
        try container.encode(formationEnergyPerAtom, forKey: .formationEnergyPerAtom)
        try container.encode(energyAboveHull, forKey: .energyAboveHull)
        try container.encode(isStable, forKey: .isStable)
        try container.encode(decompositionEnergyPerAtom, forKey: .decompositionEnergyPerAtom)
        try container.encode(decomposesTo, forKey: .decomposesTo)
    }
}

extension PhaseDiagram {
    /// The stability of ``entries``[`index`]: formation energy, energy above hull, whether it
    /// is stable, Bartel's decomposition energy and its decomposition products.
    ///
    /// - Parameter index: An index into ``entries``.
    /// - Returns: The row of `interphase hull` (JSON field names as the tool's).
    /// - Complexity: O(F·d), plus one subsystem hull when the entry is stable.
    public func stability(ofEntryAt index: Int) -> EntryStability {
        let entry = entries[index]
        let stable = isStable(entryAt: index)
        let products: [PhaseAmount] = stable ? [] : (try! decompositionIndices(of: entry.composition)).map {
            PhaseAmount(id: entries[$0.index].id, formula: entries[$0.index].formula, amount: $0.fraction)
        }
        return EntryStability(
            id: entry.id, formula: entry.formula,
            formationEnergyPerAtom: formationEnergiesPerAtom[index],
            energyAboveHull: energyAboveHull(ofEntryAt: index),
            isStable: stable,
            decompositionEnergyPerAtom: decompositionEnergy(ofEntryAt: index),
            decomposesTo: products)
    }
}
