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
    mutating func parse() throws(FormulaError) -> [Element: Double] {
        guard characters.contains(where: { !$0.isWhitespace }) else { throw .empty(formula: formula) }
        let amounts = try parseSequence(closing: nil)
        if index < characters.count {
            // Only a stray closing bracket stops a top-level sequence early.
            throw .unbalancedParenthesis(formula: formula, position: index + 1)
        }
        return amounts
    }

    private mutating func parseSequence(closing: Character?) throws(FormulaError) -> [Element: Double] {
        var amounts: [Element: Double] = [:]
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if character == ")" || character == "]" {
                guard let closing, character == closing else {
                    throw .unbalancedParenthesis(formula: formula, position: index + 1)
                }
                return amounts
            } else if character == "(" || character == "[" {
                let opening = index
                index += 1
                let inner = try parseSequence(closing: character == "(" ? ")" : "]")
                guard index < characters.count else {
                    throw .unbalancedParenthesis(formula: formula, position: opening + 1)
                }
                index += 1  // the closing bracket
                let multiplier = try parseAmount() ?? 1
                for (element, amount) in inner { amounts[element, default: 0] += amount * multiplier }
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
        // At the end of the text; inside a group the caller reports the unclosed bracket.
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
