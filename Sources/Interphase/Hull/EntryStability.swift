/// The stability of one entry against the hull: the row of `interphase hull`.
///
/// JSON names follow the Materials Project API's (`id` rather than `material_id`).
public struct EntryStability: Codable, Equatable, Sendable {
    /// The entry's id, or `nil`.
    @NullWhenAbsent public var id: String?
    /// Reduced formula.
    public var formula: String
    /// Formation energy, eV/atom, over the diagram's elemental references.
    public var formationEnergyPerAtom: Double
    /// Energy above the hull, eV/atom (0 for stable entries).
    public var energyAboveHull: Double
    /// Whether the entry is a vertex of the hull.
    public var isStable: Bool
    /// Bartel et al.'s decomposition energy, eV/atom (see
    /// `PhaseDiagram.decompositionEnergy(ofEntryAt:)`); `nil` for the data's pure elements; for
    /// a queried pure element, its energy against the data's reference (negative below it: the
    /// element's new reference).
    @NullWhenAbsent public var decompositionEnergyPerAtom: Double?
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

}
