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
    /// The other elements held at fixed chemical potentials while the open one is swept:
    /// μ − μ⁰ (eV per atom, relative to the data's reference) by symbol; empty when none.
    package var fixedChemicalPotentials: [String: Double]

    /// A profile from its steps.
    ///
    /// - Parameters:
    ///   - formula: The input formula as written.
    ///   - openElement: The open element.
    ///   - steps: The steps from 0 V (μ − μ⁰ = 0) upward.
    ///   - fixedChemicalPotentials: μ − μ⁰ (eV) of each element held fixed, by symbol.
    package init(formula: String, openElement: Element, steps: [ProfileStep], fixedChemicalPotentials: [String: Double] = [:]) {
        self.formula = formula
        self.openElement = openElement
        self.steps = steps
        self.fixedChemicalPotentials = fixedChemicalPotentials
    }

    /// The chemical potentials (μ − μ⁰, eV) at which the equilibrium changes, descending.
    package var criticalChemicalPotentials: [Double] { steps.compactMap(\.chemicalPotentialLow) }

    /// The voltages at which the equilibrium changes, ascending (empty for non-metals).
    package var criticalVoltages: [Double] { steps.compactMap(\.voltageHigh) }

    enum CodingKeys: String, CodingKey {
        case formula
        case openElement = "open_element"
        case steps
        case fixedChemicalPotentials = "fixed_chemical_potentials"
    }
}
