import Testing
@testable import Interphase

@Suite("Formula parser: the byte-wise way and the general way agree")
struct FormulaParserTests {
    /// The general way's composition of `formula` (what `Composition(parsing:)` gave before the
    /// byte-wise way), or `nil` when it refuses the formula.
    private func generalComposition(_ formula: String) -> Composition? {
        var parser = FormulaParser(formula)
        guard let amounts = try? parser.parse() else { return nil }
        let total = amounts.values.reduce(0, +)
        guard total > 0, total <= Composition.maximumAtoms,
              !amounts.values.contains(where: { $0 > 0 && $0 <= Tolerance.integerAmount }) else { return nil }
        return try? Composition(amounts)
    }

    @Test("random formulas (integers, decimals, brackets, repeats): the same amounts, bit for bit")
    func randomFormulasAgree() {
        // Exact equality: both ways must give the same Double for every amount (tolerance 0,
        // because answers downstream must not depend on which way a formula was read).
        var state: UInt64 = 27
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let symbols = ["H", "Li", "O", "P", "N", "Fe", "Ca", "Og", "U", "Zr", "Cl"]
        func amount() -> String {
            switch next(6) {
            case 0: return ""
            case 1: return "\(next(20))"
            case 2: return "\(next(1000)).\(next(1000))"
            case 3: return "0.\(String(repeating: "0", count: next(4)))\(next(999) + 1)"
            case 4: return "\(next(1_000_000_000))"
            default: return "\(next(9) + 1).\(next(10))\(next(10))"
            }
        }
        func group(depth: Int) -> String {
            var text = ""
            for _ in 0..<(1 + next(4)) {
                if depth < 3, next(4) == 0 {
                    let (open, close) = next(2) == 0 ? ("(", ")") : ("[", "]")
                    text += open + group(depth: depth + 1) + close + amount()
                } else {
                    text += symbols[next(symbols.count)] + amount()
                }
            }
            return text
        }
        var read = 0
        for _ in 0..<20_000 {
            let formula = group(depth: 0)
            let general = generalComposition(formula)
            if let bytewise = Composition(bytewise: formula) {
                read += 1
                #expect(general == bytewise, "\(formula)")
            }
            // Whatever way reads it, the public reading is the general one's.
            #expect((try? Composition(parsing: formula)) == general, "\(formula)")
        }
        #expect(read > 10_000)
    }

    @Test("what the byte-wise way leaves to the general one", arguments: [
        "", "Li3 PO4", "Xx2", "Li2.", "Li.5", "Li0O", "Li0.000000001O", "Li1234567890123456", "(Li", "Li)", "(Li]",
        "()", "Li-1", "Li\u{2082}", "Li1e9O1e9",
    ])
    func leftToTheGeneralWay(formula: String) {
        #expect(Composition(bytewise: formula) == nil)
    }
}
