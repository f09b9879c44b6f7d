extension EntryStability {
    /// Appends the row as one line of JSON Lines — exactly the bytes `JSONEncoder` writes with
    /// `[.sortedKeys, .withoutEscapingSlashes]` (absent values as `null`), without its per-value
    /// boxing: for writing the millions of rows of a screening batch (a test checks the bytes).
    ///
    /// - Parameter text: The UTF-8 bytes to append to; the line ends with a line feed.
    /// - Precondition: Every number is finite (the library never produces another).
    /// - Complexity: O(length of the row).
    package func appendJSONLine(to text: inout [UInt8]) {
        var json = JSONText()
        swap(&json.bytes, &text)  // the caller's buffer, not a copy of it
        append(to: &json, layouts: Self.compactLayouts)
        json.bytes.append(UInt8(ascii: "\n"))
        swap(&json.bytes, &text)
    }

    /// ``appendJSONLine(to:)-([UInt8])`` into a string.
    ///
    /// - Parameter line: The text to append to; ends with a line feed.
    package func appendJSONLine(to line: inout String) {
        var bytes: [UInt8] = []
        appendJSONLine(to: &bytes)
        line += String(decoding: bytes, as: UTF8.self)
    }

    /// `rows` as JSON Lines (``appendJSONLine(to:)-([UInt8])`` for each, in order): UTF-8 bytes
    /// written in blocks of rows on all cores, each block into one buffer.
    ///
    /// - Parameter rows: The rows, in order.
    /// - Returns: One line per row, each ending in a line feed.
    /// - Complexity: O(length of the text), spread over the cores.
    package static func jsonLineBytes(_ rows: [EntryStability]) -> [UInt8] {
        return concurrentBlocks(count: rows.count, size: 4096, joining: { range -> [UInt8] in
            var text = JSONText(capacity: range.count * 192)
            for position in range {
                rows[position].append(to: &text, layouts: compactLayouts)
                text.bytes.append(UInt8(ascii: "\n"))
            }
            return text.bytes
        })
    }

    /// `rows` as JSON Lines (``jsonLineBytes(_:)``), as a string.
    ///
    /// - Parameter rows: The rows, in order.
    /// - Returns: One line per row, each ending in a line feed.
    /// - Complexity: O(length of the text), spread over the cores.
    package static func jsonLines(_ rows: [EntryStability]) -> String {
        String(decoding: jsonLineBytes(rows), as: UTF8.self)
    }

    /// A JSON array of `rows` — exactly the bytes `JSONEncoder` writes with
    /// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, without a final line feed: for
    /// `hull --format json` over whole datasets, where the generic encoder cost more than the
    /// hull (a test checks the bytes).
    ///
    /// - Parameter rows: The rows, in order.
    /// - Returns: The array's text.
    /// - Precondition: Every number is finite.
    /// - Complexity: O(length of the text), spread over the cores.
    package static func prettyJSONArray(_ rows: [EntryStability]) -> String {
        String(decoding: prettyJSONArrayBytes(rows), as: UTF8.self)
    }

    /// ``prettyJSONArray(_:)``'s bytes, made in one buffer of their exact size (the blocks of
    /// rows, written on all cores, are copied into it once), with a final line feed when
    /// `lineFeed` — what `hull --format json` writes.
    ///
    /// - Complexity: O(length of the text), spread over the cores.
    package static func prettyJSONArrayBytes(_ rows: [EntryStability], lineFeed: Bool = false) -> [UInt8] {
        guard !rows.isEmpty else { return Array((lineFeed ? "[\n\n]\n" : "[\n\n]").utf8) }
        // Blocks of rows on all cores, joined in order; the first opens the array, the last closes it.
        return concurrentBlocks(count: rows.count, size: 1024, joining: { range -> [UInt8] in
            var block = JSONText(capacity: range.count * 384)
            for position in range {
                block.append(raw: position > 0 ? ",\n  " : "[\n  ")
                rows[position].append(to: &block, layouts: prettyLayouts)
            }
            if range.upperBound == rows.count {
                if lineFeed { block.append(raw: "\n]\n") } else { block.append(raw: "\n]") }
            }
            return block.bytes
        })
    }

    /// How `JSONEncoder` lays out an object: compact, or pretty at a nesting depth (two spaces
    /// per level, `"key" : value`, an empty array as `[`, a blank line and `]`). The separators
    /// are computed once per layout, not per row, into buffers that live as long as the
    /// program (the layouts are static), so that appending them costs no reference counting.
    private struct Layout: @unchecked Sendable {
        /// The text after an opening bracket, between members, before the closing bracket; the
        /// key-value separator; the empty array.
        let open: UnsafeBufferPointer<UInt8>, separator: UnsafeBufferPointer<UInt8>, close: UnsafeBufferPointer<UInt8>,
            colon: UnsafeBufferPointer<UInt8>, emptyArray: UnsafeBufferPointer<UInt8>
        static let compact = Layout(depth: nil)
        static func pretty(depth: Int) -> Layout { Layout(depth: depth) }

        /// Appends a member's key: what precedes it (`open` for the first member, else
        /// `separator`), the quoted key (`"\"key\""`, already quoted) and the colon.
        func key(_ quotedKey: StaticString, first: Bool = false, to text: inout JSONText) {
            text.append(raw: first ? open : separator)
            text.append(raw: quotedKey)
            text.append(raw: colon)
        }

        private init(depth: Int?) {
            /// `text`'s bytes in a buffer never freed.
            func kept(_ text: String) -> UnsafeBufferPointer<UInt8> {
                let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.utf8.count)
                _ = buffer.initialize(from: text.utf8)
                return UnsafeBufferPointer(buffer)
            }
            guard let depth else {
                (open, separator, close, colon, emptyArray) = (kept(""), kept(","), kept(""), kept(":"), kept("[]"))
                return
            }
            let inner = String(repeating: "  ", count: depth + 1), outer = String(repeating: "  ", count: depth)
            (open, separator, close, colon, emptyArray) = (
                kept("\n" + inner), kept(",\n" + inner), kept("\n" + outer), kept(" : "), kept("[\n\n" + outer + "]"))
        }
    }

    /// The layouts of a row, its members and its products: compact, and pretty for a row that
    /// is an element of the top-level array.
    private typealias Layouts = (row: Layout, member: Layout, product: Layout)
    private static let compactLayouts: Layouts = (.compact, .compact, .compact)
    private static let prettyLayouts: Layouts = (.pretty(depth: 1), .pretty(depth: 2), .pretty(depth: 3))

    /// Appends the row's object (keys sorted, absent values as `null`) in `layouts`.
    private func append(to text: inout JSONText, layouts: Layouts) {
        let layout = layouts.row
        let member = layouts.member
        let productLayout = layouts.product
        text.append(raw: "{")
        layout.key("\"decomposes_to\"", first: true, to: &text)
        if decomposesTo.isEmpty {
            text.append(raw: member.emptyArray)
        } else {
            text.append(raw: "[")
            text.append(raw: member.open)
            for (position, product) in decomposesTo.enumerated() {
                if position > 0 { text.append(raw: member.separator) }
                text.append(raw: "{")
                productLayout.key("\"amount\"", first: true, to: &text)
                text.append(product.amount)
                productLayout.key("\"formula\"", to: &text)
                text.append(product.formula)
                productLayout.key("\"id\"", to: &text)
                text.append(product.id)
                text.append(raw: productLayout.close)
                text.append(raw: "}")
            }
            text.append(raw: member.close)
            text.append(raw: "]")
        }
        layout.key("\"decomposition_energy_per_atom\"", to: &text)
        if let decompositionEnergyPerAtom { text.append(decompositionEnergyPerAtom) } else { text.append(raw: "null") }
        layout.key("\"energy_above_hull\"", to: &text)
        text.append(energyAboveHull)
        layout.key("\"formation_energy_per_atom\"", to: &text)
        text.append(formationEnergyPerAtom)
        layout.key("\"formula\"", to: &text)
        text.append(formula)
        layout.key("\"id\"", to: &text)
        text.append(id)
        layout.key("\"is_stable\"", to: &text)
        text.append(raw: isStable ? "true" : "false")
        text.append(raw: layout.close)
        text.append(raw: "}")
    }
}
