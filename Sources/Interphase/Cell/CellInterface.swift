/// One interface of a cell: the electrolyte against one electrode at that electrode's voltage,
/// or, in a coated cell, two neighbouring layers of the stack cathode | coating … | electrolyte
/// at the cathode's voltage. What `label` (JSON `interface`) says it is (`anode|electrolyte`,
/// `cathode|electrolyte`, `cathode|coating`, `coating|coating`, `coating|electrolyte`); below,
/// "the electrode" is its first layer (the one nearer the cathode, or the anode) and "the
/// electrolyte" its second, whose own window and decomposition are read.
///
/// Three reactions describe it, each by its most exothermic energy, each in its own
/// normalisation (never compared with one another):
/// - ``decomposition``: the electrolyte alone at the electrode's voltage (the working ion open):
///   what it becomes when the voltage lies outside its window, ΔΦ per atom of the electrolyte
///   (0 inside the window);
/// - ``closed``: the interface reaction with the electrode as a closed mixture, pymatgen's
///   `InterfacialReactivity(norm=True, use_hull_energy=True)`, eV per atom of the mixture;
/// - ``open``: the interface reaction with the working ion open at the electrode's voltage,
///   pymatgen's `GrandPotentialInterfacialReactivity(norm=True, include_no_mixing_energy=False,
///   use_hull_energy=True)`, eV per atom of the closed elements of the mixture; `nil` for a
///   metal anode (the working ion itself has no closed elements).
///
/// The verdict reads two separated numbers: ``decompositionEnergy``, what the electrolyte does
/// by itself at this voltage, and ``electrodeReactionEnergy``, what the electrode adds beyond
/// that (the open reaction, which starts from each reactant's own equilibrium at the voltage),
/// each with its ``CellReactivity``.
///
/// In both reactions the electrode is reactant A (x = 1) and the electrolyte reactant B, so x is
/// the atom fraction of the electrode, as `interphase react ELECTRODE ELECTROLYTE` prints it.
///
/// JSON: `electrode`, `interface`, `voltage`, `window_position`, `window_margin_V`, `decomposition`, `closed`,
/// `open`, `layers`, `reaction_energy`, `reactivity`, `decomposition_energy`,
/// `decomposition_energy_normalisation`, `decomposition_reactivity`, `electrode_reaction_energy`,
/// `electrode_reaction_energy_normalisation`, `electrode_reactivity`.
public struct CellInterface: Codable, Equatable, Sendable {
    /// The electrode as written (in a coated stack, the layer nearer the cathode).
    public var electrode: String
    /// What the interface is: its two parts, electrode first, `cathode|coating`.
    package var label: String
    /// Its voltage vs the working-ion metal (V).
    public var voltage: Double
    /// Where the voltage lies against the electrolyte's window.
    public var windowPosition: WindowPosition
    /// How far inside the window the voltage lies (V): the smaller of its distances to the two
    /// limits; negative outside, by that many volts.
    public var windowMargin: Double
    /// What the electrolyte alone becomes at this voltage (the working ion open).
    public var decomposition: GrandCanonicalDecomposition
    /// The interface reaction with the electrode, closed.
    public var closed: InterfaceReaction
    /// The interface reaction with the working ion open at ``voltage``; `nil` for a metal anode.
    @NullWhenAbsent public var open: InterfaceReaction?
    /// The equilibrium interphase layers between a metal anode and the electrolyte; `nil` for any
    /// other electrode.
    @NullWhenAbsent public var layers: InterphaseProfile?
    /// The JSON's earlier `reaction_energy`, now ``electrodeReactionEnergy`` (ΔΦ per atom of the
    /// closed elements of the mixture): until 0.2 it was the most negative of three numbers
    /// divided by different things (the decomposition's, the closed and the open reaction's), so
    /// it compared unlike with unlike. Kept under its key for readers of the JSON.
    package var reactionEnergy: Double
    /// The JSON's earlier `reactivity`, now ``electrodeReactivity``.
    package var reactivity: CellReactivity
    /// What the electrolyte does by itself at this voltage: the ΔΦ of ``decomposition`` (eV per
    /// atom of the electrolyte as written, every element counted; ≤ 0, 0 inside its window).
    public var decompositionEnergy: Double
    /// How strongly the electrolyte decomposes by itself, from ``decompositionEnergy`` and the
    /// window (outside it, at least ``CellReactivity/weak``).
    public var decompositionReactivity: CellReactivity
    /// What the electrode adds beyond each reactant's own decomposition at this voltage: the
    /// most exothermic ΔΦ of ``open`` (eV per atom of the closed elements of the mixture, ≤ 0);
    /// 0 for a metal anode, which is the working ion's reservoir itself, so that its whole
    /// reaction with the electrolyte is the ``decomposition``.
    public var electrodeReactionEnergy: Double
    /// How strongly the electrode reacts with the electrolyte beyond that, from
    /// ``electrodeReactionEnergy`` alone.
    public var electrodeReactivity: CellReactivity

    /// What ``decompositionEnergy`` is divided by: ``EnergyNormalisation/perAtomOfInput`` (the
    /// electrolyte); measured from ``EnergyReference/givenChemicalPotentials``.
    package var decompositionEnergyNormalisation: EnergyNormalisation
    /// What ``electrodeReactionEnergy`` is divided by:
    /// ``EnergyNormalisation/perAtomOfClosedElementsOfMixture``; measured from
    /// ``EnergyReference/reactantsInEquilibriumWithReservoir``.
    package var electrodeReactionEnergyNormalisation: EnergyNormalisation

    /// A side from its reactions: the separated energies and their classes follow from them.
    ///
    /// - Parameters:
    ///   - electrode: The electrode as written.
    ///   - label: What the interface is, `cathode|coating`.
    ///   - voltage: Its voltage vs the working-ion metal (V).
    ///   - windowPosition: Where the voltage lies against the electrolyte's window.
    ///   - windowMargin: How far inside the window (V; negative outside).
    ///   - decomposition: The electrolyte alone at the voltage.
    ///   - closed: The closed interface reaction.
    ///   - open: The interface reaction with the working ion open; `nil` for a metal anode.
    ///   - layers: The interphase layers against a metal anode, or `nil`.
    init(
        electrode: String, label: String, voltage: Double, windowPosition: WindowPosition, windowMargin: Double,
        decomposition: GrandCanonicalDecomposition, closed: InterfaceReaction, open: InterfaceReaction?,
        layers: InterphaseProfile?
    ) {
        self.electrode = electrode
        self.label = label
        self.voltage = voltage
        self.windowPosition = windowPosition
        self.windowMargin = windowMargin
        self.decomposition = decomposition
        self.closed = closed
        self.open = open
        self.layers = layers
        let inside = windowPosition == .inside
        decompositionEnergy = decomposition.grandPotentialChangePerAtom
        decompositionEnergyNormalisation = decomposition.grandPotentialChangeNormalisation
        electrodeReactionEnergyNormalisation = .perAtomOfClosedElementsOfMixture
        decompositionReactivity = CellReactivity(energy: decompositionEnergy, insideWindow: inside)
        electrodeReactionEnergy = min(open?.mostExothermic.energyPerAtom ?? 0, 0)
        electrodeReactivity = CellReactivity(energy: electrodeReactionEnergy, insideWindow: true)
        reactionEnergy = electrodeReactionEnergy
        reactivity = electrodeReactivity
    }

    /// Where an electrode's voltage lies against an electrolyte's window.
    public enum WindowPosition: String, Codable, Equatable, Sendable {
        /// Within the window: the electrolyte alone neither takes up nor releases the working ion.
        case inside
        /// Below the reduction limit: the electrolyte is reduced (takes up the working ion).
        case reduced
        /// Above the oxidation limit: the electrolyte is oxidised (releases the working ion).
        case oxidised
    }

    enum CodingKeys: String, CodingKey {
        case electrode
        case label = "interface"
        case voltage
        case windowPosition = "window_position"
        case windowMargin = "window_margin_V"
        case decomposition, closed, open, layers
        case reactionEnergy = "reaction_energy"
        case reactivity
        case decompositionEnergy = "decomposition_energy"
        case decompositionEnergyNormalisation = "decomposition_energy_normalisation"
        case decompositionReactivity = "decomposition_reactivity"
        case electrodeReactionEnergy = "electrode_reaction_energy"
        case electrodeReactionEnergyNormalisation = "electrode_reaction_energy_normalisation"
        case electrodeReactivity = "electrode_reactivity"
    }
}
