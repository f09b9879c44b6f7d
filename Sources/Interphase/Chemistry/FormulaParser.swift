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
        if let plain = FormulaParser.plainAmounts(formula) { return plain }
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

    /// The amounts of a plain formula — ASCII symbols and brackets (`(`, `[`), each followed by
    /// an optional integer of at most 15 digits (`Li3PO4`, `Mg149Zr`, `Ca3(PO4)2`), what
    /// screening batches hold — read from its bytes without the `Character` array; `nil` for
    /// anything else (decimals, spaces, an unknown symbol, an amount beyond 10¹⁵, any error),
    /// which ``parse()`` reads the general way. Both read such a formula alike: every amount
    /// and sum is an exact integer either way.
    ///
    /// - Complexity: O(length of the formula).
    private static func plainAmounts(_ formula: String) -> [Element: Double]? {
        var formula = formula
        return formula.withUTF8 { bytes -> [Element: Double]? in
            guard !bytes.isEmpty else { return nil }
            var open: [(amounts: [Element: Double], closing: UInt8)] = []
            var amounts: [Element: Double] = [:]
            var index = 0
            /// The integer at `index` (1 when there is none), or `nil` beyond 15 digits.
            func count() -> Double? {
                var value: Int64 = 0
                var digits = 0
                while index < bytes.count, bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9") {
                    value = value * 10 + Int64(bytes[index] - UInt8(ascii: "0"))
                    digits += 1
                    index += 1
                    guard digits <= 15 else { return nil }
                }
                return digits == 0 ? 1 : Double(value)
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") {
                    open.append((amounts, byte == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")))
                    amounts = [:]
                    index += 1
                    continue
                }
                if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") {
                    guard let group = open.popLast(), group.closing == byte else { return nil }
                    index += 1
                    guard let multiplier = count() else { return nil }
                    var outer = group.amounts
                    for (element, amount) in amounts { outer[element, default: 0] += amount * multiplier }
                    amounts = outer
                    continue
                }
                guard byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") else { return nil }
                let start = index
                index += 1
                if index < bytes.count, bytes[index] >= UInt8(ascii: "a") && bytes[index] <= UInt8(ascii: "z") { index += 1 }
                guard let element = Element(symbol: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)),
                    let amount = count()
                else { return nil }
                amounts[element, default: 0] += amount
            }
            guard open.isEmpty, amounts.values.allSatisfy({ $0 <= 1e15 }) else { return nil }
            return amounts
        }
    }

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
