import Foundation
import Testing
@testable import Interphase

/// `PatchedPhaseDiagram` (one hull per chemical system) against a single `PhaseDiagram`.
///
/// Tolerance: the per-system hulls have the same facets as the single hull, so energies and
/// amounts differ only by rounding in qhull and in the barycentric solve (~1e-15); 1e-9 accepts
/// that and rejects any different facet (random energies differ by ≥ 1e-3 eV/atom).
@Suite("PatchedPhaseDiagram")
struct PatchedPhaseDiagramTests {
    static let tolerance = 1e-9

    /// Checks that two stabilities agree: same flag, same products, energies within tolerance.
    func expectAgreement(_ patched: EntryStability, _ single: EntryStability, _ context: String) {
        #expect(patched.id == single.id, "\(context)")
        #expect(patched.isStable == single.isStable, "\(context): is_stable")
        #expect(abs(patched.formationEnergyPerAtom - single.formationEnergyPerAtom) <= Self.tolerance, "\(context)")
        #expect(abs(patched.energyAboveHull - single.energyAboveHull) <= Self.tolerance,
                "\(context): E_hull \(patched.energyAboveHull) vs \(single.energyAboveHull)")
        switch (patched.decompositionEnergyPerAtom, single.decompositionEnergyPerAtom) {
        case (nil, nil): break
        case (let a?, let b?): #expect(abs(a - b) <= Self.tolerance, "\(context): E_decomp \(a) vs \(b)")
        default: Issue.record("\(context): decomposition energy \(String(describing: patched.decompositionEnergyPerAtom)) vs \(String(describing: single.decompositionEnergyPerAtom))")
        }
        #expect(patched.decomposesTo.map(\.formula) == single.decomposesTo.map(\.formula), "\(context): products")
        #expect(patched.decomposesTo.map(\.id) == single.decomposesTo.map(\.id), "\(context): product ids")
        for (a, b) in zip(patched.decomposesTo, single.decomposesTo) {
            #expect(abs(a.amount - b.amount) <= Self.tolerance, "\(context): amount of \(a.formula)")
        }
    }

    static let elementSets: [[String]] = [
        ["Li", "O", "P"], ["Li", "N", "O", "P"], ["Li", "Mg", "O", "P", "S"], ["Li", "Mg", "Al", "O", "P", "S"],
    ]

    @Test("agrees with one PhaseDiagram on random systems of 3 to 6 elements, by hulls and by linear programs",
          arguments: [3, 4, 5, 6, 99])
    func agreesWithSingleDiagram(linearProgrammingFrom: Int) throws {
        for (offset, symbols) in Self.elementSets.enumerated() {
            let elements = symbols.map { Element(symbol: $0)! }
            for seed in UInt64(1)...3 {
                var entries = RandomSystems.entries(elements: elements, count: 25 * elements.count, seed: seed + 10 * UInt64(offset))
                // Polymorphs, an entry above zero and a duplicate composition of a stable one.
                entries.append(Entry(id: "poly", composition: entries[elements.count].composition,
                                     energyPerAtom: entries[elements.count].energyPerAtom + 0.01))
                entries.append(Entry(id: "positive", composition: try Composition(parsing: symbols[0] + symbols[1]), energyPerAtom: 0.3))
                let single = try PhaseDiagram(entries: entries)
                let patched = try PatchedPhaseDiagram(entries: entries, policy: HullRoutingPolicy(singleHullElementLimit: 0, linearProgrammingElementCount: linearProgrammingFrom))
                #expect(patched.stableIndices == single.stableIndices, "\(symbols) seed \(seed)")
                for index in entries.indices {
                    expectAgreement(patched.stability(ofEntryAt: index), single.stability(ofEntryAt: index),
                                    "\(symbols) seed \(seed) LP≥\(linearProgrammingFrom) \(entries[index].label)")
                }
            }
        }
    }

    @Test("identical results on the bundled Li–P–O–N data")
    func bundled() throws {
        let entries = try BundledDataset.liponMPLegacy.load().allEntries
        let single = try PhaseDiagram(entries: entries)
        let patched = try PatchedPhaseDiagram(entries: entries, policy: HullRoutingPolicy(singleHullElementLimit: 0, linearProgrammingElementCount: 7))
        #expect(patched.stableIndices == single.stableIndices)
        for index in entries.indices {
            expectAgreement(patched.stability(ofEntryAt: index), single.stability(ofEntryAt: index), entries[index].label)
        }
        // The default (one hull for ≤ 4 elements) is bit-for-bit PhaseDiagram's.
        let defaulted = try PatchedPhaseDiagram(entries: entries)
        #expect(entries.indices.allSatisfy { defaulted.stability(ofEntryAt: $0) == single.stability(ofEntryAt: $0) })
    }

    @Test("missing references and empty input throw as PhaseDiagram does")
    func errors() throws {
        #expect(throws: PhaseDiagramError.noEntries) { try PatchedPhaseDiagram(entries: []) }
        let entries = [Entry(id: nil, composition: try Composition(parsing: "Li2O"), energyPerAtom: -2),
                       Entry(id: nil, composition: .element(Element(symbol: "Li")!), energy: 0)]
        #expect(throws: PhaseDiagramError.missingElementalReference(Element(symbol: "O")!)) {
            try PatchedPhaseDiagram(entries: entries)
        }
    }

    @Test("ChemicalSystem: subsets, order and names")
    func chemicalSystem() {
        let lio = ChemicalSystem([Element(symbol: "Li")!, Element(symbol: "O")!])
        let liop = ChemicalSystem([Element(symbol: "P")!, Element(symbol: "Li")!, Element(symbol: "O")!])
        let heavy = ChemicalSystem([Element(symbol: "U")!, Element(symbol: "O")!])
        #expect(lio.isSubset(of: liop) && !liop.isSubset(of: lio))
        #expect(!heavy.isSubset(of: liop) && heavy.contains(Element(symbol: "U")!))
        #expect(lio < liop && liop.description == "Li-O-P" && heavy.count == 2)
        var subsystems: [ChemicalSystem] = []
        liop.forEachProperSubsystem { subsystems.append($0) }
        #expect(subsystems.count == 6 && Set(subsystems).count == 6)
    }

    /// Exact (sets of elements and counts, no numbers): the sub-mask enumeration and the row of
    /// each element read off the masks, across both mask words (U and Pu above 64).
    @Test("ChemicalSystem: subsystems and rows across both mask words")
    func chemicalSystemAcrossWords() {
        let elements = ["Li", "O", "Ba", "U", "Pu"].map { Element(symbol: $0)! }
        let system = ChemicalSystem(elements)
        var subsystems: [ChemicalSystem] = []
        system.forEachProperSubsystem { subsystems.append($0) }
        #expect(subsystems.count == 30 && Set(subsystems).count == 30)
        #expect(subsystems.allSatisfy { $0.isSubset(of: system) && $0 != system && !$0.isEmpty })
        for (row, element) in system.elements.enumerated() {
            #expect(system.offset(ofAtomicNumber: element.atomicNumber) == row)
        }
    }
}

@Suite("Batch input")
struct BatchInputTests {
    @Test("JSON Lines entry queries: energies, ids, blank lines")
    func entries() throws {
        let text = """
            {"id": "a", "formula": "Li3PO4", "formation_energy_per_atom": -2.5}

            {"id": 7, "formula": "Li2O", "energy": -6.0}
            {"formula": "LiPO3", "energy_per_atom": -2.0, "note": "ignored"}
            """
        let queries = try JSONLines.entryQueries(Data(text.utf8), file: "q.jsonl")
        #expect(queries.map(\.line) == [1, 3, 4])
        #expect(queries.map(\.entry.id) == ["a", "7", nil])
        #expect(abs(queries[0].entry.energy - (-2.5 * 8)) < 1e-12)
        #expect(queries[1].entry.energy == -6.0)
        #expect(abs(queries[2].entry.energyPerAtom - (-2.0)) < 1e-12)
    }

    @Test("malformed lines give errors naming the file and line", arguments: [
        ("{\"formula\": \"Li2O\", \"energy\": -1}\n{not json", "q.jsonl, line 2: is not valid JSON"),
        ("[1, 2]", "q.jsonl, line 1: expected a JSON object"),
        ("{\"energy\": -1}", "q.jsonl, line 1: no \"formula\" key"),
        ("{\"formula\": \"Li2Xq\", \"energy\": -1}", "q.jsonl, line 1, field \"formula\""),
        ("{\"formula\": \"Li2O\"}", "q.jsonl, line 1: no energy"),
        ("{\"formula\": \"Li2O\", \"energy\": -1, \"energy_per_atom\": -1}", "q.jsonl, line 1: more than one energy"),
        ("{\"formula\": \"Li2O\", \"energy\": \"x\"}", "q.jsonl, line 1, field \"energy\": expected a number"),
        ("\n\n", "q.jsonl: contains no queries"),
    ])
    func malformed(text: String, expected: String) {
        do {
            _ = try JSONLines.entryQueries(Data(text.utf8), file: "q.jsonl")
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.description.hasPrefix(expected), "\(error.description)")
        }
    }

    @Test("composition queries")
    func compositions() throws {
        let queries = try JSONLines.compositionQueries(Data("{\"formula\": \"Li2PO2N\"}\r\n{\"formula\": \"Li3PO4\"}\n".utf8), file: "w.jsonl")
        #expect(queries.map(\.formula) == ["Li2PO2N", "Li3PO4"] && queries.map(\.line) == [1, 2])
        #expect(throws: DataError.self) { try JSONLines.compositionQueries(Data("{\"formula\": 3}".utf8), file: "w.jsonl") }
    }
}
