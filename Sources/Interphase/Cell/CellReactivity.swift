/// How strongly one reaction at an interface of a cell goes: the verdict rule's scale.
///
/// Read off one energy E (eV/atom) in its own normalisation, never a mixture of several: the
/// electrolyte's own decomposition (``CellInterface/decompositionEnergy``, per atom of the
/// electrolyte, with the window) or the electrode's reaction beyond it
/// (``CellInterface/electrodeReactionEnergy``, per atom of the closed elements of the mixture):
/// - ``none``: E > −`noneLimit` (and, for a decomposition, the voltage inside the window);
/// - ``weak``: E > −`weakLimit`, within the error of the Materials Project's fitted energies
///   (tens of meV/atom), so the sign of the reaction is uncertain;
/// - ``moderate``: E > −`strongLimit`;
/// - ``strong``: E ≤ −`strongLimit`, the range of Richards et al.'s reactive pairs (sulfides
///   against LiCoO2, lithium against most oxides).
///
/// A voltage outside the window makes the decomposition at least ``weak`` even when E rounds to
/// zero (an electrode reaction is read with `insideWindow: true`). These are Interphase's classes
/// for reading a result, not published thresholds; the energies themselves are in the result.
public enum CellReactivity: String, Codable, Comparable, Sendable {
    /// No reaction.
    case none
    /// A reaction within the error of the data.
    case weak
    /// A clear reaction.
    case moderate
    /// A strong reaction.
    case strong

    /// Below this magnitude (eV/atom) a reaction energy is no reaction: 1 meV/atom, far below
    /// DFT's precision for reaction energies.
    package static let noneLimit = 0.001
    /// Below this magnitude (eV/atom) a reaction is within the error of the data.
    package static let weakLimit = 0.05
    /// From this magnitude (eV/atom) a reaction is strong.
    package static let strongLimit = 0.2

    /// The class of reaction energy `energy` (eV/atom) at a voltage inside or outside the window.
    ///
    /// - Parameters:
    ///   - energy: The reaction energy, eV/atom (≤ 0).
    ///   - insideWindow: Whether the voltage lies inside the electrolyte's window.
    package init(energy: Double, insideWindow: Bool) {
        let magnitude = max(-energy, 0)
        if magnitude < Self.noneLimit { self = insideWindow ? .none : .weak }
        else if magnitude < Self.weakLimit { self = .weak }
        else if magnitude < Self.strongLimit { self = .moderate }
        else { self = .strong }
    }

    /// Weaker before stronger.
    public static func < (lhs: CellReactivity, rhs: CellReactivity) -> Bool {
        let order: [CellReactivity] = [.none, .weak, .moderate, .strong]
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}
