import Testing
@testable import Interphase

/// One open-element rule for every question (issue 25): with no element named, a question that
/// uses one uses Li — swept by windows, profiles and layers; held at the potential given by
/// decompositions, reactions and grand-potential diagrams. Exact comparisons: the same LP and
/// hull are asked the same question.
@Suite("Conditions: Li is the open element when none is named")
struct OpenElementDefaultTests {
    static let li = Element(symbol: "Li")!
    static let elements = Set(["Li", "P", "O", "N"].map { Element(symbol: $0)! })

    @Test("QuestionKind.openElement(named:potential:) for every question")
    func rule() {
        for question in QuestionKind.allCases {
            let named = Element(symbol: "Na")!
            #expect(question.openElement(named: named, potential: .voltage(1)) == named)
            switch question.openElementRule {
            case .swept:
                #expect(question.openElement(named: nil, potential: nil) == Self.li)
            case .heldAtPotential:
                #expect(question.openElement(named: nil, potential: nil) == nil)
                #expect(question.openElement(named: nil, potential: .voltage(4.3)) == Self.li)
                #expect(question.openElement(named: nil, potential: .chemicalPotential(-1)) == Self.li)
            case .setByQuestion, .none:
                #expect(question.openElement(named: nil, potential: .voltage(1)) == nil)
            }
        }
    }

    @Test("resolved: a voltage without an element holds Li at it; a swept question sweeps Li")
    func resolved() throws {
        let held = try Conditions(openPotential: .voltage(4.3)).resolved(for: .decomposition, availableElements: Self.elements)
        #expect(held.openElement == Self.li && held.open?.chemicalPotential == -4.3)
        let swept = try Conditions().resolved(for: .stabilityWindow, availableElements: Self.elements)
        #expect(swept.openElement == Self.li)
        let closed = try Conditions().resolved(for: .decomposition, availableElements: Self.elements)
        #expect(closed.openElement == nil && closed.open == nil)
        // An element named without its potential is still refused.
        #expect(throws: ConditionsError.potentialNeeded(Self.li, question: .decomposition)) {
            try Conditions(openElement: Self.li).resolved(for: .decomposition, availableElements: Self.elements)
        }
    }

    @Test("the atlas answers decompose at 4.3 V the same with Li named or not")
    func atlas() throws {
        let atlas = PhaseDiagramAtlas(dataset: try BundledDataset.default.load())
        let lipon = try Composition(parsing: "Li2PO2N")
        let implicit = try atlas.decompose(lipon, under: Conditions(openPotential: .voltage(4.3)))
        let explicit = try atlas.decompose(lipon, under: Conditions(openElement: Self.li, openPotential: .voltage(4.3)))
        #expect(implicit == explicit)
        #expect(implicit.openElement == Self.li)
    }
}
