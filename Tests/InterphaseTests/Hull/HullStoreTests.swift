import Foundation
import Testing
@testable import Interphase

/// `HullStore`: one bottom-up builder, lazy and eager, whose in-flight builds are shared.
///
/// Comparisons between the lazy and the eager route are exact (`==`): both ask the same builder
/// for the same system over the same inputs, so nothing may differ, not even rounding.
@Suite("HullStore")
struct HullStoreTests {
    /// Random data of 7 elements: routed per system (more than `singleHullElementLimit`).
    static let entries = RandomSystems.entries(
        elements: ["Li", "Mg", "O", "P", "S", "N", "Fe"].map { Element(symbol: $0)! }, count: 150, seed: 3)

    @Test("many tasks asking the atlas for one system build its diagram once")
    func sharedInFlightDiagram() async throws {
        let atlas = PhaseDiagramAtlas(entries: Self.entries)
        #expect(!atlas.usesSingleHull)
        let system: Set<Element> = Set(["Li", "Mg", "O", "P", "S"].map { Element(symbol: $0)! })
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<32 {
                group.addTask { try atlas.diagram(for: system).diagram.entries.count }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(Set(counts).count == 1 && counts.count == 32)
        #expect(atlas.cache.diagramBuildCount == 1)
        // A copy of the atlas (and the same constraints asked again) shares the cache.
        _ = try atlas.constrained(by: EntryConstraints()).diagram(for: system)
        #expect(atlas.cache.diagramBuildCount == 1)
    }

    @Test("many tasks asking the store for one system's stable set build each subsystem once")
    func sharedInFlightStableSets() async throws {
        let system = ChemicalSystem(["Li", "Mg", "O", "P", "S", "N"].map { Element(symbol: $0)! })
        let sequential = HullStore(entries: Self.entries)
        let expected = try sequential.stableEntries(of: system)
        let store = HullStore(entries: Self.entries)
        let answers = try await withThrowingTaskGroup(of: [Int].self) { group in
            for _ in 0..<32 {
                group.addTask { try store.stableEntries(of: system) }
            }
            return try await group.reduce(into: [[Int]]()) { $0.append($1) }
        }
        #expect(answers.allSatisfy { $0 == expected })
        // Each system with entries among the six elements is built exactly once, as alone.
        #expect(store.stableSetBuildCount == sequential.stableSetBuildCount)
        #expect(store.stableSetBuildCount == store.index.subsystemPositions(of: system).count + (store.index.position(of: system) == nil ? 1 : 0))
    }

    @Test("the whole-data pass and the lazy route find the same stable sets; the pass keeps its stable sets")
    func eagerMatchesLazy() throws {
        let eager = HullStore(entries: Self.entries)
        let whole = try eager.wholeDataHull()
        let lazy = HullStore(entries: Self.entries)
        var stable: [Int] = []
        for system in lazy.index.systems { stable += try lazy.stableEntries(of: system) }
        #expect(stable.sorted() == whole.stableIndices)
        // The pass filled the per-system cache: asking a system afterwards builds nothing.
        let built = eager.stableSetBuildCount
        for system in eager.index.systems { _ = try eager.stableEntries(of: system) }
        #expect(eager.stableSetBuildCount == built)
        #expect(try eager.wholeDataHull().stableIndices == whole.stableIndices)  // a second pass, the same
    }

    @Test("one threshold policy: linear programs from 3 elements when own entries are few, from 5 unless a hull costs less")
    func routingPolicy() {
        let policy = HullRoutingPolicy.standard
        #expect(!policy.answersByLinearPrograms(elementCount: 2, own: 1, inputs: 100))
        #expect(policy.answersByLinearPrograms(elementCount: 3, own: 2, inputs: 4))
        #expect(!policy.answersByLinearPrograms(elementCount: 4, own: 3, inputs: 5))
        #expect(policy.answersByLinearPrograms(elementCount: 5, own: 100, inputs: 101))
        // The two fitted cases: 188 own entries of ~600 inputs by LPs; 7,050 of ~7,200 by a hull.
        #expect(policy.answersByLinearPrograms(elementCount: 6, own: 188, inputs: 600))
        #expect(!policy.answersByLinearPrograms(elementCount: 6, own: 7050, inputs: 7200))
        #expect(policy.usesSingleHull(elementCount: 4) && !policy.usesSingleHull(elementCount: 5))
        #expect(policy.samplesOneHull(elementCount: 8) && policy.refusesHull(elementCount: 9))
        #expect(PhaseDiagramAtlas.hullElementLimit == policy.hullElementLimit)
    }
}
