import Testing
@testable import Interphase

@Suite("Window limits from the facets at a composition")
struct StabilityLimitsTests {
    /// The fast route (facets containing the composition's point, two LPs) and the general route
    /// (the whole profile) are independent computations of the same numbers: equal to 1e-9 eV.
    @Test("property: limits, products and amounts equal the full window's, for every compound, stabilized or not")
    func agreesWithFullWindow() throws {
        let li = Element(symbol: "Li")!
        var diagrams = [try PhaseDiagram(entries: try BundledDataset.liponMPLegacy.load().allEntries)]
        for seed in UInt64(40)...42 {
            diagrams.append(try PhaseDiagram(entries: RandomSystems.entries(
                elements: ["Li", "Fe", "P", "O"].map { Element(symbol: $0)! }, count: 40, seed: seed)))
        }
        let absent = ["Li3.2PO3.8N0.2", "Li2.88PO3.73N0.14"].map { try! Composition(parsing: $0) }
        for diagram in diagrams {
            let compositions = diagram.entries.filter { !$0.isElement && $0.composition.elements != [li] }.map(\.composition)
                + (diagram.elements.contains(Element(symbol: "N")!) ? absent : [])
            for composition in compositions {
                for stabilize in [false, true] {
                    let full = try diagram.stabilityWindow(of: composition, formula: "c", openElement: li, stabilize: stabilize)
                    let fast = try #require(try diagram.stabilityLimits(
                        of: composition, formula: "c", openElement: li, stabilize: stabilize, uptakeTolerance: 0.05))
                    let label = "\(composition.formula) stabilize=\(stabilize)"
                    #expect(abs(fast.reductionChemicalPotential - full.reductionLimitChemicalPotential) < 1e-9, "\(label)")
                    #expect((fast.oxidationChemicalPotential == nil) == (full.oxidationLimitChemicalPotential == nil), "\(label)")
                    if let a = fast.oxidationChemicalPotential, let b = full.oxidationLimitChemicalPotential {
                        #expect(abs(a - b) < 1e-9, "\(label)")
                    }
                    #expect(fast.reductionProducts.map(\.formula) == full.reductionProducts.map(\.formula), "\(label)")
                    #expect(fast.oxidationProducts.map(\.formula) == full.oxidationProducts.map(\.formula), "\(label)")
                    // Amounts per formula unit: the tie-line geometry and the LP agree to rounding.
                    for (a, b) in zip(fast.reductionProducts + fast.oxidationProducts, full.reductionProducts + full.oxidationProducts) {
                        #expect(abs(a.amount - b.amount) < 1e-6, "\(label) \(a.formula)")
                    }
                }
            }
        }
    }
}
