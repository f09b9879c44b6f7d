/// A comma-separated table: a header and rows of fields (RFC 4180 quoting; lines end at `\n`,
/// `\r\n` or a lone `\r`).
///
/// - Complexity: O(n) in the length of the text.
struct CSVTable {
    /// The column names of the first line, trimmed.
    let header: [String]
    /// Each data row with the 1-based line number it starts on; blank lines are skipped.
    let rows: [(line: Int, fields: [String])]

    /// Splits `text` into a header and rows.
    ///
    /// - Throws: ``DataError`` for an empty file, an unterminated quote, or a row whose number
    ///   of fields differs from the header's.
    init(text: String, file: String) throws(DataError) {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var fieldWasQuoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endRecord() {
            fields.append(fieldWasQuoted ? field : field.trimmingWhitespace)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
            fields = []
            field = ""
            fieldWasQuoted = false
        }

        while let scalar = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = next }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\r", let next = iterator.next() {
                        pending = next
                        if next != "\n" { line += 1 }
                    }
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.trimmingWhitespace.isEmpty:
                inQuotes = true
                fieldWasQuoted = true
                field = ""
            case ",":
                fields.append(fieldWasQuoted ? field : field.trimmingWhitespace)
                field = ""
                fieldWasQuoted = false
            case "\r", "\n":
                // A line ends at "\n", "\r\n" or a lone "\r" (old Mac files).
                if scalar == "\r", let next = iterator.next(), next != "\n" { pending = next }
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes {
            throw DataError(file: file, location: .line(recordLine), problem: "a quoted field is never closed")
        }
        endRecord()

        guard let first = records.first else {
            throw DataError(file: file, problem: "the file is empty; expected a header line such as \"formula,formation_energy_per_atom\"")
        }
        header = first.fields.map { $0.trimmingWhitespace }
        rows = Array(records.dropFirst())
        for row in rows where row.fields.count != header.count {
            throw DataError(
                file: file, location: .line(row.line),
                problem: "has \(row.fields.count) fields but the header has \(header.count)")
        }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingWhitespace: String {
        // Fast path (most fields): starts and ends with a visible ASCII character.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return self
        }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
