import Testing
@testable import Interphase

@Suite("Constrained equilibria: --exclude and --metastable")
struct ConstrainedEquilibriumTests {
    let li = Element(symbol: "Li")!
    let lithiumPhosphides = ["Li3P", "LiP", "Li3P7", "LiP3", "LiP5", "LiP7"]

    func entries() throws -> [Entry] { try Fixtures.dataset("lipon-bundled.csv").allEntries }

    func productsAtZeroVolts(_ formula: String, entries: [Entry]) throws -> [String] {
        let lp = GrandCanonicalLP(diagram: try PhaseDiagram(entries: entries))
        return try lp.decompose(try Composition(parsing: formula), openElements: [try OpenElement(li, voltage: 0)]).products.map(\.formula)
    }

    @Test("excluding Li3P changes LiPON's 0 V products; without any Li–P phase P is left as the element and Li3PO4 does not appear")
    func exclusionChangesProducts() throws {
        let all = try entries()
        #expect(try productsAtZeroVolts("Li2PO2N", entries: all) == ["Li2O", "Li3N", "Li3P"])
        let noLi3P = try EntryConstraints(exclude: ["Li3P"]).apply(to: all)
        #expect(noLi3P.record.excluded.map(\.formula) == ["Li3P"])
        #expect(noLi3P.record.excluded.first?.id == "mp-736")
        #expect(noLi3P.entries.count == all.count - 1)
        #expect(try productsAtZeroVolts("Li2PO2N", entries: noLi3P.entries) == ["Li2O", "Li7PN4", "LiP"])
        let noLiP = try EntryConstraints(exclude: lithiumPhosphides).apply(to: all)
        #expect(try productsAtZeroVolts("Li2PO2N", entries: noLiP.entries) == ["Li2O", "Li7PN4", "P"])
        #expect(try productsAtZeroVolts("Li3PO4", entries: noLiP.entries) == ["Li2O", "P"])
    }

    @Test("an id excludes one entry; a formula every entry of that composition, any multiple")
    func idsAndFormulas() throws {
        let all = try entries()
        let byId = try EntryConstraints(exclude: ["mp-736"]).apply(to: all)
        #expect(byId.record.excluded == [ExcludedEntry(id: "mp-736", formula: "Li3P", matchedBy: "id", token: "mp-736")])
        let byMultiple = try EntryConstraints(exclude: ["Li6P2"]).apply(to: all)
        #expect(byMultiple.record.excluded.map(\.id) == ["mp-736"])
        #expect(byMultiple.record.excluded.first?.matchedBy == "formula")
    }

    @Test("bad exclusions are refused with a clear error")
    func errors() throws {
        let all = try entries()
        #expect(throws: ConstraintError.noMatch("Li9Q")) { try EntryConstraints(exclude: ["Li9Q"]).apply(to: all) }
        #expect(throws: ConstraintError.noMatch("Li5P")) { try EntryConstraints(exclude: ["Li5P"]).apply(to: all) }
        #expect(throws: ConstraintError.elementExcluded("P")) { try EntryConstraints(exclude: ["P"]).apply(to: all) }
        #expect(throws: ConstraintError.referenceExcluded(Element(symbol: "P")!)) { try EntryConstraints(exclude: ["ref-P"]).apply(to: all) }
        #expect(throws: ConstraintError.invalidTolerance(-1)) { try EntryConstraints(metastableTolerance: -1).apply(to: all) }
    }

    @Test("--metastable 0.025 admits Li5P2N5 (E_hull 0.0107 eV/atom) onto the hull, and nothing further than 0.025")
    func metastable() throws {
        let all = try entries()
        let before = try PhaseDiagram(entries: all)
        let index = try #require(all.firstIndex { $0.id == "mp-530933" })
        let above = before.energyAboveHull(ofEntryAt: index)
        #expect(!before.isStable(entryAt: index) && abs(above - 0.010652) < 1e-5)

        let admitted = try EntryConstraints(metastableTolerance: 0.025).apply(to: all)
        let record = try #require(admitted.record.admitted.first { $0.id == "mp-530933" })
        #expect(abs(record.loweredBy - (above + 1e-8)) < 1e-12)
        #expect(admitted.record.admitted.allSatisfy { $0.energyAboveHull <= 0.025 })
        let after = try PhaseDiagram(entries: admitted.entries)
        #expect(after.isStable(entryAt: index))
        #expect(admitted.record.admitted.allSatisfy { entry in
            after.isStable(entryAt: admitted.entries.firstIndex { $0.id == entry.id && $0.formula == entry.formula }!)
        })
        // Stable phases are not touched; a tolerance of 0 admits only phases exactly on the hull.
        #expect(try EntryConstraints(metastableTolerance: 0).apply(to: all).record.admitted.isEmpty)
        // Li5P2N5 now appears between Li7PN4 and LiPN2 on LiPN2's reduction path.
        let window = try after.stabilityWindow(of: try Composition(parsing: "LiPN2"), openElement: li)
        #expect(window.reductionProducts.map(\.formula).contains("Li5P2N5"))
    }

    @Test("Dataset.applying keeps implicit references apart")
    func dataset() throws {
        let text = "formula,formation_energy_per_atom\nLi3P,-0.6975\nLiP,-0.5249\n"
        let dataset = try Dataset.read(csv: text, name: "tiny")
        #expect(dataset.implicitReferences.count == 2)
        let result = try dataset.applying(EntryConstraints(exclude: ["LiP"]))
        let (constrained, record) = (result.dataset, result.record)
        #expect(constrained.entries.map(\.formula) == ["Li3P"])
        #expect(constrained.implicitReferences.count == 2)
        #expect(record.excluded.map(\.formula) == ["LiP"])
    }
}
