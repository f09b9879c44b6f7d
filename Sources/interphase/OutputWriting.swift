import Foundation

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
    static func table(header: [String], rows: [[String]]) -> String {
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

    /// A number with a fixed number of decimals (C's `%.*f`, correctly rounded), without the
    /// minus sign of a value that rounds to zero.
    ///
    /// Formats with `vsnprintf` into a stack buffer: tables of the whole Materials Project format
    /// hundreds of thousands of numbers, and `String(format:)` cost ten times as much.
    static func number(_ value: Double, decimals: Int = 4) -> String {
        let text = withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer -> String? in
            let length = withVaList([Int32(decimals), value]) { vsnprintf(buffer.baseAddress, buffer.count, "%.*f", $0) }
            guard length >= 0, Int(length) < buffer.count else { return nil }
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: Int(length)), as: UTF8.self)
        } ?? String(format: "%.\(decimals)f", value)
        if text.hasPrefix("-"), text.utf8.dropFirst().allSatisfy({ $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: ".") }) {
            return String(text.dropFirst())
        }
        return text
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
