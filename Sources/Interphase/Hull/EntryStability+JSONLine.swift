extension EntryStability {
    /// Appends the row as one line of JSON Lines — exactly the bytes `JSONEncoder` writes with
    /// `[.sortedKeys, .withoutEscapingSlashes]` (absent values as `null`), without its per-value
    /// boxing: for writing the millions of rows of a screening batch (a test checks the bytes).
    ///
    /// - Parameter line: The text to append to; ends with a line feed.
    /// - Precondition: Every number is finite (the library never produces another).
    /// - Complexity: O(length of the row).
    package func appendJSONLine(to line: inout String) {
        append(to: &line, layouts: Self.compactLayouts)
        line += "\n"
    }

    /// `rows` as JSON Lines (``appendJSONLine(to:)`` for each, in order), written in blocks on
    /// all cores: a million rows are a few seconds of string building on one.
    ///
    /// - Parameter rows: The rows, in order.
    /// - Returns: One line per row, each ending in a line feed.
    /// - Complexity: O(length of the text), spread over the cores.
    package static func jsonLines(_ rows: [EntryStability]) -> String {
        concurrentBlocks(count: rows.count, size: 1024) { range -> String in
            var text = ""
            for row in rows[range] { row.appendJSONLine(to: &text) }
            return text
        }.joined()
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
        guard !rows.isEmpty else { return "[\n\n]" }
        // Blocks of rows on all cores, joined in order.
        let blocks = concurrentBlocks(count: rows.count, size: 1024) { range -> String in
            var text = ""
            for position in range {
                text += position > 0 ? ",\n  " : "  "
                rows[position].append(to: &text, layouts: prettyLayouts)
            }
            return text
        }
        return "[\n" + blocks.joined() + "\n]"
    }

    /// How `JSONEncoder` lays out an object: compact, or pretty at a nesting depth (two spaces
    /// per level, `"key" : value`, an empty array as `[`, a blank line and `]`). The separators
    /// are computed once per layout, not per row.
    private struct Layout {
        /// The text after an opening bracket, between members, before the closing bracket; the
        /// key-value separator; the empty array.
        let open: String, separator: String, close: String, colon: String, emptyArray: String
        static let compact = Layout(depth: nil)
        static func pretty(depth: Int) -> Layout { Layout(depth: depth) }

        private init(depth: Int?) {
            guard let depth else {
                (open, separator, close, colon, emptyArray) = ("", ",", "", ":", "[]")
                return
            }
            let inner = String(repeating: "  ", count: depth + 1), outer = String(repeating: "  ", count: depth)
            (open, separator, close, colon, emptyArray) = ("\n" + inner, ",\n" + inner, "\n" + outer, " : ", "[\n\n" + outer + "]")
        }
    }

    /// The layouts of a row, its members and its products: compact, and pretty for a row that
    /// is an element of the top-level array.
    private typealias Layouts = (row: Layout, member: Layout, product: Layout)
    private static let compactLayouts: Layouts = (.compact, .compact, .compact)
    private static let prettyLayouts: Layouts = (.pretty(depth: 1), .pretty(depth: 2), .pretty(depth: 3))

    /// Appends the row's object (keys sorted, absent values as `null`) in `layouts`.
    private func append(to text: inout String, layouts: Layouts) {
        let layout = layouts.row
        let member = layouts.member
        let productLayout = layouts.product
        text += "{" + layout.open + "\"decomposes_to\"" + layout.colon
        if decomposesTo.isEmpty {
            text += member.emptyArray
        } else {
            text += "[" + member.open
            for (position, product) in decomposesTo.enumerated() {
                if position > 0 { text += member.separator }
                text += "{" + productLayout.open + "\"amount\"" + productLayout.colon
                JSONText.append(product.amount, to: &text)
                text += productLayout.separator + "\"formula\"" + productLayout.colon
                JSONText.append(product.formula, to: &text)
                text += productLayout.separator + "\"id\"" + productLayout.colon
                JSONText.append(product.id, to: &text)
                text += productLayout.close + "}"
            }
            text += member.close + "]"
        }
        text += layout.separator + "\"decomposition_energy_per_atom\"" + layout.colon
        if let decompositionEnergyPerAtom { JSONText.append(decompositionEnergyPerAtom, to: &text) } else { text += "null" }
        text += layout.separator + "\"energy_above_hull\"" + layout.colon
        JSONText.append(energyAboveHull, to: &text)
        text += layout.separator + "\"formation_energy_per_atom\"" + layout.colon
        JSONText.append(formationEnergyPerAtom, to: &text)
        text += layout.separator + "\"formula\"" + layout.colon
        JSONText.append(formula, to: &text)
        text += layout.separator + "\"id\"" + layout.colon
        JSONText.append(id, to: &text)
        text += layout.separator + "\"is_stable\"" + layout.colon + (isStable ? "true" : "false")
        text += layout.close + "}"
    }
}
