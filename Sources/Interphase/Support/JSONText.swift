/// JSON text written as UTF-8 bytes, scalars as `JSONEncoder` writes them
/// (`.withoutEscapingSlashes`), for hand-written encoders on hot paths
/// (``EntryStability/appendJSONLine(to:)``): appended into one reusable byte buffer, with no
/// `String` per value.
struct JSONText: TextOutputStream {
    /// The text so far.
    var bytes: [UInt8] = []

    /// An empty text with room for `capacity` bytes.
    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends text as it is (`TextOutputStream`).
    mutating func write(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    /// Appends ASCII bytes as they are: how `Double.write(to:)` hands over its digits, from a
    /// buffer on the stack (`TextOutputStream`).
    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
    }

    /// Appends JSON punctuation or a key as written (`"formula":`).
    mutating func append(raw text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends bytes as they are.
    mutating func append(raw text: [UInt8]) {
        bytes.append(contentsOf: text)
    }

    /// Appends bytes as they are.
    mutating func append(raw text: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: text)
    }

    /// Appends a finite number: Swift's shortest round-trip form (the digits of `description`),
    /// without a trailing `.0` (`1`, `0.25`, `1e-05`), as `JSONEncoder` writes it.
    mutating func append(_ value: Double) {
        value.write(to: &self)
        let count = bytes.count
        if count >= 2, bytes[count - 1] == UInt8(ascii: "0"), bytes[count - 2] == UInt8(ascii: ".") {
            bytes.removeLast(2)
        }
    }

    /// Appends a string in quotes, with `"`, `\` and control characters escaped (others, U+2028
    /// included, as they are).
    mutating func append(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            guard utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
                bytes.append(contentsOf: utf8)
                return
            }
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): append(raw: "\\\"")
                case UInt8(ascii: "\\"): append(raw: "\\\\")
                case UInt8(ascii: "\n"): append(raw: "\\n")
                case UInt8(ascii: "\r"): append(raw: "\\r")
                case UInt8(ascii: "\t"): append(raw: "\\t")
                case 0x08: append(raw: "\\b")
                case 0x0C: append(raw: "\\f")
                case 0..<0x20:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    append(raw: "\\u00")
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0xF)])
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends a string or `null`.
    mutating func append(_ value: String?) {
        if let value { append(value) } else { append(raw: "null") }
    }
}
