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

    /// The atlas of the request's data: the caller's entries, else a bundled dataset (the CLI's
    /// `--data` names; the CLI's default without either), loaded once per process.
    func atlas() throws -> PhaseDiagramAtlas {
        if let entries {
            return PhaseDiagramAtlas(entries: try entries.map { entry in
                Entry(id: entry.entryID, composition: try composition(entry.composition), energy: entry.energy)
            })
        }
        return try BundledAtlases.shared.atlas(named: data ?? BundledDataset.default.rawValue)
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

/// The bundled datasets' atlases, each loaded the first time it is asked for (mp-legacy takes
/// 0.4 s to parse) and then shared, with the hulls its questions built.
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
        try lock.withLock {
            if let atlas = atlases[name] { return atlas }
            let atlas = PhaseDiagramAtlas(dataset: try Self.dataset(named: name))
            atlases[name] = atlas
            return atlas
        }
    }
}
