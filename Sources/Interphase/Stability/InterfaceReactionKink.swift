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
    /// ΔΦ per atom of the *closed* elements of the mixture (pymatgen's convention), from each
    /// reactant's equilibrium at the reservoir's potentials, or from its own grand potential when
    /// ``InterfaceReaction/includesNoMixingEnergy`` is set. The reaction names both:
    /// ``InterfaceReaction/energyNormalisation``, ``InterfaceReaction/energyReference``.
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
    @NullWhenAbsent public var openElementUptake: Double?

    enum CodingKeys: String, CodingKey {
        case x
        case energyPerAtom = "energy_per_atom"
        case reaction, products
        case openElementUptake = "open_element_uptake"
    }
}
