import Foundation
import Interphase

/// Writes results as the CLI prints them.
enum OutputWriting {
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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .throw
        var text = ""
        for value in values {
            text += String(decoding: try encoder.encode(value), as: UTF8.self)
            text += "\n"
        }
        return text
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
