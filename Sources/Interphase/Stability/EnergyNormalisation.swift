/// What an energy of a result is divided by. Every reaction energy the library reports is in eV
/// per atom of *something*; the same reaction gives different numbers per atom of different
/// things, so a number quoted "per atom" must say which (a result names it beside the number:
/// ``GrandCanonicalDecomposition/reactionEnergyNormalisation``,
/// ``InterfaceReaction/energyNormalisation``, `CellInterface.decompositionEnergyNormalisation`, …).
///
/// The raw value is the phrase the CLI prints and the JSON carries (`"per atom of the input"`).
public enum EnergyNormalisation: String, Codable, Equatable, Sendable, CaseIterable, CustomStringConvertible {
    /// Per atom of the mixture x·A + (1 − x)·B, every element counted, each reactant normalised to
    /// one atom (pymatgen's `InterfacialReactivity(norm=True)`): a closed interface reaction.
    case perAtomOfMixture = "per atom of the mixture"
    /// Per atom of the closed elements of the mixture x·A + (1 − x)·B, the open and fixed
    /// elements not counted (pymatgen's `GrandPotentialInterfacialReactivity(norm=True)`): an
    /// interface reaction with a reservoir.
    case perAtomOfClosedElementsOfMixture = "per atom of the closed elements of the mixture"
    /// Per atom of the input as written, every element counted (the open element too): Li2PO2N
    /// has 6 atoms. The grand-potential change of a decomposition.
    case perAtomOfInput = "per atom of the input"
    /// Per atom of the reactants: the input as written plus the atoms it takes up from the
    /// reservoirs (released atoms are products and not counted). The closed reaction energy of a
    /// decomposition or a profile step: `Li2PO2N + 8 Li -> …` is per 14 atoms.
    case perAtomOfReactants = "per atom of the reactants"

    /// The phrase, e.g. `per atom of the input`.
    public var description: String { rawValue }
}
