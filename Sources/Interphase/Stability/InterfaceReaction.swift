/// The interface reaction between two compositions A and B (Richards et al., Chem. Mater. 28,
/// 266 (2016)): the reaction energy along the tie line x·A + (1 − x)·B and every kink, exactly.
///
/// JSON: `reactant_a`, `reactant_b`, `open_element`, `voltage`, `mu`, `kinks` (ordered by x, both
/// ends included), `most_exothermic` (one of the kinks), `constraints` (what was excluded or
/// admitted, `null` when nothing was), `fixed_chemical_potentials` (`{}` when none),
/// `include_no_mixing_energy` (whether ΔΦ counts each reactant's own reaction with the
/// reservoir; `false` without one).
public struct InterfaceReaction: Codable, Equatable, Sendable {
    /// Reactant A as written (x = 1).
    public var reactantA: String
    /// Reactant B as written (x = 0).
    public var reactantB: String
    /// The open element, or `nil`.
    @NullWhenAbsent public var openElement: Element?
    /// Its voltage vs its metal (V), or `nil`.
    @NullWhenAbsent package var voltage: Double?
    /// Its chemical potential relative to the pure element (eV/atom), or `nil`.
    @NullWhenAbsent package var chemicalPotential: Double?
    /// The kinks, ordered by x from 0 (pure B) to 1 (pure A).
    public var kinks: [InterfaceReactionKink]
    /// The kink with the most negative reaction energy (the first of equals in x order):
    /// the most favourable reaction.
    public var mostExothermic: InterfaceReactionKink
    /// What constrained the data, set by the caller; `nil` when unconstrained.
    @NullWhenAbsent package var constraints: ConstraintRecord?
    /// The elements held at fixed chemical potentials besides the open one: μ − μ⁰ (eV per
    /// atom) by symbol; empty when none.
    package var fixedChemicalPotentials: [String: Double] = [:]
    /// Whether the open reaction energies are measured from each reactant's own grand potential
    /// (pymatgen's `include_no_mixing_energy=True`: the end kinks carry the reactants' no-mixing
    /// energies) rather than from its equilibrium at the reservoir's potentials; always `false`
    /// without an open or fixed element. See
    /// `PhaseDiagram.interfaceReaction(_:_:formulaA:formulaB:openElement:fixed:includeNoMixingEnergy:)`.
    public var includesNoMixingEnergy = false

    /// What every kink's ``InterfaceReactionKink/energyPerAtom`` is divided by:
    /// ``EnergyNormalisation/perAtomOfMixture`` when closed,
    /// ``EnergyNormalisation/perAtomOfClosedElementsOfMixture`` with an open or fixed element.
    public var energyNormalisation: EnergyNormalisation {
        hasReservoir ? .perAtomOfClosedElementsOfMixture : .perAtomOfMixture
    }
    /// What every kink's ``InterfaceReactionKink/energyPerAtom`` is measured from:
    /// ``EnergyReference/reactantsAtHull`` when closed; with a reservoir
    /// ``EnergyReference/reactantsInEquilibriumWithReservoir``, or
    /// ``EnergyReference/reactantsAsWritten`` when ``includesNoMixingEnergy``.
    public var energyReference: EnergyReference {
        guard hasReservoir else { return .reactantsAtHull }
        return includesNoMixingEnergy ? .reactantsAsWritten : .reactantsInEquilibriumWithReservoir
    }
    /// The kinks' energy as a table names it: `ΔE` closed, `ΔΦ` with a reservoir.
    package var energySymbol: String { hasReservoir ? "ΔΦ" : "ΔE" }
    /// The line a table of kinks prints under its energy column: symbol, normalisation,
    /// reference and sign.
    package var energyLegend: String { energyReference.legend(energySymbol, energyNormalisation) }
    /// Whether an element is open or held at a fixed chemical potential.
    private var hasReservoir: Bool { openElement != nil || !fixedChemicalPotentials.isEmpty }

    enum CodingKeys: String, CodingKey {
        case reactantA = "reactant_a"
        case reactantB = "reactant_b"
        case openElement = "open_element"
        case voltage
        case chemicalPotential = "mu"
        case kinks
        case mostExothermic = "most_exothermic"
        case constraints
        case fixedChemicalPotentials = "fixed_chemical_potentials"
        case includesNoMixingEnergy = "include_no_mixing_energy"
    }
}
