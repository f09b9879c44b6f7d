import Testing
@testable import Interphase

@Suite("Composition and formula parsing")
struct CompositionTests {
    @Test("integers, decimals, parentheses, nesting and spaced style parse to the right amounts")
    func parsesFormulaStyles() throws {
        let cases: [(String, [String: Double])] = [
            ("Li3PO4", ["Li": 3, "P": 1, "O": 4]),
            ("Li2.94PO3.50N0.31", ["Li": 2.94, "P": 1, "O": 3.5, "N": 0.31]),
            ("Li14P2(N2O)3", ["Li": 14, "P": 2, "N": 6, "O": 3]),
            ("Ca3(PO4)2", ["Ca": 3, "P": 2, "O": 8]),
            ("Li3 P1 O4", ["Li": 3, "P": 1, "O": 4]),
            ("P(NO2)2", ["P": 1, "N": 2, "O": 4]),
            ("K4[Fe(CN)6]", ["K": 4, "Fe": 1, "C": 6, "N": 6]),
            ("((Li)2O)2", ["Li": 4, "O": 2]),
            ("LiLi", ["Li": 2]),
        ]
        for (formula, expected) in cases {
            let composition = try Composition(parsing: formula)
            #expect(composition.elements.count == expected.count, "\(formula)")
            for (symbol, amount) in expected {
                // Amounts are sums of parsed decimals: exact to 1e-12.
                #expect(abs(composition[Element(symbol: symbol)!] - amount) < 1e-12, "\(formula) \(symbol)")
            }
        }
    }

    @Test("reduced formulas follow pymatgen: electronegativity order, gcd, molecular elements")
    func reducedFormulas() throws {
        let cases = [("Li6P2O8", "Li3PO4"), ("P4O10", "P2O5"), ("O", "O2"), ("O3", "O2"), ("N4", "N2"),
                     ("Li2O2", "Li2O2"), ("LiO2", "LiO2"), ("LiO", "Li2O2"), ("Li2PO2N", "Li2PNO2"),
                     ("Li2.94PO3.50N0.31", "Li2.94P1N0.31O3.5"), ("Li14P2N6O3", "Li14P2(N2O)3"), ("Na2Mn3O2F4", "Na2Mn3(OF2)2"), ("Li", "Li"), ("P(NO2)2", "P(NO2)2"), ("Ca3P2O8", "Ca3(PO4)2"), ("Li4P2O7", "Li4P2O7")]
        for (formula, reduced) in cases {
            #expect(try Composition(parsing: formula).reducedFormula == reduced, "\(formula)")
        }
        let reduced = try Composition(parsing: "Li6P2O8").reducedCompositionAndFactor
        let (composition, factor) = (reduced.composition, reduced.factor)
        #expect(factor == 2)
        #expect(composition == (try Composition(parsing: "Li3PO4")))
    }

    @Test("fractions, atom counts and chemical system")
    func derivedQuantities() throws {
        let composition = try Composition(parsing: "Li2PO2N")
        #expect(composition.numberOfAtoms == 6)
        #expect(abs(composition.atomicFraction(of: Element(symbol: "Li")!) - 1.0 / 3.0) < 1e-15)
        #expect(composition.chemicalSystem == "Li-N-O-P")
        #expect(composition.isSameReducedComposition(as: try Composition(parsing: "Li4P2O4N2")))
        #expect(!composition.isSameReducedComposition(as: try Composition(parsing: "Li3PO4")))
        #expect(composition.removing(Element(symbol: "Li")!)?.formula == "PNO2")
        #expect(composition.spacedFormula == "Li2 P1 N1 O2")
    }

    @Test("bad formulas throw errors naming the text and position")
    func badFormulas() {
        let cases: [(String, FormulaError)] = [
            ("", .empty(formula: "")),
            ("   ", .empty(formula: "   ")),
            ("Xx2O", .unknownElement(formula: "Xx2O", symbol: "Xx", position: 1)),
            ("Li2Qo", .unknownElement(formula: "Li2Qo", symbol: "Qo", position: 4)),
            ("Li2(PO4", .unbalancedParenthesis(formula: "Li2(PO4", position: 4)),
            ("Li2PO4)", .unbalancedParenthesis(formula: "Li2PO4)", position: 7)),
            ("Li-2O", .invalidAmount(formula: "Li-2O", amount: "-2", position: 3)),
            ("Li2.3.4O", .invalidAmount(formula: "Li2.3.4O", amount: "2.3.4", position: 3)),
            ("li2O", .unexpectedCharacter(formula: "li2O", character: "l", position: 1)),
            ("Li2O!", .unexpectedCharacter(formula: "Li2O!", character: "!", position: 5)),
            ("nan", .unexpectedCharacter(formula: "nan", character: "n", position: 1)),
            ("Li0", .noAtoms(formula: "Li0")),
        ]
        for (formula, expected) in cases {
            #expect(throws: expected, "\(formula)") { try Composition(parsing: formula) }
        }
        let huge = "Li" + String(repeating: "9", count: 400)
        #expect(throws: FormulaError.invalidAmount(formula: huge, amount: String(repeating: "9", count: 400), position: 3)) {
            try Composition(parsing: huge)
        }
    }

    @Test("error messages name the formula and the problem")
    func errorMessages() {
        #expect(FormulaError.unknownElement(formula: "Xx2O", symbol: "Xx", position: 1).description
            == "invalid formula \"Xx2O\": unknown element \"Xx\" at position 1")
    }

    @Test("the periodic table runs from H to Og with consistent symbols")
    func periodicTable() {
        #expect(Element.all.count == 118)
        #expect(Element(symbol: "Pu")?.atomicNumber == 94)
        #expect(Element(atomicNumber: 3)?.symbol == "Li")
        #expect(Element(symbol: "Xx") == nil)
        for element in Element.all { #expect(Element(symbol: element.symbol) == element) }
    }
}
