import Foundation
import Testing
@testable import Interphase
import InterphaseMPLegacy

/// `PhaseDiagramAtlas`: the library picks the hull a question needs.
///
/// Tolerances: against a single hull over all the data, the atlas's hull of the question's system
/// has the same facets; numbers differ only by rounding in qhull and the small solves (~1e-15), so
/// 1e-9 accepts that and rejects a different facet or product (random energies differ by ≥ 1e-3).
/// Against pymatgen (fixture from Scripts/check_mp_reactions.py) 1e-4, the issue's tolerance; the
/// script measured at most 1e-13.
@Suite("PhaseDiagramAtlas")
struct PhaseDiagramAtlasTests {
    let li = Element(symbol: "Li")!
    static let mpLegacy = Result { PhaseDiagramAtlas(dataset: try MPLegacyDataset.load()) }

    /// Random data of 7 elements: routed per system (more than `singleHullElementLimit`).
    static func randomEntries(seed: UInt64) -> [Entry] {
        RandomSystems.entries(elements: ["Li", "Mg", "O", "P", "S", "N", "Fe"].map { Element(symbol: $0)! }, count: 150, seed: seed)
    }

    @Test("small data: one hull over everything, answers identical to a PhaseDiagram of all entries")
    func smallDataSingleHull() throws {
        let entries = try BundledDataset.default.load().allEntries
        let atlas = PhaseDiagramAtlas(entries: entries)
        #expect(atlas.usesSingleHull)
        let whole = try PhaseDiagram(entries: entries)
        let a = try Composition(parsing: "Li"), b = try Composition(parsing: "Li2O")
        #expect(try atlas.interfaceReaction(a, b) == whole.interfaceReaction(a, b))
        let composition = try Composition(parsing: "Li2PO2N")
        #expect(try atlas.stabilityWindow(of: composition, openElement: li) == whole.stabilityWindow(of: composition, openElement: li))
    }

    @Test("large data: the question's system only, answers equal to a single hull's", arguments: UInt64(1)...2)
    func largeDataPerSystem(seed: UInt64) throws {
        let entries = Self.randomEntries(seed: seed)
        let atlas = PhaseDiagramAtlas(entries: entries)
        #expect(!atlas.usesSingleHull)
        let whole = try PhaseDiagram(entries: entries)
        let compounds = entries.filter { !$0.isElement }.map(\.composition)
        for (a, b) in zip(compounds, compounds.dropFirst()).prefix(12) {
            let system = Set(a.elements + b.elements)
            #expect(try atlas.diagram(for: system).diagram.elements == system.sorted())
            let mine = try atlas.interfaceReaction(a, b), theirs = try whole.interfaceReaction(a, b)
            try #require(mine.kinks.count == theirs.kinks.count, "\(a.formula) | \(b.formula)")
            for (k, l) in zip(mine.kinks, theirs.kinks) {
                #expect(abs(k.x - l.x) < 1e-9 && abs(k.energyPerAtom - l.energyPerAtom) < 1e-9, "\(a.formula) | \(b.formula)")
                #expect(k.products.map(\.formula) == l.products.map(\.formula))
            }
        }
        for composition in compounds.prefix(20) where composition.elements != [li] {
            let mine = try atlas.stabilityWindow(of: composition, openElement: li)
            let theirs = try whole.stabilityWindow(of: composition, openElement: li)
            #expect(abs(mine.reductionLimitChemicalPotential - theirs.reductionLimitChemicalPotential) < 1e-9, "\(composition.formula)")
            #expect(mine.reductionProducts.map(\.formula) == theirs.reductionProducts.map(\.formula), "\(composition.formula)")
            #expect(mine.oxidationProducts.map(\.formula) == theirs.oxidationProducts.map(\.formula), "\(composition.formula)")
        }
    }

    @Test("a system above the hull limit is refused at once, naming the system and the limit")
    func guardRefusesLargeSystems() throws {
        let atlas = try Self.mpLegacy.get()
        let composition = try Composition(parsing: "LiMnFeCoNiCuZnTiVCrO11")
        let started = Date()
        #expect(throws: StabilityError.systemTooLarge(ChemicalSystem(composition).elements, limit: PhaseDiagramAtlas.hullElementLimit)) {
            try atlas.stabilityWindow(of: composition, openElement: li)
        }
        // Refused before any hull: a look-up, far below the minutes a hull of 11 elements takes.
        #expect(Date().timeIntervalSince(started) < 5)
        let message = StabilityError.systemTooLarge(ChemicalSystem(composition).elements, limit: 8).description
        #expect(message.contains("Co-Cr-Cu-Fe-Li-Mn-Ni-O-Ti-V-Zn") && message.contains("at most 8"))
    }

    @Test("whole MP: interface reactions match pymatgen's InterfacialReactivity on the pair's subsystem")
    func mpLegacyReactionsMatchPymatgen() throws {
        let atlas = try Self.mpLegacy.get()
        let fixture = try Fixtures.json("mp-reactions.json") as! [String: Any]
        for pair in fixture["pairs"] as! [[String: Any]] {
            let a = pair["a"] as! String, b = pair["b"] as! String
            let voltage = pair["voltage"] as? Double
            let open = try voltage.map { try OpenElement(li, voltage: $0) }
            let reaction = try atlas.interfaceReaction(try Composition(parsing: a), try Composition(parsing: b), openElement: open)
            let kinks = pair["kinks"] as! [[String: Any]]
            let label = "\(a) | \(b) at \(voltage.map { "\($0) V" } ?? "closed")"
            try #require(reaction.kinks.count == kinks.count, "\(label)")
            for (mine, theirs) in zip(reaction.kinks, kinks) {
                #expect(abs(mine.x - (theirs["x"] as! Double)) < 1e-4, "\(label)")
                #expect(abs(mine.energyPerAtom - (theirs["energy_per_atom"] as! Double)) < 1e-4, "\(label)")
                #expect(mine.products.map(\.formula).sorted() == theirs["products"] as! [String], "\(label) at x = \(mine.x)")
            }
        }
    }

    @Test("a candidate's stability read off its system's hull equals adding it to the data", arguments: UInt64(3)...4)
    func candidateStability(seed: UInt64) throws {
        let entries = Self.randomEntries(seed: seed)
        let atlas = PhaseDiagramAtlas(entries: entries)
        var generator = SplitMixGenerator(seed: seed)
        var candidates: [Entry] = []
        for entry in entries.prefix(60) {
            // Polymorphs of data compositions (stable or not), above and below, and pure elements.
            let shift = Double.random(in: -0.3...0.3, using: &generator)
            candidates.append(Entry(id: "q", composition: entry.composition, energyPerAtom: entry.energyPerAtom + shift))
        }
        for _ in 0..<40 {
            // New compositions of 2 to 5 elements: hulls below
            // `candidateLinearProgrammingElementCount` elements, linear programs from there.
            var amounts: [Element: Double] = [:]
            let count = Int.random(in: 2...5, using: &generator)
            for element in ["Li", "Mg", "O", "P", "S", "N", "Fe"].shuffled(using: &generator).prefix(count) {
                amounts[Element(symbol: element)!] = Double(Int.random(in: 1...5, using: &generator))
            }
            candidates.append(Entry(id: "new", composition: try Composition(amounts), energyPerAtom: -Double.random(in: 0...2.5, using: &generator)))
        }
        for candidate in candidates {
            let mine = try atlas.stability(of: candidate)
            let theirs = try PhaseDiagram(entries: entries + [candidate]).stability(ofEntryAt: entries.count)
            let label = "\(candidate.formula) at \(candidate.energyPerAtom) eV/atom"
            #expect(mine.isStable == theirs.isStable, "\(label)")
            #expect(abs(mine.energyAboveHull - theirs.energyAboveHull) < 1e-9, "\(label)")
            if candidate.isElement {
                // A pure element keeps its formation energy against the data's reference (added to
                // the data, one below it would become the reference, at 0), and that is its
                // decomposition energy (pymatgen's phase-separation energy of an element).
                let reference = entries.filter { $0.isElement && $0.composition.elements == candidate.composition.elements }.map(\.energyPerAtom).min()!
                #expect(abs(mine.formationEnergyPerAtom - (candidate.energyPerAtom - reference)) < 1e-9, "\(label)")
                #expect(abs(mine.decompositionEnergyPerAtom! - mine.formationEnergyPerAtom) < 1e-12, "\(label)")
                #expect(mine.decomposesTo.map(\.formula) == theirs.decomposesTo.map(\.formula), "\(label)")
                continue
            }
            #expect(abs(mine.formationEnergyPerAtom - theirs.formationEnergyPerAtom) < 1e-9, "\(label)")
            #expect((mine.decompositionEnergyPerAtom == nil) == (theirs.decompositionEnergyPerAtom == nil), "\(label)")
            if let x = mine.decompositionEnergyPerAtom, let y = theirs.decompositionEnergyPerAtom { #expect(abs(x - y) < 1e-9, "\(label)") }
            #expect(mine.decomposesTo.map(\.formula) == theirs.decomposesTo.map(\.formula), "\(label)")
        }
    }

    @Test("a candidate of 7 elements (linear programs stand for the hull) equals adding it to the data")
    func candidateOfManyElements() throws {
        let entries = Self.randomEntries(seed: 8)
        let atlas = PhaseDiagramAtlas(entries: entries)
        let composition = try Composition(parsing: "LiMgO4PSN2Fe")
        #expect(ChemicalSystem(composition).count >= PhaseDiagramAtlas.candidateLinearProgrammingElementCount)
        for energy in [-2.5, -1.5, -0.8, -0.2] {
            let candidate = Entry(id: "c", composition: composition, energyPerAtom: energy)
            let mine = try atlas.stability(of: candidate)
            let theirs = try PhaseDiagram(entries: entries + [candidate]).stability(ofEntryAt: entries.count)
            #expect(mine.isStable == theirs.isStable, "\(energy)")
            #expect(abs(mine.energyAboveHull - theirs.energyAboveHull) < 1e-9, "\(energy)")
            #expect(abs((mine.decompositionEnergyPerAtom ?? .nan) - (theirs.decompositionEnergyPerAtom ?? .nan)) < 1e-9, "\(energy)")
            #expect(mine.decomposesTo.map(\.formula) == theirs.decomposesTo.map(\.formula), "\(energy)")
        }
    }

    @Test("a candidate on small data, and one with an element the data lack")
    func candidateOnSmallData() throws {
        let entries = try BundledDataset.liponMPLegacy.load().allEntries
        let atlas = PhaseDiagramAtlas(entries: entries)
        for (formula, energy) in [("Li3PO4", -2.9), ("Li3PO4", -2.5), ("Li5PO5", -2.4), ("LiPON2", -1.0), ("Li", -1.0), ("Li", 0.3)] {
            let query = Entry(id: "q", composition: try Composition(parsing: formula), energyPerAtom: energy)
            let mine = try atlas.stability(of: query)
            let theirs = try PhaseDiagram(entries: entries + [query]).stability(ofEntryAt: entries.count)
            #expect(mine.isStable == theirs.isStable && abs(mine.energyAboveHull - theirs.energyAboveHull) < 1e-9, "\(formula) \(energy)")
            if query.isElement {
                // Li below the data's reference keeps its number (−1.0 eV/atom below it was reported as 0).
                let reference = entries.filter { $0.isElement && $0.composition.elements == query.composition.elements }.map(\.energyPerAtom).min()!
                #expect(abs(mine.formationEnergyPerAtom - (energy - reference)) < 1e-9, "\(formula) \(energy)")
                #expect(mine.decompositionEnergyPerAtom == mine.formationEnergyPerAtom, "\(formula) \(energy)")
                continue
            }
            #expect(abs(mine.formationEnergyPerAtom - theirs.formationEnergyPerAtom) < 1e-9, "\(formula) \(energy)")
            #expect((mine.decompositionEnergyPerAtom ?? 0) - (theirs.decompositionEnergyPerAtom ?? 0) < 1e-9, "\(formula) \(energy)")
        }
        #expect(throws: StabilityError.elementNotInData(formula: "Li2S", element: Element(symbol: "S")!)) {
            try atlas.stability(of: Entry(id: nil, composition: try Composition(parsing: "Li2S"), energyPerAtom: -1))
        }
    }

    @Test("the diagram of a system holds exactly its entries, in input order; elements without entries are ignored")
    func systemLookup() throws {
        let entries = Self.randomEntries(seed: 7)
        let atlas = PhaseDiagramAtlas(entries: entries)
        let system: Set<Element> = [li, Element(symbol: "O")!, Element(symbol: "P")!]
        let diagram = try atlas.diagram(for: system).diagram
        let expected = entries.filter { Set($0.composition.elements).isSubset(of: system) }
        #expect(diagram.entries == expected)
        #expect(try atlas.diagram(for: system.union([Element(symbol: "Zr")!])).diagram.entries == expected)
        // No element of the question has entries: the lightest element's diagram, so that
        // questions on it fail with "not in the data".
        #expect(try !atlas.diagram(for: [Element(symbol: "Zr")!]).diagram.entries.isEmpty)
        #expect(throws: StabilityError.elementNotInData(formula: "ZrO2", element: Element(symbol: "Zr")!)) {
            try atlas.stabilityWindow(of: try Composition(parsing: "ZrO2"), openElement: li)
        }
    }

    @Test("constraints: exclusions checked against all the data, applied per system as a whole-data hull would")
    func constraintsPerSystem() throws {
        let entries = Self.randomEntries(seed: 5)
        let excluded = entries.first { !$0.isElement }!
        #expect(throws: ConstraintError.noMatch("Zr3Q")) {
            try PhaseDiagramAtlas(entries: entries, constraints: EntryConstraints(exclude: ["Zr3Q"]))
        }
        let constraints = EntryConstraints(exclude: [excluded.id!], metastableTolerance: 0.05)
        let atlas = try PhaseDiagramAtlas(entries: entries, constraints: constraints)
        let whole = try PhaseDiagram(entries: try constraints.apply(to: entries).entries)
        let compounds = entries.filter { !$0.isElement }.map(\.composition)
        for composition in compounds.prefix(15) where composition.elements != [li] {
            let mine = try atlas.stabilityWindow(of: composition, openElement: li)
            let theirs = try whole.stabilityWindow(of: composition, openElement: li)
            #expect(abs(mine.reductionLimitChemicalPotential - theirs.reductionLimitChemicalPotential) < 1e-9, "\(composition.formula)")
            #expect(mine.oxidationProducts.map(\.formula) == theirs.oxidationProducts.map(\.formula), "\(composition.formula)")
        }
        let record = try atlas.diagram(for: Set(excluded.composition.elements)).record
        #expect(record?.excluded.map(\.id) == [excluded.id])
    }

    @Test("one atlas answers from several threads at once, the same as from one")
    func concurrentQuestions() throws {
        let entries = Self.randomEntries(seed: 6)
        let atlas = PhaseDiagramAtlas(entries: entries)
        let compounds = entries.filter { !$0.isElement && $0.composition.elements != [li] }.map(\.composition)
        let serial = try compounds.map { try PhaseDiagramAtlas(entries: entries).stabilityWindow(of: $0, openElement: li) }
        let results = Mutex4Tests<[Int: StabilityWindow?]>([:])
        let done = DispatchGroup()
        for offset in 0..<4 {
            done.enter()
            Thread.detachNewThread {
                for index in stride(from: offset, to: compounds.count, by: 4) {
                    let window = try? atlas.stabilityWindow(of: compounds[index], openElement: Element(symbol: "Li")!)
                    results.update { $0[index] = window }
                }
                done.leave()
            }
        }
        done.wait()
        let concurrent = results.value
        for (index, window) in serial.enumerated() { #expect(concurrent[index] == .some(window)) }
    }
}

/// A value behind a lock, for tests that collect results from threads.
final class Mutex4Tests<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func update(_ body: (inout Value) -> Void) { lock.withLock { body(&stored) } }
}
