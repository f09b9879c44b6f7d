import Foundation
import Interphase
import InterphaseMPLegacy

/// One front-door question from Python, as the JSON the `interphase` package sends: the data
/// (a bundled dataset's name or the caller's entries), the question's own arguments and its
/// conditions. Every field is optional; each question reads the ones it needs and the front
/// door validates the conditions, as for the CLI.
struct QuestionRequest: Decodable {
    /// One of the caller's entries: a composition (symbol → atoms), energy (eV per formula unit
    /// as given) and optional id.
    struct RequestEntry: Decodable {
        var composition: [String: Double]
        var energy: Double
        var entryID: String?

        enum CodingKeys: String, CodingKey {
            case composition, energy
            case entryID = "entry_id"
        }
    }

    var data: String?
    var entries: [RequestEntry]?
    var formula: String?
    var reactants: [String]?
    var elements: [String]?
    var openElement: String?
    var voltage: Double?
    var chemicalPotential: Double?
    var fixed: [String: Double]?
    var anode: String?
    var electrolyte: String?
    var cathode: String?
    var cathodeVoltage: Double?
    var anodeVoltage: Double?
    var candidates: [String]?

    enum CodingKeys: String, CodingKey {
        case data, entries, formula, reactants, elements, voltage, fixed, anode, electrolyte, cathode, candidates
        case openElement = "open_element"
        case chemicalPotential = "chemical_potential"
        case cathodeVoltage = "cathode_voltage"
        case anodeVoltage = "anode_voltage"
    }

    /// The atlas of the request's data for `question` under `conditions`: the caller's entries,
    /// else a bundled dataset (the CLI's `--data` names, the CLI's default `mp-legacy` without
    /// either), of which the whole Materials Project is read as the CLI reads it, only the
    /// entries made of the question's elements (``scope(of:)``).
    func atlas(for question: String, under conditions: Conditions) throws -> PhaseDiagramAtlas {
        if let entries {
            return PhaseDiagramAtlas(entries: try entries.map { entry in
                Entry(id: entry.entryID, composition: try composition(entry.composition), energy: entry.energy)
            })
        }
        let name = data ?? MPLegacyDataset.name
        guard name == MPLegacyDataset.name, let elements = scope(of: question).elements(under: conditions) else {
            return try BundledAtlases.shared.atlas(named: name)
        }
        return try BundledAtlases.shared.mpLegacyAtlas(within: elements)
    }

    /// The part of the data `question` needs, as the CLI's command of that question reads it:
    /// the elements of its formulas (those that parse: the question names the others), its
    /// elements, and for a cell the working ion.
    func scope(of question: String) -> QuestionScope {
        let compositions = { (formulas: [String?]) in formulas.compactMap { $0.flatMap { try? Composition(parsing: $0) } } }
        switch question {
        case "stability_window": return .elements(of: compositions([formula]))
        case "interface_reaction": return .elements(of: compositions(reactants ?? []))
        case "chemical_potential_diagram": return .elements(of: [], plus: (elements ?? []).compactMap { Element(symbol: $0) })
        case "cell", "screen":
            return .elements(of: compositions([anode, cathode, electrolyte] + (candidates ?? [])), plus: [QuestionKind.defaultOpenElement])
        default: return .wholeData
        }
    }

    /// The question's conditions: the open element at a voltage or chemical potential, and
    /// fixed chemical potentials (eV relative to the data's reference).
    func conditions() throws -> Conditions {
        var conditions = Conditions()
        if let openElement { conditions.openElement = try element(openElement) }
        if let voltage { conditions.openPotential = .voltage(voltage) }
        if let chemicalPotential { conditions.openPotential = .chemicalPotential(chemicalPotential) }
        conditions.fixedChemicalPotentials = try (fixed ?? [:]).sorted { $0.key < $1.key }.map {
            FixedChemicalPotential(try element($0.key), chemicalPotential: $0.value)
        }
        return conditions
    }

    /// The request's `name` field, which the question needs.
    func required<Value>(_ value: Value?, _ name: String) throws -> Value {
        guard let value else { throw CFailure(invalidInput: "this question needs \(name)") }
        return value
    }
}

/// An element from its symbol, or the failure naming it.
func element(_ symbol: String) throws -> Element {
    guard let element = Element(symbol: symbol) else { throw CFailure(invalidInput: "\(symbol) is not an element symbol") }
    return element
}

/// A composition from symbol → atoms.
func composition(_ amounts: [String: Double]) throws -> Composition {
    var table: [Element: Double] = [:]
    for (symbol, amount) in amounts { table[try element(symbol), default: 0] += amount }
    return try Composition(table)
}

/// The bundled datasets' atlases, each loaded the first time it is asked for and then shared,
/// with the hulls its questions built: whole datasets by name, and of the whole Materials
/// Project the part made of a question's elements (by those elements).
final class BundledAtlases: @unchecked Sendable {
    static let shared = BundledAtlases()
    private let lock = NSLock()
    private var atlases: [String: PhaseDiagramAtlas] = [:]

    /// The dataset named `name`, as the CLI's `--data` names it.
    static func dataset(named name: String) throws -> Dataset {
        if let bundled = BundledDataset(rawValue: name) { return try bundled.load() }
        if name == MPLegacyDataset.name { return try MPLegacyDataset.load() }
        let names = (BundledDataset.allCases.map(\.rawValue) + [MPLegacyDataset.name]).joined(separator: ", ")
        throw CFailure(invalidInput: "no bundled data named \(name); bundled: \(names)")
    }

    func atlas(named name: String) throws -> PhaseDiagramAtlas {
        try cached(name) { PhaseDiagramAtlas(dataset: try Self.dataset(named: name)) }
    }

    /// The atlas of the whole Materials Project's entries made of `elements` (read through the
    /// data's index, as the CLI reads it: Li–P–O–N in under a millisecond).
    ///
    /// - Throws: ``StabilityError/elementNotInData(formula:element:)`` when none of `elements`
    ///   has entries, as the CLI.
    func mpLegacyAtlas(within elements: Set<Element>) throws -> PhaseDiagramAtlas {
        if let absent = elements.sorted().first, elements.isDisjoint(with: MPLegacyDataset.elements) {
            throw StabilityError.elementNotInData(formula: absent.symbol, element: absent)
        }
        let key = MPLegacyDataset.name + ":" + elements.sorted().map(\.symbol).joined(separator: "-")
        return try cached(key) { PhaseDiagramAtlas(dataset: try MPLegacyDataset.load(within: elements)) }
    }

    /// The atlas kept under `key`, made by `make` the first time.
    private func cached(_ key: String, _ make: () throws -> PhaseDiagramAtlas) throws -> PhaseDiagramAtlas {
        try lock.withLock {
            if let atlas = atlases[key] { return atlas }
            let atlas = try make()
            atlases[key] = atlas
            return atlas
        }
    }
}
