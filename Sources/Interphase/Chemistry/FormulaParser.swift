/// Reads chemical formulas: integer and decimal amounts (`Li2.94PO3.50N0.31`), parentheses and
/// brackets with nesting (`Li14P2(N2O)3`, `Ca3(PO4)2`) and pymatgen's spaced style (`Li3 P1 O4`).
///
/// Grammar: `formula := group*`, `group := (symbol | "(" formula ")" | "[" formula "]") amount?`,
/// `amount := digits ["." digits] | "." digits`; whitespace between groups is ignored.
///
/// - Complexity: O(n) in the length of the formula.
struct FormulaParser {
    private let formula: String
    /// The formula's characters, made by ``parse()`` when it is not plain.
    private var characters: [Character] = []
    private var index = 0

    init(_ formula: String) {
        self.formula = formula
    }

    /// Parses the whole formula into element amounts.
    ///
    /// Iterative, with an explicit stack of open groups, so that any depth of nesting
    /// (`((((Li))))` 10⁵ deep) costs heap, never the call stack.
    mutating func parse() throws(FormulaError) -> [Element: Double] {
        characters = Array(formula)
        index = 0
        guard characters.contains(where: { !$0.isWhitespace }) else { throw .empty(formula: formula) }
        // The enclosing groups: their amounts so far, their closing bracket and where they open.
        var open: [(amounts: [Element: Double], closing: Character, position: Int)] = []
        var amounts: [Element: Double] = [:]
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if character == ")" || character == "]" {
                guard let group = open.last, character == group.closing else {
                    throw .unbalancedParenthesis(formula: formula, position: index + 1)
                }
                open.removeLast()
                index += 1  // the closing bracket
                let multiplier = try parseAmount() ?? 1
                var outer = group.amounts
                for (element, amount) in amounts { outer[element, default: 0] += amount * multiplier }
                amounts = outer
            } else if character == "(" || character == "[" {
                open.append((amounts, character == "(" ? ")" : "]", index + 1))
                amounts = [:]
                index += 1
            } else if character.isUppercase && character.isASCII {
                let start = index
                var symbol = String(character)
                index += 1
                if index < characters.count, characters[index].isLowercase, characters[index].isASCII {
                    symbol.append(characters[index])
                    index += 1
                }
                guard let element = Element(symbol: symbol) else {
                    throw .unknownElement(formula: formula, symbol: symbol, position: start + 1)
                }
                let amount = try parseAmount() ?? 1
                amounts[element, default: 0] += amount
            } else if character == "-" || character == "+" {
                let start = index
                var text = String(character)
                index += 1
                while index < characters.count, characters[index].isNumber || characters[index] == "." {
                    text.append(characters[index])
                    index += 1
                }
                throw .invalidAmount(formula: formula, amount: text, position: start + 1)
            } else {
                throw .unexpectedCharacter(formula: formula, character: character, position: index + 1)
            }
        }
        // The innermost group left open is the one reported.
        if let group = open.last { throw .unbalancedParenthesis(formula: formula, position: group.position) }
        return amounts
    }

    /// The amounts of a formula written without spaces — ASCII symbols and brackets (`(`, `[`),
    /// each followed by an optional integer or decimal amount of at most 15 digits (`Li3PO4`,
    /// `Ca3(PO4)2`, `Li2.94PO3.5N0.31`), what screening batches hold — read from its bytes with
    /// no dictionary, no `Character` array and no string per symbol, as the sorted amounts of a
    /// ``Composition``; `nil` for anything else (spaces, an unknown symbol, a longer amount, an
    /// amount ≤ `Tolerance.integerAmount`, a total beyond half of `Composition.maximumAtoms`,
    /// any error), which ``parse()`` reads the general way, with its messages.
    ///
    /// Both read such a formula alike: an amount of at most 15 digits is an integer below 2⁵³
    /// divided by a power of ten up to 10¹⁵, both exact in a `Double`, so the one division is the
    /// correctly rounded value `Double(text)` gives; an element's amounts are added in the order
    /// ``parse()`` adds them (in the order written; a group's, times its multiplier, to the
    /// amount before the group).
    ///
    /// - Complexity: O(length of the formula × elements).
    static func bytewiseAmounts(_ formula: String) -> [ElementAmount]? {
        var formula = formula
        return formula.withUTF8 { bytes -> [ElementAmount]? in
            guard !bytes.isEmpty else { return nil }
            // The amounts of every open group, one after the other, in the order first written;
            // each open group starts at its offset in `opened`.
            var amounts: [ElementAmount] = []
            amounts.reserveCapacity(8)
            var opened: [(start: Int, closing: UInt8)] = []
            var index = 0
            let count = bytes.count
            /// The amount at `index` (1 when there is none), or `nil` when not read here.
            func amount() -> Double? {
                var mantissa: Int64 = 0
                var digits = 0
                var decimals = 0
                var point = false
                while index < count {
                    let byte = bytes[index]
                    if byte &- UInt8(ascii: "0") < 10 {
                        mantissa = mantissa * 10 + Int64(byte - UInt8(ascii: "0"))
                        digits += 1
                        if point { decimals += 1 }
                        guard digits <= 15 else { return nil }
                    } else if byte == UInt8(ascii: "."), !point, digits > 0 {
                        point = true
                    } else {
                        break
                    }
                    index += 1
                }
                if point, decimals == 0 { return nil }  // `Li2.`: the general way
                return digits == 0 ? 1 : Double(mantissa) / powersOfTen[decimals]
            }
            /// Adds `value` of `element` to the innermost open group.
            func add(_ element: Element, _ value: Double) {
                let start = opened.last?.start ?? 0
                if let existing = amounts[start...].firstIndex(where: { $0.element == element }) {
                    amounts[existing].amount += value
                } else {
                    amounts.append(ElementAmount(element: element, amount: value))
                }
            }
            while index < count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") {
                    opened.append((amounts.count, byte == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")))
                    index += 1
                    continue
                }
                if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") {
                    guard let group = opened.popLast(), group.closing == byte else { return nil }
                    index += 1
                    guard let multiplier = amount() else { return nil }
                    let inner = amounts[group.start...]
                    amounts.removeSubrange(group.start...)
                    for part in inner { add(part.element, part.amount * multiplier) }
                    continue
                }
                let first = byte &- UInt8(ascii: "A")
                guard first < 26 else { return nil }
                index += 1
                var second = 0
                if index < count, bytes[index] &- UInt8(ascii: "a") < 26 {
                    second = Int(bytes[index] - UInt8(ascii: "a")) + 1
                    index += 1
                }
                let number = Int(symbolTable[Int(first) * 27 + second])
                guard number > 0, let value = amount() else { return nil }
                add(Element.all[number - 1], value)
            }
            guard opened.isEmpty, !amounts.isEmpty else { return nil }
            var total = 0.0
            for part in amounts {
                guard part.amount > Tolerance.integerAmount else { return nil }
                total += part.amount
            }
            guard total <= Composition.maximumAtoms / 2 else { return nil }
            amounts.sort { $0.element < $1.element }
            return amounts
        }
    }

    /// 10⁰ … 10¹⁵, each exact in a `Double`.
    private static let powersOfTen: [Double] = (0...15).map { exponent in (0..<exponent).reduce(1.0) { value, _ in value * 10 } }

    /// The atomic number of each one- or two-letter symbol (0 for none), at
    /// `(first − "A") · 27 + (second − "a" + 1, or 0 without a second letter)`.
    private static let symbolTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 26 * 27)
        for element in Element.all {
            let letters = Array(element.symbol.utf8)
            let second = letters.count > 1 ? Int(letters[1] - UInt8(ascii: "a")) + 1 : 0
            table[Int(letters[0] - UInt8(ascii: "A")) * 27 + second] = UInt8(element.atomicNumber)
        }
        return table
    }()

    /// Reads an optional amount right after a symbol or a closing bracket.
    private mutating func parseAmount() throws(FormulaError) -> Double? {
        let start = index
        var text = ""
        while index < characters.count,
            (characters[index].isASCII && characters[index].isNumber) || characters[index] == "."
        {
            text.append(characters[index])
            index += 1
        }
        if text.isEmpty {
            if index < characters.count, characters[index] == "-" {
                var negative = "-"
                index += 1
                while index < characters.count, characters[index].isNumber || characters[index] == "." {
                    negative.append(characters[index])
                    index += 1
                }
                throw .invalidAmount(formula: formula, amount: negative, position: start + 1)
            }
            return nil
        }
        guard text.filter({ $0 == "." }).count <= 1, text != ".", let value = Double(text), value.isFinite else {
            throw .invalidAmount(formula: formula, amount: text, position: start + 1)
        }
        return value
    }
}
