/// Reads chemical formulas: integer and decimal amounts (`Li2.94PO3.50N0.31`), parentheses and
/// brackets with nesting (`Li14P2(N2O)3`, `Ca3(PO4)2`) and pymatgen's spaced style (`Li3 P1 O4`).
///
/// Grammar: `formula := group*`, `group := (symbol | "(" formula ")" | "[" formula "]") amount?`,
/// `amount := digits ["." digits] | "." digits`; whitespace between groups is ignored.
///
/// - Complexity: O(n) in the length of the formula.
struct FormulaParser {
    private let formula: String
    private let characters: [Character]
    private var index = 0

    init(_ formula: String) {
        self.formula = formula
        self.characters = Array(formula)
    }

    /// Parses the whole formula into element amounts.
    ///
    /// Iterative, with an explicit stack of open groups, so that any depth of nesting
    /// (`((((Li))))` 10⁵ deep) costs heap, never the call stack.
    mutating func parse() throws(FormulaError) -> [Element: Double] {
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
