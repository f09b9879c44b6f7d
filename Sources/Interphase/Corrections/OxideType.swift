/// What kind of oxygen a compound holds, which decides its MP2020 oxygen correction.
///
/// The Materials Project decides it from O–O distances in the structure and records it as
/// `data.oxide_type`; Interphase's loaders keep that in ``Entry/attributes`` (`oxide_type`).
package enum OxideType: String, CaseIterable, Sendable, Codable {
    /// O²⁻ (including hydroxides): −0.687 eV per O in MP2020.
    case oxide
    /// O₂²⁻, average O state −1.
    case peroxide
    /// O₂⁻, average O state −½.
    case superoxide
    /// O₃⁻, average O state −⅓ (MP2020 correction 0).
    case ozonide
    /// No oxygen correction (no O, pure oxygen, or the data say so).
    case none = "None"

    /// The attribute holding the oxide type.
    package static let attribute = "oxide_type"

    /// The average oxidation state of O, or `nil` for ``none``.
    package var oxygenOxidationState: Double? {
        switch self {
        case .oxide: return -2
        case .peroxide: return -1
        case .superoxide: return -0.5
        case .ozonide: return -1.0 / 3.0
        case .none: return nil
        }
    }

    /// The oxide type of an entry: its `oxide_type` attribute when present (`hydroxide` counts as
    /// `oxide`, as in MP2020; `None` means no oxygen correction even if O is present), otherwise
    /// ``inferred(from:label:)`` from its formula. Pure elements are always ``none``.
    ///
    /// - Throws: ``CorrectionError/unknownOxideType(entry:value:)`` for an attribute with another
    ///   value, or the errors of ``inferred(from:label:)``.
    package static func of(_ entry: Entry) throws(CorrectionError) -> OxideType {
        if entry.isElement { return .none }
        if let text = entry.attributes[attribute] {
            switch text.lowercased() {
            case "oxide", "hydroxide": return .oxide
            case "peroxide": return .peroxide
            case "superoxide": return .superoxide
            case "ozonide": return .ozonide
            case "none": return .none
            default: throw .unknownOxideType(entry: entry.label, value: text)
            }
        }
        return try inferred(from: entry.composition, label: entry.label)
    }

    /// The oxide type from a formula alone, where it is unambiguous.
    ///
    /// Rule: with every other element in its highest common oxidation state
    /// (the common oxidation states of pymatgen's `Element.common_oxidation_states`; elements more electronegative than O, i.e. F, at their
    /// least negative state), if their total positive charge can balance every O at −2 the
    /// compound is an **oxide** (this includes metal-rich suboxides such as Zr3O, and mixed
    /// valence such as Fe3O4). Otherwise the compound is oxygen-rich: if every other element is a
    /// fixed-valence cation (Li, Na, Mg, Ba, Zn, Al, H, …) the average O state −(Σ n q)/n_O must
    /// be −1 (**peroxide**, Li2O2, BaO2, H2O2), −½ (**superoxide**, LiO2, KO2) or −⅓
    /// (**ozonide**, LiO3); anything else is refused. No O or pure O → ``none``.
    ///
    /// - Parameters:
    ///   - composition: The formula.
    ///   - label: The entry's name for messages (default: the reduced formula).
    /// - Throws: ``CorrectionError/ambiguousOxideType(entry:reason:)`` when the compound is
    ///   oxygen-rich and a multivalent element could make it anything (NO3, MnO4 with Mn below
    ///   +8, …), when O would have another average state, or when O is not an anion (OF2).
    package static func inferred(from composition: Composition, label: String? = nil) throws(CorrectionError) -> OxideType {
        let oxygen = Element(symbol: "O")!
        let oxygenAtoms = composition[oxygen]
        guard oxygenAtoms > 0, composition.amounts.count > 1 else { return .none }
        let label = label ?? composition.reducedFormula
        let tolerance = Tolerance.chargeBalance * composition.numberOfAtoms
        var highestCharge = 0.0
        var fixedCharge = 0.0
        var multivalent: [String] = []
        for part in composition.amounts where part.element != oxygen {
            let (element, amount) = (part.element, part.amount)
            let states = CommonOxidationStates.of(element)
            if element.electronegativity > oxygen.electronegativity {
                highestCharge += amount * Double(states?.negative?.upperBound ?? 0)
                multivalent.append(element.symbol)
            } else {
                highestCharge += amount * Double(states?.positive?.upperBound ?? 0)
                if let states, states.isFixedValenceCation {
                    fixedCharge += amount * Double(states.positive!.lowerBound)
                } else {
                    multivalent.append(element.symbol)
                }
            }
        }
        if highestCharge >= 2 * oxygenAtoms - tolerance { return .oxide }
        guard multivalent.isEmpty else {
            let available = NumberFormat.formulaAmount(highestCharge, omittingOne: false)
            let needed = NumberFormat.formulaAmount(2 * oxygenAtoms, omittingOne: false)
            return try refuse(label, "the other elements supply at most +\(available) per formula unit against −\(needed) for O²⁻, and \(multivalent.joined(separator: ", ")) could be in several states")
        }
        let state = -fixedCharge / oxygenAtoms
        for type in [OxideType.peroxide, .superoxide, .ozonide] where abs(state - type.oxygenOxidationState!) <= Tolerance.chargeBalance {
            return type
        }
        return try refuse(label, "O would have an average oxidation state of \(NumberFormat.formulaAmount(state, omittingOne: false)), not −2, −1, −1/2 or −1/3")
    }

    private static func refuse(_ label: String, _ reason: String) throws(CorrectionError) -> OxideType {
        throw .ambiguousOxideType(entry: label, reason: reason)
    }
}
