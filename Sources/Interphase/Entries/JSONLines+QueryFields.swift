import Foundation

extension JSONLines {
    /// The members of one query line that the queries read — `formula`, the three energies and
    /// `id` — each as its JSON value (absent: `nil`); the line's other members are only checked.
    ///
    /// A line is read by one of two ways that agree (a test compares them on random and
    /// awkward lines): ``FlatLineScanner`` reads the common line — one object of plain members —
    /// straight from its bytes; any other line, and any line that is not valid, goes to
    /// ``JSONParser``, whose reading and messages are the reference.
    struct QueryFields: Equatable, Sendable {
        var formula: JSONValue?
        var formationEnergyPerAtom: JSONValue?
        var energyPerAtom: JSONValue?
        var energy: JSONValue?
        var id: JSONValue?

        init() {}

        /// The fields of a parsed object.
        init(_ object: [String: JSONValue]) {
            formula = object["formula"]
            formationEnergyPerAtom = object["formation_energy_per_atom"]
            energyPerAtom = object["energy_per_atom"]
            energy = object["energy"]
            id = object["id"]
        }

        /// The energy member named `field`, one of ``JSONLines/energyFields``.
        func energy(_ field: String) -> JSONValue? {
            switch field {
            case "formation_energy_per_atom": return formationEnergyPerAtom
            case "energy_per_atom": return energyPerAtom
            default: return energy
            }
        }

        /// The fields of one line by the full parser (the way of every line the scanner does not
        /// take).
        ///
        /// - Throws: ``DataError`` naming the file and line: not valid JSON, a repeated key (named),
        ///   not an object.
        static func parsing(_ line: UnsafeBufferPointer<UInt8>, file: String, number: Int) throws(DataError) -> QueryFields {
            let value: JSONValue
            do throws(JSONParser.Failure) {
                value = try JSONParser.parse(Array(line))
            } catch {
                if let key = error.repeatedKey {
                    throw DataError(file: file, location: .line(number), field: key, problem: JSONParser.Failure.repeatedKeyProblem)
                }
                throw DataError(file: file, location: .line(number),
                                problem: "is not valid JSON (expected one JSON object per line, e.g. {\"formula\": \"Li3PO4\"})")
            }
            guard let object = value.objectValue else {
                throw DataError(file: file, location: .line(number), problem: "expected a JSON object, found \(value.kindName)")
            }
            return QueryFields(object)
        }
    }

    /// Reads the common query line straight from its bytes: one object whose members are
    /// strings without escapes, numbers, `true`, `false` or `null`, with distinct keys without
    /// escapes, spaces and tabs between tokens — no `JSONValue` dictionary, no string per key.
    /// Anything else (nesting, an escape, a byte-order mark, a repeated key, a number beyond
    /// `Double`, any error) is not read here: ``fields(of:)`` returns `nil` and the line goes to
    /// ``QueryFields/parsing(_:file:number:)``, so that every message stays the full parser's.
    ///
    /// The text's bytes are valid UTF-8 (``Batch`` checks the whole file), so a string's bytes
    /// between its quotes are too.
    struct FlatLineScanner {
        /// The keys of the line being read, as byte ranges (kept between lines: no allocation
        /// per line).
        private var keys: [Range<Int>] = []

        init() {}

        /// The fields of `line`, or `nil` when the line is not a plain flat object (see above).
        ///
        /// - Complexity: O(length of the line + keys²).
        mutating func fields(of line: UnsafeBufferPointer<UInt8>) -> QueryFields? {
            keys.removeAll(keepingCapacity: true)
            var fields = QueryFields()
            var index = 0
            let count = line.count
            func skipBlanks() {
                while index < count, line[index] == 0x20 || line[index] == 0x09 { index += 1 }
            }
            /// The contents of the string whose opening quote is at `index`, leaving `index`
            /// after its closing quote; `nil` for an escape, a control character or no end.
            func plainString() -> Range<Int>? {
                index += 1
                let start = index
                while index < count {
                    let byte = line[index]
                    if byte == UInt8(ascii: "\"") {
                        index += 1
                        return start..<(index - 1)
                    }
                    if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
                    index += 1
                }
                return nil
            }
            skipBlanks()
            guard index < count, line[index] == UInt8(ascii: "{") else { return nil }
            index += 1
            skipBlanks()
            if index < count, line[index] == UInt8(ascii: "}") {
                index += 1
                skipBlanks()
                return index == count ? fields : nil
            }
            while true {
                guard index < count, line[index] == UInt8(ascii: "\""), let key = plainString() else { return nil }
                for earlier in keys where Self.same(earlier, key, in: line) { return nil }
                keys.append(key)
                skipBlanks()
                guard index < count, line[index] == UInt8(ascii: ":") else { return nil }
                index += 1
                skipBlanks()
                guard index < count else { return nil }
                let value: JSONValue
                switch line[index] {
                case UInt8(ascii: "\""):
                    guard let range = plainString() else { return nil }
                    value = .string(String(decoding: UnsafeBufferPointer(rebasing: line[range]), as: UTF8.self))
                case UInt8(ascii: "-"), 0x30...0x39:
                    guard case .value(let number) = JSONParser.readNumber(line, at: &index) else { return nil }
                    value = .number(number)
                case UInt8(ascii: "t"):
                    guard Self.word("true", in: line, at: &index) else { return nil }
                    value = .bool(true)
                case UInt8(ascii: "f"):
                    guard Self.word("false", in: line, at: &index) else { return nil }
                    value = .bool(false)
                case UInt8(ascii: "n"):
                    guard Self.word("null", in: line, at: &index) else { return nil }
                    value = .null
                default:
                    return nil  // an object, an array, or not JSON
                }
                switch key.count {
                case 2 where Self.key(key, in: line, is: "id"): fields.id = value
                case 6 where Self.key(key, in: line, is: "energy"): fields.energy = value
                case 7 where Self.key(key, in: line, is: "formula"): fields.formula = value
                case 15 where Self.key(key, in: line, is: "energy_per_atom"): fields.energyPerAtom = value
                case 25 where Self.key(key, in: line, is: "formation_energy_per_atom"): fields.formationEnergyPerAtom = value
                default: break
                }
                skipBlanks()
                guard index < count else { return nil }
                if line[index] == UInt8(ascii: ",") {
                    index += 1
                    skipBlanks()
                    continue
                }
                guard line[index] == UInt8(ascii: "}") else { return nil }
                index += 1
                skipBlanks()
                return index == count ? fields : nil
            }
        }

        /// Whether two keys have the same bytes.
        private static func same(_ first: Range<Int>, _ second: Range<Int>, in line: UnsafeBufferPointer<UInt8>) -> Bool {
            first.count == second.count && memcmp(line.baseAddress! + first.lowerBound, line.baseAddress! + second.lowerBound, first.count) == 0
        }

        /// Whether the key at `range` is `name` (whose length the caller has matched).
        private static func key(_ range: Range<Int>, in line: UnsafeBufferPointer<UInt8>, is name: StaticString) -> Bool {
            memcmp(line.baseAddress! + range.lowerBound, name.utf8Start, range.count) == 0
        }

        /// Whether `word` is at `index` (then skipped).
        private static func word(_ word: StaticString, in line: UnsafeBufferPointer<UInt8>, at index: inout Int) -> Bool {
            let length = word.utf8CodeUnitCount
            guard line.count - index >= length, memcmp(line.baseAddress! + index, word.utf8Start, length) == 0 else { return false }
            index += length
            return true
        }
    }
}
