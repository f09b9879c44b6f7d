import Foundation

/// Batch queries and results as JSON Lines: one JSON object per line (blank lines are skipped).
///
/// Queries for `interphase hull --input` are entries
/// `{"id": "x-1", "formula": "Li3PO4", "formation_energy_per_atom": -2.7}` — exactly one energy
/// key of `formation_energy_per_atom` (eV/atom), `energy_per_atom` (eV/atom) or `energy` (eV per
/// formula unit as written), on the scale of the reference data; `id` optional (string, number
/// or null). Queries for `interphase window --input` are `{"formula": "Li2PO2N"}`. Other keys
/// are ignored. Errors name the file and the 1-based line.
///
/// Not part of the public API: the query readers of the command-line tool, visible only to a
/// client that imports `@_spi(Batch) import Interphase` (the tool and the fuzz targets).
@_spi(Batch)
public enum JSONLines {
    /// One entry query and where it came from.
    public struct EntryQuery: Sendable {
        /// The 1-based line of the query in its file.
        public var line: Int
        /// The entry, energy in eV per formula unit as written.
        public var entry: Entry
        /// The key the energy came from.
        public var energyField: String
    }

    /// One composition query and where it came from.
    public struct CompositionQuery: Sendable {
        /// The 1-based line of the query in its file.
        public var line: Int
        /// The formula as written.
        public var formula: String
        /// The parsed formula.
        public var composition: Composition
    }

    static let energyFields = ["formation_energy_per_atom", "energy_per_atom", "energy"]

    /// The non-blank lines of `data`, each parsed as a JSON object, with their line numbers.
    ///
    /// - Throws: ``DataError`` naming the file and line of the first line that is not a JSON
    ///   object, or the file when it is binary or holds no object at all.
    /// - Complexity: O(size of the text).
    static func objects(_ data: Data, file: String) throws(DataError) -> [(line: Int, object: [String: JSONValue])] {
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            throw DataError(file: file, problem: "is not a text file (binary or not UTF-8)")
        }
        var result: [(line: Int, object: [String: JSONValue])] = []
        let decoder = JSONDecoder()
        var number = 0
        // "\r\n" is one Character in Swift, and a newline.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            let value: JSONValue
            do {
                value = try decoder.decode(JSONValue.self, from: Data(line.utf8))
            } catch {
                throw DataError(file: file, location: .line(number),
                                problem: "is not valid JSON (expected one JSON object per line, e.g. {\"formula\": \"Li3PO4\"})")
            }
            guard let object = value.objectValue else {
                throw DataError(file: file, location: .line(number), problem: "expected a JSON object, found \(value.kindName)")
            }
            result.append((number, object))
        }
        guard !result.isEmpty else { throw DataError(file: file, problem: "contains no queries (one JSON object per line)") }
        return result
    }

    /// The formula of one query object.
    private static func formula(_ object: [String: JSONValue], file: String, line: Int) throws(DataError) -> (String, Composition) {
        guard let value = object["formula"] else {
            throw DataError(file: file, location: .line(line), problem: "no \"formula\" key")
        }
        guard let formula = value.stringValue else {
            throw DataError(file: file, location: .line(line), field: "formula", problem: "expected a string, found \(value.kindName)")
        }
        return (formula, try parseFormulaField(formula, file: file, location: .line(line), field: "formula"))
    }

    /// Entry queries (see ``JSONLines``).
    ///
    /// - Throws: ``DataError`` naming the file, line and key: malformed JSON, no formula, a bad
    ///   formula, no energy or more than one energy key, a non-finite energy, a bad id.
    /// - Complexity: O(size of the text).
    public static func entryQueries(_ data: Data, file: String) throws(DataError) -> [EntryQuery] {
        var queries: [EntryQuery] = []
        for (line, object) in try objects(data, file: file) {
            let (_, composition) = try formula(object, file: file, line: line)
            let given = energyFields.filter { object[$0] != nil && object[$0] != .null }
            guard given.count == 1, let field = given.first else {
                throw DataError(
                    file: file, location: .line(line),
                    problem: given.isEmpty
                        ? "no energy: give one of \"formation_energy_per_atom\", \"energy_per_atom\" (eV/atom) or \"energy\" (eV per formula unit)"
                        : "more than one energy (\(given.map { "\"\($0)\"" }.joined(separator: ", "))); give one")
            }
            guard let value = object[field]!.doubleValue else {
                throw DataError(file: file, location: .line(line), field: field, problem: "expected a number, found \(object[field]!.kindName)")
            }
            guard value.isFinite else {
                throw DataError(file: file, location: .line(line), field: field, problem: "is not a finite number")
            }
            var id: String?
            switch object["id"] {
            case nil, .null?: id = nil
            case .string(let text)?: id = text
            case .number(let number)?: id = number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
            case let other?:
                throw DataError(file: file, location: .line(line), field: "id", problem: "expected a string or number, found \(other.kindName)")
            }
            let energy = field == "energy" ? value : value * composition.numberOfAtoms
            queries.append(EntryQuery(line: line, entry: Entry(id: id, composition: composition, energy: energy), energyField: field))
        }
        return queries
    }

    /// Composition queries (see ``JSONLines``).
    ///
    /// - Throws: ``DataError`` naming the file, line and key: malformed JSON, no formula or a
    ///   bad one.
    /// - Complexity: O(size of the text).
    public static func compositionQueries(_ data: Data, file: String) throws(DataError) -> [CompositionQuery] {
        var queries: [CompositionQuery] = []
        for (line, object) in try objects(data, file: file) {
            let (text, composition) = try formula(object, file: file, line: line)
            queries.append(CompositionQuery(line: line, formula: text, composition: composition))
        }
        return queries
    }
}
