import Testing
@testable import Interphase

/// `PhaseDiagramAtlas.subsystemDiagram(of:)`: the diagram of exactly a question's system, cached
/// with the atlas's other diagrams, also for small data answered by one hull.
///
/// Comparisons are exact (`==`): the cached route and the direct one build the hull of the same
/// entries in the same order, so not even rounding may differ.
@Suite("PhaseDiagramAtlas subsystems")
struct PhaseDiagramAtlasSubsystemTests {
    static let li = Element(symbol: "Li")!, p = Element(symbol: "P")!, o = Element(symbol: "O")!

    @Test("a subsystem of small data asked twice is built once, from the entries within it in data order")
    func subsystemBuiltOnce() throws {
        let entries = try BundledDataset.liponMPLegacy.load().allEntries
        let atlas = PhaseDiagramAtlas(entries: entries)
        #expect(atlas.usesSingleHull)
        let whole = try atlas.diagram(for: [])
        #expect(atlas.cache.diagramBuildCount == 1)
        let first = try atlas.subsystemDiagram(of: [Self.li, Self.p, Self.o])
        let second = try atlas.constrained(by: EntryConstraints()).subsystemDiagram(of: [Self.o, Self.p, Self.li])
        #expect(atlas.cache.diagramBuildCount == 2)
        let within = entries.filter { $0.composition.elements.allSatisfy([Self.li, Self.p, Self.o].contains) }
        #expect(first.entries.map(\.id) == within.map(\.id))
        #expect(second.stableIndices == first.stableIndices && second.formationEnergiesPerAtom == first.formationEnergiesPerAtom)
        // The whole system is the single hull itself: nothing more is built.
        #expect(try atlas.subsystemDiagram(of: Set(whole.diagram.elements)).entries.count == whole.diagram.entries.count)
        #expect(atlas.cache.diagramBuildCount == 2)
    }

    @Test("windows through the atlas equal the direct diagram's, and reuse the system's hull")
    func windowsReuseSubsystem() throws {
        let entries = try BundledDataset.liponMPLegacy.load().allEntries
        let atlas = PhaseDiagramAtlas(entries: entries)
        let direct = try PhaseDiagram(entries: entries)
        for (formula, stabilize) in [("Li3PO4", false), ("Li3PO4", true), ("LiPO3", false), ("Li4P2O7", true)] {
            let composition = try Composition(parsing: formula)
            let cached = try atlas.stabilityWindow(of: composition, openElement: Self.li, stabilize: stabilize)
            #expect(cached == (try direct.stabilityWindow(of: composition, openElement: Self.li, stabilize: stabilize)))
        }
        // The single hull and Li–P–O, whatever the number of windows asked.
        #expect(atlas.cache.diagramBuildCount == 2)
        #expect(try atlas.voltageProfile(of: try Composition(parsing: "Li3PO4"), openElement: Self.li)
            == direct.voltageProfile(of: try Composition(parsing: "Li3PO4"), openElement: Self.li))
        #expect(atlas.cache.diagramBuildCount == 2)
    }

    @Test("under constraints a subsystem of small data keeps the whole data's constrained entries")
    func constrainedSubsystem() throws {
        let entries = try BundledDataset.liponMPLegacy.load().allEntries
        // Li2PO2N lies outside Li–P–O: the exclusion applies to the whole data, not the subsystem.
        let constraints = EntryConstraints(exclude: ["Li2PO2N", "Li3P"], metastableTolerance: 0.02)
        let atlas = try PhaseDiagramAtlas(entries: entries, constraints: constraints)
        let whole = try atlas.diagram(for: []).diagram
        let sub = try atlas.subsystemDiagram(of: [Self.li, Self.p, Self.o])
        let within = whole.entries.filter { $0.composition.elements.allSatisfy([Self.li, Self.p, Self.o].contains) }
        #expect(sub.entries.map(\.id) == within.map(\.id))
        #expect(sub.entries.map(\.energy) == within.map(\.energy))
        #expect(!sub.entries.contains { $0.formula == "Li3P" })
    }
}
