import Foundation

/// The answer to a `CellQuestion`: the electrolyte's window against both electrode voltages,
/// both interfaces (``CellInterface``) and a verdict a person can read; in a coated cell, each
/// coating's window and every interface of the stack cathode | coating … | electrolyte, all at
/// the cathode's voltage.
///
/// JSON: `anode`, `electrolyte`, `cathode`, `coatings` (as written, from the cathode outwards;
/// `[]` uncoated), `working_ion`, `anode_voltage`, `cathode_voltage`, `window` (the electrolyte's
/// ``StabilityWindow`` against the working ion), `coating_windows` (one per coating),
/// `anode_side` and `cathode_side` (``CellInterface``; in a coated cell the cathode side is the
/// electrolyte against the outermost coating), `cathode_interfaces` (from the cathode outwards;
/// uncoated, the cathode side alone), `verdict` (one line).
public struct CellReport: Codable, Equatable, Sendable {
    /// The anode as written.
    public var anode: String
    /// The electrolyte as written.
    public var electrolyte: String
    /// The cathode as written.
    public var cathode: String
    /// The coatings as written, from the cathode outwards (none for an uncoated cell); for a
    /// library reader, `coatingWindows.map(\.formula)`.
    package var coatings: [String]
    /// The working ion.
    package var workingIon: Element
    /// The anode's voltage vs the working-ion metal (V).
    package var anodeVoltage: Double
    /// The cathode's voltage (V).
    package var cathodeVoltage: Double
    /// The electrolyte's electrochemical stability window against the working ion.
    public var window: StabilityWindow
    /// Each coating's window against the working ion, in the order of the coatings, from the cathode outwards.
    public var coatingWindows: [StabilityWindow]
    /// The electrolyte against the anode at the anode's voltage.
    public var anodeSide: CellInterface
    /// The electrolyte against the layer it touches on the cathode's side (the cathode, or the
    /// outermost coating) at the cathode's voltage: the last of ``cathodeInterfaces``.
    public var cathodeSide: CellInterface
    /// Every interface from the cathode to the electrolyte at the cathode's voltage: cathode |
    /// coating, coating | coating …, coating | electrolyte; uncoated, ``cathodeSide`` alone.
    public var cathodeInterfaces: [CellInterface]
    /// One line: what the electrolyte does by itself at each electrode's voltage and what each
    /// electrode (or coating) adds beyond that, each with its own energy; then each coating
    /// interface.
    public var verdict: String

    enum CodingKeys: String, CodingKey {
        case anode, electrolyte, cathode, coatings
        case workingIon = "working_ion"
        case anodeVoltage = "anode_voltage"
        case cathodeVoltage = "cathode_voltage"
        case window
        case coatingWindows = "coating_windows"
        case anodeSide = "anode_side"
        case cathodeSide = "cathode_side"
        case cathodeInterfaces = "cathode_interfaces"
        case verdict
    }

    /// A report from its parts; the cathode side and the verdict follow from them.
    ///
    /// - Parameters:
    ///   - anode: The anode as written.
    ///   - electrolyte: The electrolyte as written.
    ///   - cathode: The cathode as written.
    ///   - coatings: The coatings as written, from the cathode outwards.
    ///   - workingIon: The working ion.
    ///   - anodeVoltage: The anode's voltage (V).
    ///   - cathodeVoltage: The cathode's voltage (V).
    ///   - window: The electrolyte's window.
    ///   - coatingWindows: Each coating's window.
    ///   - anodeSide: The anode | electrolyte interface.
    ///   - cathodeInterfaces: The interfaces from the cathode to the electrolyte (at least one).
    init(
        anode: String, electrolyte: String, cathode: String, coatings: [String], workingIon: Element, anodeVoltage: Double,
        cathodeVoltage: Double, window: StabilityWindow, coatingWindows: [StabilityWindow], anodeSide: CellInterface,
        cathodeInterfaces: [CellInterface]
    ) {
        self.anode = anode
        self.electrolyte = electrolyte
        self.cathode = cathode
        self.coatings = coatings
        self.workingIon = workingIon
        self.anodeVoltage = anodeVoltage
        self.cathodeVoltage = cathodeVoltage
        self.window = window
        self.coatingWindows = coatingWindows
        self.anodeSide = anodeSide
        self.cathodeSide = cathodeInterfaces.last!
        self.cathodeInterfaces = cathodeInterfaces
        verdict = Self.verdict(electrolyte: electrolyte, window: window, anodeSide: anodeSide, cathodeInterfaces: cathodeInterfaces,
                               coatingWindows: coatingWindows)
    }

    /// The verdict rule, as one line. For each side: where the electrode's voltage lies against
    /// the window, how strongly the electrolyte decomposes by itself there
    /// (``CellInterface/decompositionReactivity``, its ΔΦ per atom of the electrolyte and
    /// products), and how strongly the electrode (in a coated cell, the outermost coating)
    /// reacts with it beyond that (``CellInterface/electrodeReactivity``, its ΔΦ per atom of the
    /// closed elements of the mixture and products; nothing for a metal anode, the working ion's
    /// reservoir itself). Then a summary that compares the sides like with like: the two
    /// decompositions with each other, the two electrode reactions with each other (by class,
    /// then by energy). Then, in a coated cell, each coating in the same terms at the interface
    /// beneath it (cathode | coating, coating | coating).
    ///
    /// - Parameters:
    ///   - electrolyte: The electrolyte as written.
    ///   - window: The electrolyte's window.
    ///   - anodeSide: The anode side.
    ///   - cathodeInterfaces: The interfaces from the cathode to the electrolyte.
    ///   - coatingWindows: Each coating's window.
    /// - Returns: The line, e.g. `Li2PO2N (window 0.68–2.64 V). At Li (0.00 V): reduced by itself,
    ///   strong (ΔΦ -0.657 eV per atom of Li2PO2N → …); …`.
    package static func verdict(
        electrolyte: String, window: StabilityWindow, anodeSide: CellInterface, cathodeInterfaces: [CellInterface],
        coatingWindows: [StabilityWindow]
    ) -> String {
        func volts(_ value: Double?) -> String { value.map { NumberFormat.fixed($0, decimals: 2, negativeZero: .kept) } ?? "never" }
        func energy(_ symbol: String, _ value: Double, _ per: String, _ products: [PhaseAmount]) -> String {
            "\(symbol) \(NumberFormat.fixed(value, decimals: 3, negativeZero: .kept)) eV per atom of \(per) → " + products.map(\.formula).joined(separator: " + ")
        }
        func side(_ interface: CellInterface, at place: String, adding role: String) -> String {
            let position = switch interface.windowPosition {
            case .inside: "within its window"
            case .reduced: "reduced"
            case .oxidised: "oxidised"
            }
            var text = "\(place): \(position)"
            if interface.decompositionReactivity == .none {
                text += ", stable by itself"
            } else {
                text += " by itself, \(interface.decompositionReactivity.rawValue) ("
                    + energy("ΔΦ", interface.decompositionEnergy, interface.decomposition.formula, interface.decomposition.products) + ")"
            }
            guard let open = interface.open else {
                return text + "; the \(interface.electrode) metal adds nothing beyond that (it is the reservoir itself). "
            }
            if interface.electrodeReactivity == .none { return text + "; the \(role) adds no reaction beyond that. " }
            return text + "; the \(role) adds beyond that: \(interface.electrodeReactivity.rawValue) ("
                + energy("ΔΦ", interface.electrodeReactionEnergy, "the closed elements of the mixture", open.mostExothermic.products) + "). "
        }
        let cathodeSide = cathodeInterfaces.last!
        let coated = cathodeInterfaces.count > 1
        let cathodeName = coated ? "coating" : "cathode"
        let sides = [(anodeSide, "anode"), (cathodeSide, cathodeName)]
        func stronger(_ a: CellInterface, _ b: CellInterface, _ reactivity: KeyPath<CellInterface, CellReactivity>,
                      _ energy: KeyPath<CellInterface, Double>) -> Bool {
            a[keyPath: reactivity] != b[keyPath: reactivity] ? a[keyPath: reactivity] > b[keyPath: reactivity] : a[keyPath: energy] < b[keyPath: energy]
        }
        func at(_ interface: CellInterface) -> String { "At \(interface.electrode) (\(volts(interface.voltage)) V)" }
        let decomposing = sides.filter { $0.0.decompositionReactivity != .none }
        let reacting = sides.filter { $0.0.electrodeReactivity != .none }
        var line = "\(electrolyte) (window \(window.voltageRangeText ?? "-")). "
            + side(anodeSide, at: at(anodeSide), adding: "electrode")
            + side(cathodeSide, at: coated ? at(cathodeSide) + ", the coating on the cathode" : at(cathodeSide),
                   adding: coated ? "coating" : "electrode")
        var summary: String
        if decomposing.isEmpty && reacting.isEmpty {
            summary = "Neither side reacts: the electrolyte is stable in this cell."
        } else {
            switch decomposing.count {
            case 0: summary = "Its window covers both electrodes"
            case 1: summary = "By itself it decomposes at the \(decomposing[0].1) only"
            default:
                let cathodeFirst = stronger(cathodeSide, anodeSide, \.decompositionReactivity, \.decompositionEnergy)
                summary = "By itself it decomposes at both electrodes, more strongly at the \(cathodeFirst ? cathodeName : "anode")"
            }
            switch reacting.count {
            case 0: summary += "; beyond that, neither \(coated ? "the anode nor the coating" : "electrode") reacts with it."
            case 1:
                let reactivity = reacting[0].0.electrodeReactivity
                summary += "; beyond that, only the \(reacting[0].1) reacts with it, \(reactivity.rawValue)ly"
                    + (reactivity == .weak ? " (within the error of the data)." : ".")
            default:
                let cathodeFirst = stronger(cathodeSide, anodeSide, \.electrodeReactivity, \.electrodeReactionEnergy)
                summary += "; beyond that, both \(coated ? "the anode and the coating" : "electrodes") react with it, the \(cathodeFirst ? cathodeName : "anode") more strongly."
            }
        }
        line += summary
        for (index, interface) in cathodeInterfaces.dropLast().enumerated() {
            let coating = coatingWindows[index]
            line += " Coating \(coating.formula) (window \(coating.voltageRangeText ?? "-")), "
                + side(interface, at: "\(interface.label) \(interface.electrode) | \(coating.formula) at \(volts(interface.voltage)) V",
                       adding: interface.label.hasPrefix("cathode") ? "cathode" : "coating beneath")
                .trimmingCharacters(in: .whitespaces)
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
