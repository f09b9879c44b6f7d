import Foundation

/// Batch queries and results as JSON Lines: one JSON object per line (blank lines are skipped).
///
/// Queries for `interphase hull --input` are entries
/// `{"id": "x-1", "formula": "Li3PO4", "formation_energy_per_atom": -2.7}` — exactly one energy
/// key of `formation_energy_per_atom` (eV/atom), `energy_per_atom` (eV/atom) or `energy` (eV per
/// formula unit as written), on the scale of the reference data; `id` optional (string, number
/// or null). Queries for `interphase window --input` are `{"formula": "Li2PO2N"}`. Other keys
/// are ignored; a key given twice in one object is refused. Errors name the file and the
/// 1-based line.
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

    /// A JSON Lines file whose query lines (the non-blank ones) are found by a scan of its bytes
    /// for line ends, without decoding them: a command decodes only the block of queries it
    /// answers (``Shard``), one block at a time, so that what it holds is the file's bytes and
    /// one block, whatever the number of queries.
    ///
    /// Lines end at a line feed, a carriage return followed by a line feed, or a lone carriage
    /// return (raw control characters cannot occur inside a JSON string); other Unicode line
    /// separators (U+2028, U+0085) are ordinary characters inside strings. A line of only spaces
    /// and tabs is blank: it counts for the line numbers, not as a query.
    package struct Batch: Sendable {
        /// The file's name for messages.
        package let file: String
        /// The number of query lines.
        package let count: Int
        /// The file's bytes, as read (not copied).
        private let bytes: Data
        /// Where query line `k · checkpointSpacing` starts: its byte offset and its 1-based line
        /// number, so that a block is found without scanning from the start.
        private let checkpoints: [(offset: Int, line: Int)]
        private static let checkpointSpacing = 4096

        /// Finds the query lines of `data`.
        ///
        /// - Throws: ``DataError`` naming the file when it is binary or not UTF-8, or holds no
        ///   query line at all.
        /// - Complexity: O(size of the text); nothing is decoded.
        package init(_ data: Data, file: String) throws(DataError) {
            bytes = data.startIndex == 0 ? data : Data([UInt8](data))  // offsets count from 0
            let scanned = bytes.withUnsafeBytes { raw -> (count: Int, checkpoints: [(offset: Int, line: Int)])? in
                let text = raw.bindMemory(to: UInt8.self)
                guard Batch.isTextUTF8(text) else { return nil }
                var scanner = LineScanner(start: 0, linesBefore: 0)
                var checkpoints: [(offset: Int, line: Int)] = []
                var count = 0
                while let line = scanner.next(in: text) {
                    if count % Batch.checkpointSpacing == 0 { checkpoints.append((line.range.lowerBound, line.number)) }
                    count += 1
                }
                return (count, checkpoints)
            }
            guard let scanned else {
                throw DataError(file: file, problem: "is not a text file (binary or not UTF-8)")
            }
            self.file = file
            guard scanned.count > 0 else { throw DataError(file: file, problem: "contains no queries (one JSON object per line)") }
            self.count = scanned.count
            self.checkpoints = scanned.checkpoints
        }

        /// Whether `bytes` are valid UTF-8 without a zero byte, checked without a decoded copy:
        /// eight ASCII bytes at a time, the standard library's decoder for the others.
        ///
        /// - Complexity: O(size of the text).
        private static func isTextUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let count = bytes.count
            var index = 0
            while index < count {
                while index + 8 <= count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    // Stop at a byte ≥ 0x80 or a zero byte (for bytes < 0x80, a zero one is
                    // the one whose high bit the subtraction sets).
                    if (word | (word &- 0x0101_0101_0101_0101)) & 0x8080_8080_8080_8080 != 0 { break }
                    index += 8
                }
                guard index < count else { break }
                let byte = bytes[index]
                if byte == 0 { return false }
                if byte < 0x80 {
                    index += 1
                    continue
                }
                var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
                var decoder = UTF8()
                guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
                index += UTF8.width(scalar)
            }
            return true
        }

        /// The line numbers and byte ranges of the query lines at `positions` (0-based among
        /// the query lines).
        ///
        /// - Complexity: O(bytes from the nearest checkpoint to the block's end).
        private func lines(at positions: Range<Int>) -> [(number: Int, range: Range<Int>)] {
            let positions = positions.clamped(to: 0..<count)
            guard !positions.isEmpty else { return [] }
            let checkpoint = positions.lowerBound / Batch.checkpointSpacing
            let (offset, line) = checkpoints[checkpoint]
            var scanner = LineScanner(start: offset, linesBefore: line - 1)
            var position = checkpoint * Batch.checkpointSpacing
            var found: [(number: Int, range: Range<Int>)] = []
            found.reserveCapacity(positions.count)
            bytes.withUnsafeBytes { raw in
                let text = raw.bindMemory(to: UInt8.self)
                while position < positions.upperBound, let next = scanner.next(in: text) {
                    if position >= positions.lowerBound { found.append(next) }
                    position += 1
                }
            }
            return found
        }

        /// The query lines at `positions`, each read (``QueryFields``) and converted by
        /// `convert` (given the line number, the fields and a per-chunk cache of parsed
        /// formulas), in order.
        ///
        /// Lines are read and converted in chunks on all cores; the error reported is the one
        /// of the first failing line, whatever the scheduling.
        ///
        /// - Throws: ``DataError`` naming the file and line of the first line that is not a
        ///   JSON object (or repeats a key), or that `convert` refuses.
        /// - Complexity: O(size of the block's text), spread over the cores.
        fileprivate func converting<T: Sendable>(
            _ positions: Range<Int>,
            _ convert: @Sendable (Int, QueryFields, inout [String: Composition]) throws(DataError) -> T
        ) throws(DataError) -> [T] {
            let lines = lines(at: positions)
            let bytes = self.bytes
            let file = self.file
            return try concurrentBlocks(count: lines.count, size: 4096) { range throws(DataError) -> [T] in
                let outcome = bytes.withUnsafeBytes { raw -> Result<[T], DataError> in
                    let text = raw.bindMemory(to: UInt8.self)
                    var converted: [T] = []
                    converted.reserveCapacity(range.count)
                    var parsed: [String: Composition] = [:]
                    var scanner = FlatLineScanner()
                    for (number, range) in lines[range] {
                        let line = UnsafeBufferPointer(rebasing: text[range])
                        do throws(DataError) {
                            if let fields = scanner.fields(of: line) {
                                converted.append(try convert(number, fields, &parsed))
                            } else {
                                converted.append(try convert(number, try QueryFields.parsing(line, file: file, number: number), &parsed))
                            }
                        } catch {
                            return .failure(error)
                        }
                    }
                    return .success(converted)
                }
                return try outcome.get()
            }
        }

        /// Entry queries (see ``JSONLines``) at `positions` among the query lines.
        ///
        /// - Throws: ``DataError`` naming the file, line and key: malformed JSON, a repeated
        ///   key, no formula, a bad formula, no energy or more than one energy key, a non-finite
        ///   energy, a bad id.
        /// - Complexity: O(size of the block's text).
        package func entryQueries(at positions: Range<Int>) throws(DataError) -> [EntryQuery] {
            let file = self.file
            return try converting(positions) { line, fields, parsed throws(DataError) -> EntryQuery in
                try JSONLines.entryQuery(fields, file: file, line: line, parsed: &parsed)
            }
        }

        /// Composition queries (see ``JSONLines``) at `positions` among the query lines.
        ///
        /// - Throws: ``DataError`` naming the file, line and key: malformed JSON, a repeated
        ///   key, no formula or a bad one.
        /// - Complexity: O(size of the block's text).
        package func compositionQueries(at positions: Range<Int>) throws(DataError) -> [CompositionQuery] {
            let file = self.file
            return try converting(positions) { line, fields, parsed throws(DataError) -> CompositionQuery in
                let (text, composition) = try JSONLines.formula(fields, file: file, line: line, parsed: &parsed)
                return CompositionQuery(line: line, formula: text, composition: composition)
            }
        }
    }

    /// Finds line after line in a text's bytes, skipping blank ones (see ``Batch``).
    private struct LineScanner {
        /// Where the next line starts.
        var start: Int
        /// The lines (blank or not) before it.
        var linesBefore: Int

        /// The next non-blank line: its 1-based number and its bytes' range (without the line
        /// end); `nil` at the end of the text.
        mutating func next(in bytes: UnsafeBufferPointer<UInt8>) -> (number: Int, range: Range<Int>)? {
            let count = bytes.count
            while start < count {
                var end = start
                while end < count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
                let range = start..<end
                linesBefore += 1
                start = end < count && bytes[end] == 0x0D && end + 1 < count && bytes[end + 1] == 0x0A ? end + 2 : min(end + 1, count)
                if !bytes[range].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return (linesBefore, range) }
            }
            return nil
        }
    }

    /// The formula of one query object.
    private static func formula(
        _ fields: QueryFields, file: String, line: Int, parsed: inout [String: Composition]
    ) throws(DataError) -> (String, Composition) {
        guard let value = fields.formula else {
            throw DataError(file: file, location: .line(line), problem: "no \"formula\" key")
        }
        guard let formula = value.stringValue else {
            throw DataError(file: file, location: .line(line), field: "formula", problem: "expected a string, found \(value.kindName)")
        }
        // A formula without spaces is read faster than it is hashed; batches repeat the others
        // (polymorphs, screens): each distinct text is parsed once.
        if let composition = Composition(bytewise: formula) { return (formula, composition) }
        if let composition = parsed[formula] { return (formula, composition) }
        let composition = try parseFormulaField(formula, file: file, location: .line(line), field: "formula")
        parsed[formula] = composition
        return (formula, composition)
    }

    /// One entry query object (see ``JSONLines``).
    private static func entryQuery(
        _ fields: QueryFields, file: String, line: Int, parsed: inout [String: Composition]
    ) throws(DataError) -> EntryQuery {
        let (text, composition) = try formula(fields, file: file, line: line, parsed: &parsed)
        // The one energy given (not null), without a look-up by name per line.
        var given: (field: String, value: JSONValue, isPerFormulaUnit: Bool)?
        var count = 0
        if let value = fields.formationEnergyPerAtom, value != .null {
            given = (energyFields[0], value, false)
            count += 1
        }
        if let value = fields.energyPerAtom, value != .null {
            given = (energyFields[1], value, false)
            count += 1
        }
        if let value = fields.energy, value != .null {
            given = (energyFields[2], value, true)
            count += 1
        }
        guard count == 1, let (field, number, isPerFormulaUnit) = given else {
            let named = energyFields.filter { fields.energy($0).map { $0 != .null } ?? false }
            throw DataError(
                file: file, location: .line(line),
                problem: named.isEmpty
                    ? "no energy: give one of \"formation_energy_per_atom\", \"energy_per_atom\" (eV/atom) or \"energy\" (eV per formula unit)"
                    : "more than one energy (\(named.map { "\"\($0)\"" }.joined(separator: ", "))); give one")
        }
        guard let value = number.doubleValue else {
            throw DataError(file: file, location: .line(line), field: field, problem: "expected a number, found \(number.kindName)")
        }
        guard value.isFinite else {
            throw DataError(file: file, location: .line(line), field: field, problem: "is not a finite number")
        }
        var id: String?
        switch fields.id {
        case nil, .null?: id = nil
        case .string(let text)?: id = text
        case .number(let number)?: id = JSONValue.text(of: number)
        case let other?:
            throw DataError(file: file, location: .line(line), field: "id", problem: "expected a string or number, found \(other.kindName)")
        }
        let energy = isPerFormulaUnit ? value : value * composition.numberOfAtoms
        if let problem = EntryRecord.energyProblem(energy, of: composition) {
            throw DataError(file: file, location: .line(line), field: field, problem: problem)
        }
        return EntryQuery(
            line: line, entry: Entry(id: id, composition: composition, energy: energy), formula: text, energyField: field)
    }

    /// Entry queries (see ``JSONLines``): every query line of `data`.
    ///
    /// - Throws: as ``Batch/init(_:file:)`` and ``Batch/entryQueries(at:)``.
    /// - Complexity: O(size of the text).
    package static func entryQueries(_ data: Data, file: String) throws(DataError) -> [EntryQuery] {
        let batch = try Batch(data, file: file)
        return try batch.entryQueries(at: 0..<batch.count)
    }

    /// Composition queries (see ``JSONLines``): every query line of `data`.
    ///
    /// - Throws: as ``Batch/init(_:file:)`` and ``Batch/compositionQueries(at:)``.
    /// - Complexity: O(size of the text).
    package static func compositionQueries(_ data: Data, file: String) throws(DataError) -> [CompositionQuery] {
        let batch = try Batch(data, file: file)
        return try batch.compositionQueries(at: 0..<batch.count)
    }
}
