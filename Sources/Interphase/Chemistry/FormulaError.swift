import Foundation

/// Why a chemical formula could not be read.
///
/// Every case names the formula as given and, where it applies, the 1-based character position
/// of the problem, so that a message such as
/// `invalid formula "Li2Xx": unknown element "Xx" at position 4` points at the culprit.
public enum FormulaError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The formula is empty or only whitespace.
    case empty(formula: String)
    /// A capitalised token that is not an element symbol (`Xx`, `Lx`).
    case unknownElement(formula: String, symbol: String, position: Int)
    /// A `(` without its `)`, or a `)` without its `(`.
    case unbalancedParenthesis(formula: String, position: Int)
    /// An amount that is negative, not finite, or not a number.
    case invalidAmount(formula: String, amount: String, position: Int)
    /// A character that cannot start an element, a group or an amount.
    case unexpectedCharacter(formula: String, character: Character, position: Int)
    /// The amounts add up to no atoms at all.
    case noAtoms(formula: String)
    /// The amounts add up to more than `Composition.maximumAtoms` atoms per formula unit
    /// (infinity when nested multipliers overflow).
    case tooManyAtoms(formula: String, total: Double)
    /// An element's amount is above 0 but at or below `Tolerance.integerAmount`, so that it
    /// would be written as 0 (`Li0.000000001O` as `Li0O`).
    case amountTooSmall(formula: String, element: Element, amount: Double)

    public var description: String {
        switch self {
        case .amountTooSmall(let formula, let element, let amount):
            return "invalid formula \"\(FormulaError.shown(formula))\": \(NumberFormat.significant(amount)) \(element.symbol) per formula unit is too small to write (at most \(NumberFormat.significant(Tolerance.integerAmount)) counts as 0); give 0 or a larger amount"
        case .empty(let formula):
            return "invalid formula \"\(FormulaError.shown(formula))\": it is empty"
        case .unknownElement(let formula, let symbol, let position):
            return "invalid formula \"\(FormulaError.shown(formula))\": unknown element \"\(symbol)\" at position \(position)"
        case .unbalancedParenthesis(let formula, let position):
            return "invalid formula \"\(FormulaError.shown(formula))\": unbalanced parenthesis at position \(position)"
        case .invalidAmount(let formula, let amount, let position):
            return "invalid formula \"\(FormulaError.shown(formula))\": amount \"\(FormulaError.shown(amount))\" at position \(position) is not a finite, non-negative number"
        case .unexpectedCharacter(let formula, let character, let position):
            return "invalid formula \"\(FormulaError.shown(formula))\": unexpected character \"\(EchoedText.terminalSafe(String(character)))\" at position \(position)"
        case .noAtoms(let formula):
            return "invalid formula \"\(FormulaError.shown(formula))\": it contains no atoms"
        case .tooManyAtoms(let formula, let total):
            let amount = total.isFinite ? NumberFormat.significant(total) : "more than 1.8e308"
            return "invalid formula \"\(FormulaError.shown(formula))\": \(amount) atoms per formula unit is more than the \(NumberFormat.significant(Composition.maximumAtoms)) allowed"
        }
    }

    /// The formula as messages show it: whole up to 60 characters, otherwise its first 40 and
    /// its length, so that an error stays one readable line.
    static func shown(_ formula: String) -> String { EchoedText.shortened(formula) }
}
