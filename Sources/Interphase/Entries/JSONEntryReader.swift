import Foundation

/// Reads entries from JSON: pymatgen entry dictionaries or Materials Project API documents.
///
/// - pymatgen: a list of, or an object whose values are, `ComputedEntry`,
///   `ComputedStructureEntry` or `PDEntry` dictionaries (`composition`, `energy`, `correction` or
///   `energy_adjustments`, `entry_id`). The energy used is pymatgen's: uncorrected plus
///   correction (the sum of `energy_adjustments` when present, otherwise `correction`).
/// - Materials Project summary documents: a list (or `{"data": [...]}`) of objects with
///   `material_id`, `formula_pretty` or `composition`, and `energy_per_atom`,
///   `uncorrected_energy_per_atom` or `formation_energy_per_atom`; the rule of
///   ``EntryRecord/resolve(_:file:)`` chooses the energy and the dataset's notes say which.
enum JSONEntryReader {
    /// Parses a JSON document of entries.
    ///
    /// - Throws: ``DataError`` naming the file, the record (1-based) and the field.
    static func read(_ data: Data, file: String) throws(DataError) -> Dataset {
        let document = try JSONValue.parse(data, file: file)
        let items: [JSONValue]
        switch document {
        case .array(let array):
            items = array
        case .object(let object):
            if object["composition"] != nil || object["@class"] != nil {
                items = [document]
            } else if case .array(let array)? = object["data"] {
                items = array
            } else {
                items = object.keys.sorted().map { object[$0]! }
            }
        default:
            throw DataError(file: file, problem: "expected a JSON list or object of entries, found \(document.kindName)")
        }
        guard !items.isEmpty else { throw DataError(file: file, problem: "contains no entries") }
        var records: [EntryRecord] = []
        for (offset, item) in items.enumerated() {
            let location = DataError.Location.record(offset + 1)
            guard let object = item.objectValue else {
                throw DataError(file: file, location: location, problem: "expected an entry object, found \(item.kindName)")
            }
            if object["energy"] != nil {
                records.append(try pymatgenRecord(object, file: file, location: location))
            } else if object["energy_per_atom"] != nil || object["formation_energy_per_atom"] != nil
                || object["uncorrected_energy_per_atom"] != nil
            {
                records.append(try materialsProjectRecord(object, file: file, location: location))
            } else {
                throw DataError(
                    file: file, location: location,
                    problem: "neither a pymatgen entry (no \"energy\") nor a Materials Project document (no \"energy_per_atom\" or \"formation_energy_per_atom\")")
            }
        }
        return try EntryRecord.resolve(records, file: file)
    }

    private static func pymatgenRecord(
        _ object: [String: JSONValue], file: String, location: DataError.Location
    ) throws(DataError) -> EntryRecord {
        let composition = try composition(of: object, file: file, location: location)
        let uncorrected = try number(object, "energy", file: file, location: location, required: true)!
        var correction = 0.0
        if case .array(let adjustments)? = object["energy_adjustments"], !adjustments.isEmpty {
            for adjustment in adjustments {
                correction += try adjustmentValue(adjustment, file: file, location: location)
            }
        } else if let value = try number(object, "correction", file: file, location: location, required: false) {
            correction = value
        }
        var record = EntryRecord(location: location, id: nil, composition: composition)
        record.id = object["entry_id"]?.attributeText.flatMap { $0.isEmpty ? nil : $0 }
        record.totalEnergy = uncorrected + correction
        record.totalField = "energy"
        record.correction = correction
        if let className = object["@class"]?.stringValue { record.attributes["class"] = className }
        if let name = object["name"]?.stringValue { record.attributes["name"] = name }
        for source in [object["parameters"], object["data"]] {
            for (key, value) in source?.objectValue ?? [:] {
                if let text = value.attributeText { record.attributes[key] = text }
            }
        }
        return record
    }

    /// The value of one pymatgen energy adjustment, eV per formula unit.
    private static func adjustmentValue(
        _ adjustment: JSONValue, file: String, location: DataError.Location
    ) throws(DataError) -> Double {
        guard let object = adjustment.objectValue else {
            throw DataError(file: file, location: location, field: "energy_adjustments", problem: "an adjustment is not an object")
        }
        if let perAtom = object["adj_per_atom"]?.doubleValue, let atoms = object["n_atoms"]?.doubleValue {
            return try finite(perAtom * atoms, file: file, location: location, field: "energy_adjustments")
        }
        if let perDegree = object["adj_per_deg"]?.doubleValue, let temperature = object["temp"]?.doubleValue,
            let atoms = object["n_atoms"]?.doubleValue
        {
            return try finite(perDegree * temperature * atoms, file: file, location: location, field: "energy_adjustments")
        }
        guard let value = try number(object, "value", file: file, location: location, required: false) else {
            throw DataError(file: file, location: location, field: "energy_adjustments", problem: "an adjustment has no \"value\"")
        }
        return value
    }

    private static func materialsProjectRecord(
        _ object: [String: JSONValue], file: String, location: DataError.Location
    ) throws(DataError) -> EntryRecord {
        let composition = try composition(of: object, file: file, location: location)
        var record = EntryRecord(location: location, id: nil, composition: composition)
        record.id = object["material_id"]?.attributeText.flatMap { $0.isEmpty ? nil : $0 }
        if let value = try number(object, "energy_per_atom", file: file, location: location, required: false) {
            record.totalEnergy = value * composition.numberOfAtoms
            record.totalField = "energy_per_atom"
        } else if let value = try number(object, "uncorrected_energy_per_atom", file: file, location: location, required: false) {
            record.totalEnergy = value * composition.numberOfAtoms
            record.totalField = "uncorrected_energy_per_atom"
        }
        record.formationEnergyPerAtom = try number(
            object, "formation_energy_per_atom", file: file, location: location, required: false)
        for key in ["energy_above_hull", "is_stable", "theoretical", "formula_pretty"] {
            if let text = object[key]?.attributeText { record.attributes[key] = text }
        }
        return record
    }

    private static func composition(
        of object: [String: JSONValue], file: String, location: DataError.Location
    ) throws(DataError) -> Composition {
        switch object["composition"] {
        case .object(let amounts)?:
            var parsed: [Element: Double] = [:]
            for (symbol, value) in amounts {
                guard let element = Element(symbol: symbol) else {
                    throw DataError(file: file, location: location, field: "composition", problem: "unknown element \"\(symbol)\"")
                }
                guard let amount = value.doubleValue, amount.isFinite, amount >= 0 else {
                    throw DataError(file: file, location: location, field: "composition",
                                    problem: "the amount of \(symbol) is not a finite, non-negative number")
                }
                parsed[element, default: 0] += amount
            }
            do {
                return try Composition(parsed)
            } catch {
                if case .tooManyAtoms(_, let total) = error {
                    throw DataError(file: file, location: location, field: "composition",
                                    problem: "\(total) atoms per formula unit is more than the \(Int(Composition.maximumAtoms)) allowed")
                }
                throw DataError(file: file, location: location, field: "composition", problem: "contains no atoms")
            }
        case .string(let formula)?:
            return try parseFormulaField(formula, file: file, location: location, field: "composition")
        case nil:
            if let formula = object["formula_pretty"]?.stringValue {
                return try parseFormulaField(formula, file: file, location: location, field: "formula_pretty")
            }
            throw DataError(file: file, location: location, field: "composition", problem: "is missing")
        default:
            throw DataError(file: file, location: location, field: "composition", problem: "is neither an object nor a formula")
        }
    }

    private static func number(
        _ object: [String: JSONValue], _ key: String, file: String, location: DataError.Location, required: Bool
    ) throws(DataError) -> Double? {
        switch object[key] {
        case .number(let value)?:
            return try finite(value, file: file, location: location, field: key)
        case nil, .null?:
            if required { throw DataError(file: file, location: location, field: key, problem: "is missing") }
            return nil
        case .string(let text)?:
            throw DataError(file: file, location: location, field: key, problem: "\"\(text)\" is not a number")
        case let other?:
            throw DataError(file: file, location: location, field: key, problem: "expected a number, found \(other.kindName)")
        }
    }

    private static func finite(_ value: Double, file: String, location: DataError.Location, field: String) throws(DataError) -> Double {
        guard value.isFinite else {
            throw DataError(file: file, location: location, field: field, problem: "is not a finite number")
        }
        return value
    }
}

extension JSONValue {
    /// `an object`, `a number`, ... for messages.
    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}
