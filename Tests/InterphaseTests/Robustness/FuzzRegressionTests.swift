import Foundation
import Testing
@testable import Interphase

/// Inputs found by the libFuzzer targets in Fuzz/ (and their close relatives). Each crashed the
/// library before its fix; each must now give a value or a thrown error.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// fuzz-formula: `N111…1` (45 digits) parsed, then `formula` trapped converting 1.1e44 to `Int`.
    @Test("an amount too large for Int is refused with a clear error, not a trap")
    func hugeIntegerAmount() throws {
        let formula = "N" + String(repeating: "1", count: 45)
        #expect(throws: FormulaError.self) { try Composition(parsing: formula) }
        do {
            _ = try Composition(parsing: formula)
        } catch {
            #expect(error.description == "invalid formula \"\(formula)\": 1.11111e+44 atoms per formula unit is more than the 1e+09 allowed")
        }
    }

    @Test("amounts up to the limit format as integers; larger scaled compositions format without trapping")
    func formattingLargeAmounts() throws {
        let composition = try Composition(parsing: "Li1000000000")
        #expect(composition.formula == "Li1000000000")
        #expect(composition.reducedFormula == "Li")
        #expect(throws: FormulaError.tooManyAtoms(formula: "Li1000000001", total: 1_000_000_001)) {
            try Composition(parsing: "Li1000000001")
        }
        // `scaled(by:)` is not bounded: every formatting path must survive any finite amount.
        let scaled = try Composition(parsing: "Li2O").scaled(by: 1e300)
        #expect(!scaled.formula.isEmpty)
        #expect(!scaled.reducedFormula.isEmpty)
        #expect(!scaled.spacedFormula.isEmpty)
        #expect(scaled.reducedCompositionAndFactor.factor == 1)
    }

    @Test("nested multipliers that overflow to infinity are too many atoms")
    func overflowingMultipliers() {
        let formula = "((Li" + String(repeating: "9", count: 200) + ")" + String(repeating: "9", count: 200) + ")9"
        #expect(throws: FormulaError.tooManyAtoms(formula: formula, total: .infinity)) { try Composition(parsing: formula) }
    }

    @Test("the dictionary initialiser refuses amounts adding up to more than the limit")
    func dictionaryTotal() {
        let li = Element(symbol: "Li")!, o = Element(symbol: "O")!
        #expect(throws: FormulaError.self) { try Composition([li: 1e308, o: 1e308]) }
        #expect(throws: FormulaError.self) { try Composition([li: 6e8, o: 6e8]) }
    }

    @Test("10⁵ nested parentheses parse without recursion: no stack overflow")
    func deepNesting() throws {
        let depth = 100_000
        let formula = String(repeating: "(", count: depth) + "Li2O" + String(repeating: ")", count: depth)
        let composition = try Composition(parsing: formula)
        #expect(composition == (try Composition(parsing: "Li2O")))
        let unclosed = String(repeating: "(", count: depth) + "Li"
        #expect(throws: FormulaError.unbalancedParenthesis(formula: unclosed, position: depth)) {
            try Composition(parsing: unclosed)
        }
        let brackets = String(repeating: "[(", count: depth / 2) + "Li" + String(repeating: ")]", count: depth / 2)
        #expect(try Composition(parsing: brackets).formula == "Li")
    }
}
