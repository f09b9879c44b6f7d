/// One interface of a cell: the electrolyte against one electrode at that electrode's voltage.
///
/// Three energies describe it, each the most exothermic of its kind:
/// - ``decomposition``: the electrolyte alone at the electrode's voltage (the working ion open):
///   what it becomes when the voltage lies outside its window, ΔΦ per atom of the electrolyte
///   (0 inside the window);
/// - ``closed``: the interface reaction with the electrode as a closed mixture, pymatgen's
///   `InterfacialReactivity(norm=True, use_hull_energy=True)`, eV per atom of the mixture;
/// - ``open``: the interface reaction with the working ion open at the electrode's voltage,
///   pymatgen's `GrandPotentialInterfacialReactivity(norm=True, include_no_mixing_energy=False,
///   use_hull_energy=True)`, eV per atom of the closed elements; `nil` for a metal anode (the
///   working ion itself has no closed elements).
///
/// In both reactions the electrode is reactant A (x = 1) and the electrolyte reactant B, so x is
/// the atom fraction of the electrode, as `interphase react ELECTRODE ELECTROLYTE` prints it.
///
/// JSON: `electrode`, `voltage`, `window_position`, `window_margin_V`, `decomposition`, `closed`,
/// `open`, `layers`, `reaction_energy`, `reactivity`.
public struct CellInterface: Codable, Equatable, Sendable {
    /// The electrode as written.
    public var electrode: String
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
    /// The side's reaction energy (eV/atom, ≤ 0): the most negative of the decomposition's ΔΦ,
    /// the closed reaction's and the open reaction's most exothermic energies.
    public var reactionEnergy: Double
    /// How strongly this side reacts, from ``reactionEnergy`` and the window.
    public var reactivity: CellReactivity

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
        case electrode, voltage
        case windowPosition = "window_position"
        case windowMargin = "window_margin_V"
        case decomposition, closed, open, layers
        case reactionEnergy = "reaction_energy"
        case reactivity
    }
}
