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
        var text = text
        let split = text.withUTF8 { Self.records(of: $0) }
        guard let records = split.records else {
            throw DataError(file: file, location: .line(split.unclosedQuoteLine), problem: "a quoted field is never closed")
        }
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

    /// The records of UTF-8 `bytes`, each with the line it starts on (blank lines skipped), or
    /// `nil` and the line of a quoted field that is never closed. Byte-wise: a delimiter (`,`,
    /// `"`, `\r`, `\n`) is ASCII, never part of a multi-byte character, so fields split here are
    /// whole characters; an unquoted field is one slice of the text, trimmed as
    /// `trimmingWhitespace` trims.
    private static func records(
        of bytes: UnsafeBufferPointer<UInt8>
    ) -> (records: [(line: Int, fields: [String])]?, unclosedQuoteLine: Int) {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        // The field: the slice fieldStart..<position while unquoted; once a quote opened it, the
        // bytes collected in `quoted` (the quotes' contents and anything after them).
        var fieldStart = 0
        var quoted: [UInt8] = []
        var fieldWasQuoted = false
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var position = 0
        let count = bytes.count

        func field(endingAt end: Int) -> String {
            fieldWasQuoted
                ? String(decoding: quoted, as: UTF8.self)
                : String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<end]), as: UTF8.self).trimmingWhitespace
        }
        func endField(at end: Int) {
            fields.append(field(endingAt: end))
            quoted.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
            fieldStart = end + 1
        }
        func endRecord(at end: Int) {
            endField(at: end)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
            fields = []
        }

        while position < count {
            let byte = bytes[position]
            if inQuotes {
                if byte == quote {
                    if position + 1 < count, bytes[position + 1] == quote {
                        quoted.append(quote)
                        position += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    // "\r\n" counts as one line break, as does a lone "\r" or "\n".
                    if byte == lf || (byte == cr && position + 1 < count && bytes[position + 1] != lf) { line += 1 }
                    quoted.append(byte)
                }
                position += 1
                continue
            }
            switch byte {
            case quote where field(endingAt: position).trimmingWhitespace.isEmpty:
                inQuotes = true
                fieldWasQuoted = true
                quoted.removeAll(keepingCapacity: true)
            case comma:
                endField(at: position)
            case cr, lf:
                // A line ends at "\n", "\r\n" or a lone "\r" (old Mac files).
                endRecord(at: position)
                if byte == cr, position + 1 < count, bytes[position + 1] == lf {
                    position += 1
                    fieldStart = position + 1
                }
                line += 1
                recordLine = line
            default:
                if fieldWasQuoted { quoted.append(byte) }
            }
            position += 1
        }
        if inQuotes { return (nil, recordLine) }
        endRecord(at: count)
        return (records, recordLine)
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
