import Interphase

/// Where the rows of each chemical system lie in the whole-MP text, so that a question reads
/// only the rows made of its own elements instead of parsing all 85,014.
///
/// Generated with the text by `Scripts/generate-bundled-data.sh`: one line per chemical system,
/// its element symbols sorted and joined by `-`, a tab, then the byte offsets (in the text's
/// UTF-8) of its rows in file order; and the elements present.
enum MPLegacyIndex {
    /// The elements with entries in the whole MP, in order of atomic number.
    static let elements: [Element] = BundledMPLegacyText.elementSymbols.split(separator: " ").compactMap {
        Element(symbol: String($0))
    }.sorted()

    /// The CSV text of the rows whose elements all lie in `elements`, header first, in the
    /// order of the whole text (so that a dataset read from it lists its entries as the whole
    /// dataset does).
    ///
    /// - Parameter elements: The elements of the question (a chemical system).
    /// - Returns: Valid CSV text: the header and those rows, each line ending with a newline;
    ///   `nil` when no row lies within `elements`.
    static func csv(within elements: Set<Element>) -> String? {
        // A symbol's bytes as a slot: (first letter) × 27 + (second letter + 1, or 0).
        func slot(_ first: UInt8, _ second: UInt8?) -> Int {
            Int(first &- UInt8(ascii: "A")) * 27 + (second.map { Int($0 &- UInt8(ascii: "a")) + 1 } ?? 0)
        }
        var allowed = [Bool](repeating: false, count: 26 * 27)
        for element in elements {
            let bytes = Array(element.symbol.utf8)
            allowed[slot(bytes[0], bytes.count > 1 ? bytes[1] : nil)] = true
        }
        let offsets = Self.offsets { first, second in
            let index = slot(first, second)
            return index >= 0 && index < allowed.count && allowed[index]
        }
        return offsets.isEmpty ? nil : Self.rows(at: offsets.sorted())
    }

    /// The offsets of the rows of every chemical system whose symbols all pass `isAllowed`
    /// (given a symbol's first byte and its optional second one).
    private static func offsets(where isAllowed: (UInt8, UInt8?) -> Bool) -> [Int] {
        var offsets: [Int] = []
        let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n"), dash = UInt8(ascii: "-"), space = UInt8(ascii: " ")
        var text = BundledMPLegacyText.index
        text.withUTF8 { bytes in
            var position = 0
            while position < bytes.count {
                // The key: symbols of one or two bytes, joined by "-", up to the tab.
                var inside = true
                var start = position
                while bytes[position] != tab {
                    if bytes[position] == dash {
                        inside = inside && isAllowed(bytes[start], position - start > 1 ? bytes[start + 1] : nil)
                        start = position + 1
                    }
                    position += 1
                }
                inside = inside && isAllowed(bytes[start], position - start > 1 ? bytes[start + 1] : nil)
                position += 1
                // The offsets, up to the end of the line.
                var value = 0
                while position < bytes.count && bytes[position] != newline {
                    if inside {
                        if bytes[position] == space {
                            offsets.append(value)
                            value = 0
                        } else {
                            value = value * 10 + Int(bytes[position] &- UInt8(ascii: "0"))
                        }
                    }
                    position += 1
                }
                if inside { offsets.append(value) }
                position += 1
            }
        }
        return offsets
    }

    /// The header of the whole text and the rows starting at `offsets`.
    private static func rows(at offsets: [Int]) -> String {
        var text = BundledMPLegacyText.csv
        return text.withUTF8 { bytes in
            let newline = UInt8(ascii: "\n")
            func line(from start: Int) -> UnsafeBufferPointer<UInt8> {
                var end = start
                while end < bytes.count && bytes[end] != newline { end += 1 }
                return UnsafeBufferPointer(rebasing: bytes[start..<end])
            }
            var result: [UInt8] = []
            for start in [0] + offsets {
                result += line(from: start)
                result.append(newline)
            }
            return String(decoding: result, as: UTF8.self)
        }
    }
}
