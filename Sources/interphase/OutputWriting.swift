import Foundation
import Interphase

/// Writes results as the CLI prints them.
enum OutputWriting {
    /// Writes `bytes` to standard output as they are (no copy into a `String` or `Data`).
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return }
            FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none))
        }
    }

    /// Pretty JSON with keys in declaration order... sorted for stable output, and a final newline.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .throw
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// JSON Lines: one compact JSON object per line (keys sorted), each line ending in a newline.
    ///
    /// - Throws: `EncodingError` for a non-finite number.
    static func jsonLines<T: Encodable>(_ values: [T]) throws -> String {
        let encoder = jsonLineEncoder()
        var bytes: [UInt8] = []
        for value in values { try appendJSONLine(value, with: encoder, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The encoder of JSON Lines rows: compact, keys sorted, slashes as they are, non-finite
    /// numbers refused. One per output, not one per row.
    static func jsonLineEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .throw
        return encoder
    }

    /// Appends `value` as one JSON Lines row (its compact JSON and a line feed) to `bytes`.
    ///
    /// - Throws: `EncodingError` for a non-finite number.
    static func appendJSONLine<T: Encodable>(_ value: T, with encoder: JSONEncoder, to bytes: inout [UInt8]) throws {
        bytes += try encoder.encode(value)
        bytes.append(UInt8(ascii: "\n"))
    }

    /// An aligned text table: a header, a rule, and rows; numeric-looking columns right-aligned.
    /// Every cell is made `EchoedText.terminalSafe(_:)` first (ids and names come from the user's files).
    static func table(header: [String], rows: [[String]]) -> String {
        let header = header.map { EchoedText.terminalSafe($0) }
        let rows = rows.map { $0.map { EchoedText.terminalSafe($0) } }
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        let numeric = header.indices.map { column in
            !rows.isEmpty && rows.allSatisfy { row in
                let cell = row[column]
                return ["", "-", "never", "absent", "∞", "-∞"].contains(cell) || Double(cell) != nil
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return numeric[index] ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines = [line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines.append(contentsOf: rows.map(line))
        return lines.joined(separator: "\n") + "\n"
    }

    /// CSV with RFC 4180 quoting.
    static func csv(header: [String], rows: [[String]]) -> String {
        func quote(_ cell: String) -> String {
            cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }
        return ([header] + rows).map { $0.map(quote).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// A set of products as a table shows it: `Li2O + Li3P`, or `none` for the empty set (no
    /// products at that limit), so that a frequency never stands alone.
    static func productSet(_ formulas: [String]) -> String {
        formulas.isEmpty ? "none" : formulas.joined(separator: " + ")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
