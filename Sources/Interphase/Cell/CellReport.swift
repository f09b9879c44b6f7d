import Foundation

/// The answer to a ``CellQuestion``: the electrolyte's window against both electrode voltages,
/// both interfaces (``CellInterface``) and a verdict a person can read.
///
/// JSON: `anode`, `electrolyte`, `cathode`, `working_ion`, `anode_voltage`, `cathode_voltage`,
/// `window` (the electrolyte's ``StabilityWindow`` against the working ion), `anode_side` and
/// `cathode_side` (``CellInterface``), `verdict` (one line).
public struct CellReport: Codable, Equatable, Sendable {
    /// The anode as written.
    public var anode: String
    /// The electrolyte as written.
    public var electrolyte: String
    /// The cathode as written.
    public var cathode: String
    /// The working ion.
    public var workingIon: Element
    /// The anode's voltage vs the working-ion metal (V).
    public var anodeVoltage: Double
    /// The cathode's voltage (V).
    public var cathodeVoltage: Double
    /// The electrolyte's electrochemical stability window against the working ion.
    public var window: StabilityWindow
    /// The electrolyte against the anode at the anode's voltage.
    public var anodeSide: CellInterface
    /// The electrolyte against the cathode at the cathode's voltage.
    public var cathodeSide: CellInterface
    /// One line: which side reacts and how strongly (``CellReport/verdict(anode:electrolyte:cathode:window:anodeSide:cathodeSide:)``).
    public var verdict: String

    enum CodingKeys: String, CodingKey {
        case anode, electrolyte, cathode
        case workingIon = "working_ion"
        case anodeVoltage = "anode_voltage"
        case cathodeVoltage = "cathode_voltage"
        case window
        case anodeSide = "anode_side"
        case cathodeSide = "cathode_side"
        case verdict
    }

    /// The verdict rule, as one line: for each side where the electrode's voltage lies against
    /// the window (reduced below the reduction limit, oxidised above the oxidation limit), its
    /// ``CellReactivity`` and reaction energy with the products of the most exothermic of its
    /// three reactions; then which side reacts more strongly (by reactivity, then by reaction
    /// energy), or that neither reacts.
    ///
    /// - Parameters:
    ///   - anode: The anode as written.
    ///   - electrolyte: The electrolyte as written.
    ///   - cathode: The cathode as written.
    ///   - window: The electrolyte's window.
    ///   - anodeSide: The anode side.
    ///   - cathodeSide: The cathode side.
    /// - Returns: The line, e.g. `Li2PO2N (window 0.68–2.63 V) is reduced at Li (0 V): strong, …`.
    public static func verdict(
        anode: String, electrolyte: String, cathode: String, window: StabilityWindow,
        anodeSide: CellInterface, cathodeSide: CellInterface
    ) -> String {
        func volts(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "never" }
        func side(_ interface: CellInterface) -> String {
            let position = switch interface.windowPosition {
            case .inside: "is within its window"
            case .reduced: "is reduced"
            case .oxidised: "is oxidised"
            }
            let head = "\(position) at \(interface.electrode) (\(volts(interface.voltage)) V)"
            guard interface.reactivity != .none else { return head + ": no reaction" }
            return head + ": \(interface.reactivity.rawValue), \(String(format: "%.3f", interface.reactionEnergy)) eV/atom"
                + " → " + CellReport.products(of: interface).joined(separator: " + ")
        }
        var line = "\(electrolyte) (window \(volts(window.reductionLimitVoltage))–\(volts(window.oxidationLimitVoltage)) V) "
            + side(anodeSide) + "; " + side(cathodeSide) + ". "
        let sides = [(anodeSide, "anode"), (cathodeSide, "cathode")]
        let reacting = sides.filter { $0.0.reactivity != .none }
        if reacting.isEmpty {
            line += "Neither side reacts: the electrolyte is stable in this cell."
        } else if reacting.count == 1 {
            line += "Only the \(reacting[0].1) side reacts."
        } else {
            let (a, c) = (anodeSide, cathodeSide)
            let cathodeStronger = c.reactivity != a.reactivity ? c.reactivity > a.reactivity : c.reactionEnergy < a.reactionEnergy
            line += "Both sides react, the \(cathodeStronger ? "cathode" : "anode") side more strongly."
        }
        return line
    }

    /// The products of the reaction that gives a side its reaction energy.
    static func products(of interface: CellInterface) -> [String] {
        let candidates: [(Double, [PhaseAmount])] = [
            (interface.decomposition.grandPotentialChangePerAtom, interface.decomposition.products),
            (interface.closed.mostExothermic.energyPerAtom, interface.closed.mostExothermic.products),
        ] + (interface.open.map { [($0.mostExothermic.energyPerAtom, $0.mostExothermic.products)] } ?? [])
        let best = candidates.min { $0.0 < $1.0 }!
        return best.1.map(\.formula)
    }
}
