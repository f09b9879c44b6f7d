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
package enum JSONLines {
    /// One entry query and where it came from.
    package struct EntryQuery: Sendable {
        /// The 1-based line of the query in its file.
        package var line: Int
        /// The entry, energy in eV per formula unit as written.
        package var entry: Entry
        /// The formula as written (`Li2PO2N`; the entry's own name is the reduced `Li2PNO2`).
        package var formula: String
        /// The key the energy came from.
        package var energyField: String
    }

    /// One composition query and where it came from.
    package struct CompositionQuery: Sendable {
        /// The 1-based line of the query in its file.
        package var line: Int
        /// The formula as written.
        package var formula: String
        /// The parsed formula.
        package var composition: Composition
    }

    static let energyFields = ["formation_energy_per_atom", "energy_per_atom", "energy"]

    /// The non-blank lines of `data`, each parsed as a JSON object, with their line numbers.
    ///
    /// Lines end at a line feed, a carriage return followed by a line feed, or a lone carriage
    /// return (raw control characters cannot occur inside a JSON string); other Unicode line
    /// separators (U+2028, U+0085) are ordinary characters inside strings.
    ///
    /// - Throws: ``DataError`` naming the file and line of the first line that is not a JSON
    ///   object, or the file when it is binary or holds no object at all.
    /// - Complexity: O(size of the text).
    static func objects(_ data: Data, file: String) throws(DataError) -> [(line: Int, object: [String: JSONValue])] {
        try convertingLines(data, file: file) { line, object, _ throws(DataError) in (line, object) }
    }

    /// The non-blank lines of `data`, each parsed as a JSON object and converted by `convert`
    /// (given the line number, the object and a per-chunk cache of parsed formulas), in order.
    ///
    /// Lines are found in one pass, then parsed and converted in chunks on all cores; the error
    /// reported is the one of the first failing line, whatever the scheduling.
    ///
    /// - Throws: as ``objects(_:file:)``, and whatever `convert` throws.
    /// - Complexity: O(size of the text), spread over the cores.
    private static func convertingLines<T: Sendable>(
        _ data: Data, file: String,
        _ convert: @Sendable (Int, [String: JSONValue], inout [String: Composition]) throws(DataError) -> T
    ) throws(DataError) -> [T] {
        guard !data.contains(0), String(data: data, encoding: .utf8) != nil else {
            throw DataError(file: file, problem: "is not a text file (binary or not UTF-8)")
        }
        let bytes = [UInt8](data)
        var lines: [(number: Int, range: Range<Int>)] = []
        var number = 0
        var start = 0
        var index = 0
        func add(_ range: Range<Int>) {
            number += 1
            if !bytes[range].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { lines.append((number, range)) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                add(start..<index)
                index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        if start < bytes.count { add(start..<bytes.count) }
        guard !lines.isEmpty else { throw DataError(file: file, problem: "contains no queries (one JSON object per line)") }

        let chunkLines = lines
        let chunkBytes = bytes
        return try concurrentBlocks(count: lines.count, size: 4096) { range throws(DataError) -> [T] in
            var converted: [T] = []
            var parsed: [String: Composition] = [:]
            for (number, line) in chunkLines[range] {
                let value: JSONValue
                do {
                    value = try JSONParser.parse(Array(chunkBytes[line]))
                } catch {
                    throw DataError(file: file, location: .line(number),
                                    problem: "is not valid JSON (expected one JSON object per line, e.g. {\"formula\": \"Li3PO4\"})")
                }
                guard let object = value.objectValue else {
                    throw DataError(file: file, location: .line(number), problem: "expected a JSON object, found \(value.kindName)")
                }
                converted.append(try convert(number, object, &parsed))
            }
            return converted
        }
    }

    /// The formula of one query object.
    private static func formula(
        _ object: [String: JSONValue], file: String, line: Int, parsed: inout [String: Composition]
    ) throws(DataError) -> (String, Composition) {
        guard let value = object["formula"] else {
            throw DataError(file: file, location: .line(line), problem: "no \"formula\" key")
        }
        guard let formula = value.stringValue else {
            throw DataError(file: file, location: .line(line), field: "formula", problem: "expected a string, found \(value.kindName)")
        }
        // Batches repeat formulas (polymorphs, screens): each distinct text is parsed once.
        if let composition = parsed[formula] { return (formula, composition) }
        let composition = try parseFormulaField(formula, file: file, location: .line(line), field: "formula")
        parsed[formula] = composition
        return (formula, composition)
    }

    /// Entry queries (see ``JSONLines``).
    ///
    /// - Throws: ``DataError`` naming the file, line and key: malformed JSON, no formula, a bad
    ///   formula, no energy or more than one energy key, a non-finite energy, a bad id.
    /// - Complexity: O(size of the text).
    package static func entryQueries(_ data: Data, file: String) throws(DataError) -> [EntryQuery] {
        try convertingLines(data, file: file) { line, object, parsed throws(DataError) -> EntryQuery in
            let (text, composition) = try formula(object, file: file, line: line, parsed: &parsed)
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
            case .number(let number)?: id = JSONValue.text(of: number)
            case let other?:
                throw DataError(file: file, location: .line(line), field: "id", problem: "expected a string or number, found \(other.kindName)")
            }
            let energy = field == "energy" ? value : value * composition.numberOfAtoms
            if let problem = EntryRecord.energyProblem(energy, of: composition) {
                throw DataError(file: file, location: .line(line), field: field, problem: problem)
            }
            return EntryQuery(
                line: line, entry: Entry(id: id, composition: composition, energy: energy), formula: text, energyField: field)
        }
    }

    /// Composition queries (see ``JSONLines``).
    ///
    /// - Throws: ``DataError`` naming the file, line and key: malformed JSON, no formula or a
    ///   bad one.
    /// - Complexity: O(size of the text).
    package static func compositionQueries(_ data: Data, file: String) throws(DataError) -> [CompositionQuery] {
        try convertingLines(data, file: file) { line, object, parsed throws(DataError) -> CompositionQuery in
            let (text, composition) = try formula(object, file: file, line: line, parsed: &parsed)
            return CompositionQuery(line: line, formula: text, composition: composition)
        }
    }
}
