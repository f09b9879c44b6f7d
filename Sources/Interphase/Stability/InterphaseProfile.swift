/// The equilibrium interphase between a metal and an electrolyte: the layers from the metal
/// (x = 1) to the electrolyte (x = 0).
///
/// It carries no reaction energy: each layer's ``InterphaseLayer/chemicalPotential`` is the
/// metal's μ − μ⁰ (eV per atom of the metal, relative to the pure metal); the reaction energies
/// along the same tie line are the closed ``InterfaceReaction`` of metal and electrolyte.
///
/// JSON: `electrolyte`, `metal`, `layers`, `constraints` (`null` when unconstrained),
/// `fixed_chemical_potentials` (`{}` when none).
public struct InterphaseProfile: Codable, Equatable, Sendable {
    /// The electrolyte as written.
    public var electrolyte: String
    /// The metal.
    package var metal: Element
    /// Layers from the metal side to the electrolyte side.
    public var layers: [InterphaseLayer]
    /// What constrained the data, set by the caller; `nil` when unconstrained.
    @NullWhenAbsent package var constraints: ConstraintRecord?
    /// The elements held at fixed chemical potentials: μ − μ⁰ (eV per atom) by symbol; empty
    /// when none.
    package var fixedChemicalPotentials: [String: Double] = [:]

    enum CodingKeys: String, CodingKey {
        case electrolyte, metal, layers, constraints
        case fixedChemicalPotentials = "fixed_chemical_potentials"
    }
}
