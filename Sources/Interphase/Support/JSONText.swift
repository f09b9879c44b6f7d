/// JSON scalars written as `JSONEncoder` writes them (`.withoutEscapingSlashes`), for hand-written
/// encoders on hot paths (``EntryStability/appendJSONLine(to:)``).
enum JSONText {
    /// A finite number: Swift's shortest round-trip form, without a trailing `.0` (`1`, `0.25`,
    /// `1e-05`), as `JSONEncoder` writes it.
    static func append(_ value: Double, to text: inout String) {
        let written = value.description
        text += written.hasSuffix(".0") ? written.dropLast(2) : Substring(written)
    }

    /// A string in quotes, with `"`, `\` and control characters escaped.
    static func append(_ value: String, to text: inout String) {
        text += "\""
        if value.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }) {
            text += value
        } else {
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": text += "\\\""
                case "\\": text += "\\\\"
                case "\n": text += "\\n"
                case "\r": text += "\\r"
                case "\t": text += "\\t"
                case "\u{08}": text += "\\b"
                case "\u{0C}": text += "\\f"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }

    /// A string or `null`.
    static func append(_ value: String?, to text: inout String) {
        if let value { append(value, to: &text) } else { text += "null" }
    }
}
