import Foundation

/// A strict JSON reader (RFC 8259) into ``JSONValue``, in one pass over the bytes.
///
/// Foundation's `JSONDecoder` decodes an untyped value by trying each type in turn, which costs
/// about cubically in the nesting depth (100 entries each carrying an unused 500-deep array took
/// 91 s); this reader costs O(size of the text) at any depth up to ``maximumDepth``. Its messages
/// are Foundation's where CONTRIBUTING.md's bad-input table shows them (`Unexpected end of file during JSON parse.`,
/// `Too many nested arrays or dictionaries around character 513.`).
struct JSONParser {
    /// The deepest nesting of arrays and objects accepted — `JSONSerialization`'s limit.
    static let maximumDepth = 512

    /// Why a text is not valid JSON, in Foundation's words; or which key an object repeats.
    struct Failure: Error {
        let reason: String
        /// The key an object gives twice (JSON leaves the meaning of a repeated key open; a
        /// reader that kept the last one would lose the first value without a word), if that is
        /// the failure.
        var repeatedKey: String?
        /// The 1-based line of the repeated key's second occurrence.
        var line: Int?

        /// What a repeated key is, in words, for a message that names the key and its line.
        static let repeatedKeyProblem = "the key is given twice in one object; give it once"
    }

    private let bytes: [UInt8]
    private var index = 0

    /// Parses one JSON document (any value at the top, surrounded by white space, after an
    /// optional UTF-8 byte-order mark).
    ///
    /// - Throws: ``Failure``.
    static func parse(_ data: Data) throws(Failure) -> JSONValue {
        try parse(Array(data))
    }

    /// The same, over bytes already in an array (one JSON Lines line, without a second copy).
    ///
    /// - Throws: ``Failure``.
    static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }  // a UTF-8 byte-order mark
        parser.skipWhitespace()
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.index == parser.bytes.count else { throw parser.unexpected() }
        return value
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func unexpected() -> Failure {
        guard index < bytes.count else { return Failure(reason: "Unexpected end of file during JSON parse.") }
        let byte = bytes[index]
        let shown = (0x21..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : String(format: "byte 0x%02X", byte)
        return Failure(reason: "Unexpected character \(shown) around character \(index + 1).")
    }

    /// The failure of an object that gives `key` twice, the second time at byte `offset`.
    private func repeated(_ key: String, at offset: Int) -> Failure {
        var line = 1
        for position in 0..<offset {
            let byte = bytes[position]
            if byte == 0x0A || (byte == 0x0D && (position + 1 == bytes.count || bytes[position + 1] != 0x0A)) { line += 1 }
        }
        return Failure(reason: "The key \"\(key)\" is given twice in one object around line \(line), character \(offset + 1).",
                       repeatedKey: key, line: line)
    }

    private mutating func value(depth: Int) throws(Failure) -> JSONValue {
        guard index < bytes.count else { throw unexpected() }
        switch bytes[index] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth < JSONParser.maximumDepth else {
                throw Failure(reason: "Too many nested arrays or dictionaries around character \(index + 1).")
            }
            return bytes[index] == UInt8(ascii: "{") ? try object(depth: depth + 1) : try array(depth: depth + 1)
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        default:
            return .number(try number())
        }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let start = index
        for byte in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            guard index < bytes.count, bytes[index] == byte else {
                if index >= bytes.count { throw unexpected() }
                index = start
                throw unexpected()
            }
            index += 1
        }
    }

    private mutating func array(depth: Int) throws(Failure) -> JSONValue {
        index += 1  // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try value(depth: depth))
            skipWhitespace()
            guard index < bytes.count else { throw unexpected() }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            throw unexpected()
        }
    }

    private mutating func object(depth: Int) throws(Failure) -> JSONValue {
        index += 1  // {
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw unexpected() }
            let keyStart = index
            let key = try string()
            if members[key] != nil { throw repeated(key, at: keyStart) }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw unexpected() }
            index += 1
            skipWhitespace()
            members[key] = try value(depth: depth)
            skipWhitespace()
            guard index < bytes.count else { throw unexpected() }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            throw unexpected()
        }
    }

    private mutating func string() throws(Failure) -> String {
        index += 1  // opening quote
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flush(_ end: Int) throws(Failure) {
            guard end > runStart else { return }
            guard let text = String(validating: bytes[runStart..<end], as: UTF8.self) else {
                throw Failure(reason: "Invalid UTF-8 in a string around character \(runStart + 1).")
            }
            scalars.append(contentsOf: text.unicodeScalars)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if scalars.isEmpty {
                    // No escape met (every escape appends a scalar): the run is the whole string.
                    guard let text = String(validating: bytes[runStart..<index], as: UTF8.self) else {
                        throw Failure(reason: "Invalid UTF-8 in a string around character \(runStart + 1).")
                    }
                    index += 1
                    return text
                }
                try flush(index)
                index += 1
                return String(scalars)
            }
            if byte < 0x20 {
                throw Failure(reason: "Unescaped control character around character \(index + 1).")
            }
            if byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            try flush(index)
            index += 1
            guard index < bytes.count else { throw unexpected() }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                var code = try hexQuad()
                if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count,
                    bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                {
                    let saved = index
                    index += 2
                    let low = try hexQuad()
                    if (0xDC00..<0xE000).contains(low) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        index = saved
                    }
                }
                // A lone surrogate has no scalar: U+FFFD, as Foundation reads it.
                scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
            default:
                index -= 1
                throw Failure(reason: "Invalid escape sequence around character \(index + 1).")
            }
            runStart = index
        }
        throw unexpected()
    }

    private mutating func hexQuad() throws(Failure) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = UInt32(String(Unicode.Scalar(bytes[index])), radix: 16) else {
                throw unexpected()
            }
            code = code * 16 + digit
            index += 1
        }
        return code
    }

    /// A number in JSON's grammar (``readNumber(_:at:)``).
    private mutating func number() throws(Failure) -> Double {
        let start = index
        var end = index
        let reading = bytes.withUnsafeBufferPointer { JSONParser.readNumber($0, at: &end) }
        index = end
        switch reading {
        case .value(let value): return value
        case .notInGrammar: throw unexpected()
        case .notRepresentable:
            throw Failure(reason: "Number \(String(decoding: bytes[start..<index], as: UTF8.self)) is not representable in Swift.")
        }
    }

    /// A number read by ``readNumber(_:at:)``: its value, or why there is none.
    enum NumberReading {
        case value(Double)
        /// The bytes break JSON's grammar (at the index left).
        case notInGrammar
        /// Beyond `Double`'s range (`1e400`).
        case notRepresentable
    }

    /// Reads the number in JSON's grammar `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?` at
    /// `index` of `bytes` — its value as ``DecimalNumber/value(utf8:)`` reads it, finite —
    /// leaving `index` after it, or at the byte where the grammar fails. Shared by this parser
    /// and the JSON Lines fast path (``JSONLines/FlatLineScanner``).
    ///
    /// - Complexity: O(length of the number).
    static func readNumber(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> NumberReading {
        let start = index
        let count = bytes.count
        func digits() -> Int {
            let first = index
            while index < count, bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
            return index - first
        }
        if index < count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < count, bytes[index] >= 0x30 && bytes[index] <= 0x39 else { return .notInGrammar }
        if bytes[index] == UInt8(ascii: "0") { index += 1 } else { _ = digits() }
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return .notInGrammar }
        }
        if index < count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return .notInGrammar }
        }
        guard let value = DecimalNumber.value(utf8: UnsafeBufferPointer(rebasing: bytes[start..<index])), value.isFinite else {
            return .notRepresentable
        }
        return .value(value)
    }
}
