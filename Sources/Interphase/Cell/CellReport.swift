import Foundation

/// The answer to a `CellQuestion`: the electrolyte's window against both electrode voltages,
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
    package var workingIon: Element
    /// The anode's voltage vs the working-ion metal (V).
    package var anodeVoltage: Double
    /// The cathode's voltage (V).
    package var cathodeVoltage: Double
    /// The electrolyte's electrochemical stability window against the working ion.
    public var window: StabilityWindow
    /// The electrolyte against the anode at the anode's voltage.
    public var anodeSide: CellInterface
    /// The electrolyte against the cathode at the cathode's voltage.
    public var cathodeSide: CellInterface
    /// One line: what the electrolyte does by itself at each electrode's voltage and what each
    /// electrode adds beyond that, each with its own energy
    /// (`CellReport.verdict(anode:electrolyte:cathode:window:anodeSide:cathodeSide:)`).
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

    /// The verdict rule, as one line. For each side: where the electrode's voltage lies against
    /// the window, how strongly the electrolyte decomposes by itself there
    /// (``CellInterface/decompositionReactivity``, its ΔΦ per atom of the electrolyte and
    /// products), and how strongly the electrode reacts with it beyond that
    /// (``CellInterface/electrodeReactivity``, its ΔΦ per atom of the closed elements of the
    /// mixture and products; nothing for a metal anode, the working ion's reservoir itself).
    /// Then a summary that compares the sides like with like: the two decompositions with each
    /// other, the two electrode reactions with each other (by class, then by energy).
    ///
    /// - Parameters:
    ///   - anode: The anode as written.
    ///   - electrolyte: The electrolyte as written.
    ///   - cathode: The cathode as written.
    ///   - window: The electrolyte's window.
    ///   - anodeSide: The anode side.
    ///   - cathodeSide: The cathode side.
    /// - Returns: The line, e.g. `Li2PO2N (window 0.68–2.64 V). At Li (0.00 V): reduced by itself,
    ///   strong (ΔΦ -0.657 eV per atom of Li2PO2N → …); …`.
    package static func verdict(
        anode: String, electrolyte: String, cathode: String, window: StabilityWindow,
        anodeSide: CellInterface, cathodeSide: CellInterface
    ) -> String {
        func volts(_ value: Double?) -> String { value.map { NumberFormat.fixed($0, decimals: 2, negativeZero: .kept) } ?? "never" }
        func energy(_ symbol: String, _ value: Double, _ per: String, _ products: [PhaseAmount]) -> String {
            "\(symbol) \(NumberFormat.fixed(value, decimals: 3, negativeZero: .kept)) eV per atom of \(per) → " + products.map(\.formula).joined(separator: " + ")
        }
        func side(_ interface: CellInterface) -> String {
            let position = switch interface.windowPosition {
            case .inside: "within its window"
            case .reduced: "reduced"
            case .oxidised: "oxidised"
            }
            var text = "At \(interface.electrode) (\(volts(interface.voltage)) V): \(position)"
            if interface.decompositionReactivity == .none {
                text += ", stable by itself"
            } else {
                text += " by itself, \(interface.decompositionReactivity.rawValue) ("
                    + energy("ΔΦ", interface.decompositionEnergy, electrolyte, interface.decomposition.products) + ")"
            }
            guard let open = interface.open else {
                return text + "; the \(interface.electrode) metal adds nothing beyond that (it is the reservoir itself). "
            }
            if interface.electrodeReactivity == .none { return text + "; the electrode adds no reaction beyond that. " }
            return text + "; the electrode adds beyond that: \(interface.electrodeReactivity.rawValue) ("
                + energy("ΔΦ", interface.electrodeReactionEnergy, "the closed elements of the mixture", open.mostExothermic.products) + "). "
        }
        let sides = [(anodeSide, "anode"), (cathodeSide, "cathode")]
        func stronger(_ a: CellInterface, _ b: CellInterface, _ reactivity: KeyPath<CellInterface, CellReactivity>,
                      _ energy: KeyPath<CellInterface, Double>) -> Bool {
            a[keyPath: reactivity] != b[keyPath: reactivity] ? a[keyPath: reactivity] > b[keyPath: reactivity] : a[keyPath: energy] < b[keyPath: energy]
        }
        let decomposing = sides.filter { $0.0.decompositionReactivity != .none }
        let reacting = sides.filter { $0.0.electrodeReactivity != .none }
        var line = "\(electrolyte) (window \(window.voltageRangeText ?? "-")). "
            + side(anodeSide) + side(cathodeSide)
        if decomposing.isEmpty && reacting.isEmpty { return line + "Neither side reacts: the electrolyte is stable in this cell." }
        switch decomposing.count {
        case 0: line += "Its window covers both electrodes"
        case 1: line += "By itself it decomposes at the \(decomposing[0].1) only"
        default:
            let cathodeFirst = stronger(cathodeSide, anodeSide, \.decompositionReactivity, \.decompositionEnergy)
            line += "By itself it decomposes at both electrodes, more strongly at the \(cathodeFirst ? "cathode" : "anode")"
        }
        switch reacting.count {
        case 0: line += "; beyond that, neither electrode reacts with it."
        case 1:
            let reactivity = reacting[0].0.electrodeReactivity
            line += "; beyond that, only the \(reacting[0].1) reacts with it, \(reactivity.rawValue)ly"
                + (reactivity == .weak ? " (within the error of the data)." : ".")
        default:
            let cathodeFirst = stronger(cathodeSide, anodeSide, \.electrodeReactivity, \.electrodeReactionEnergy)
            line += "; beyond that, both electrodes react with it, the \(cathodeFirst ? "cathode" : "anode") more strongly."
        }
        return line
    }

    /// The lines a cell's table prints under its energy column, one for each kind of energy of
    /// a side: the electrolyte alone (``CellInterface/decompositionEnergy``), the closed reaction
    /// with the electrode and the reaction with the working ion open
    /// (``CellInterface/electrodeReactionEnergy``). Each is compared only with its own kind.
    package static var energyLegend: [String] {
        ["alone, " + decompositionLegend + " (the input is the electrolyte)",
         "closed, " + EnergyReference.reactantsAtHull.legend("ΔE", .perAtomOfMixture),
         "open, " + electrodeReactionLegend]
    }

    /// What ``CellInterface/decompositionEnergy`` is, in one phrase.
    static let decompositionLegend = EnergyReference.givenChemicalPotentials.legend("ΔΦ", .perAtomOfInput)
    /// What ``CellInterface/electrodeReactionEnergy`` is, in one phrase.
    static let electrodeReactionLegend = EnergyReference.reactantsInEquilibriumWithReservoir.legend("ΔΦ", .perAtomOfClosedElementsOfMixture)
}
