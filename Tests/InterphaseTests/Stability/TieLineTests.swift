import Testing
@testable import Interphase

/// The data every route test runs on: the bundled Li–P–O–N hull and random 5-element systems
/// (random energies, so no accidental degeneracy hides a failing geometric route).
enum RouteTestData {
    static func bundled() throws -> PhaseDiagram {
        try PhaseDiagram(entries: try BundledDataset.liponMPLegacy.load().allEntries)
    }

    static func random(seed: UInt64, count: Int = 120) throws -> PhaseDiagram {
        try PhaseDiagram(entries: RandomSystems.entries(
            elements: ["Li", "Mg", "O", "P", "S"].map { Element(symbol: $0)! }, count: count, seed: seed))
    }

    /// Bundled compounds plus amorphous LiPON models absent from the data.
    static func bundledCompositions(_ diagram: PhaseDiagram) throws -> [Composition] {
        diagram.entries.filter { !$0.isElement }.map(\.composition)
            + (try ["Li3.2PO3.8N0.2", "Li2.94PO3.50N0.31", "LiPON", "P2O5N"].map { try Composition(parsing: $0) })
    }
}

@Suite("Tie line: stretches and kinks")
struct TieLineTests {
    @Test("the stretches of a line through the interior tile [0, 1] and their ends are the kinks")
    func stretchesTileTheLine() throws {
        let diagram = try RouteTestData.bundled()
        let line = try TieLine(hull: diagram, from: try Composition(parsing: "Li2PO2N"), to: .element(Element(symbol: "Li")!))
        let stretches = line.stretches().filter { $0.high - $0.low > Tolerance.lineParameter }
        try #require(!stretches.isEmpty)
        #expect(stretches.first!.low == 0)
        #expect(abs(stretches.last!.high - 1) <= Tolerance.lineParameter)
        for (a, b) in zip(stretches, stretches.dropFirst()) {
            // Neighbouring stretches meet (or overlap along a shared ridge).
            #expect(b.low <= a.high + Tolerance.lineParameter, "gap between \(a.high) and \(b.low)")
        }
        // Li | Li2PO2N kinks at 2/5, 8/17, 1/2, 4/7 (InterfaceReactionTests): the same line's ends.
        let kinks = line.kinkParameters(line.stretches())
        for expected in [0, 2.0 / 5, 8.0 / 17, 1.0 / 2, 4.0 / 7, 1] {
            #expect(kinks.contains { abs($0 - expected) < 1e-12 }, "kink \(expected) in \(kinks)")
        }
    }

    @Test("products at a point balance the point, and an unbalanced facet is refused")
    func productsBalance() throws {
        let diagram = try RouteTestData.bundled()
        let li = Element(symbol: "Li")!
        let composition = try Composition(parsing: "Li3PO4")
        let line = try #require(TieLine(hull: diagram, removingAndAdding: li, from: composition))
        let stretches = line.stretches()
        // At t = Li's fraction the line passes through Li3PO4 itself: the products are Li3PO4.
        let t = 3.0 / 8
        let found = try #require(line.products(at: t, in: stretches, atoms: 8, scale: 8))
        #expect(found.products.map(\.unit.reducedFormula) == ["Li3PO4"])
        #expect(found.products.map(\.amount) == [1])
        // A facet that does not contain the point cannot balance it.
        let far = try #require(stretches.first { !$0.contains(t) })
        #expect(line.products(at: t, in: far, atoms: 8, scale: 8) == nil)
    }
}

/// The geometric routes must answer on their own (`#require`: these fail if the geometry falls
/// back), and must agree with the exact routes (LPs, point location). Tolerance 1e-9: the LP's
/// numbers are exact rationals polished by `glp_exact`, the geometry's come from small dense
/// solves (~1e-15); any different facet or product moves them by ≥ 1e-4.
@Suite("Geometric routes answer on their own and agree with the exact routes")
struct GeometricRouteTests {
    let li = Element(symbol: "Li")!

    func expectSame(_ a: VoltageProfile, _ b: VoltageProfile, _ context: String, reactions: Bool = true) {
        #expect(a.steps.count == b.steps.count, "\(context): \(a.steps.count) vs \(b.steps.count) steps")
        for (x, y) in zip(a.steps, b.steps) {
            #expect(x.products.map(\.formula) == y.products.map(\.formula) && x.products.map(\.id) == y.products.map(\.id), "\(context)")
            // Reactions print 4 decimals: an exact tie such as 0.46875 may round either way.
            if reactions { #expect(x.reaction == y.reaction, "\(context): \(x.reaction) vs \(y.reaction)") }
            for (p, q) in zip(x.products, y.products) { #expect(abs(p.amount - q.amount) <= 1e-9, "\(context)") }
            #expect(abs(x.openElementUptake - y.openElementUptake) <= 1e-9, "\(context)")
            #expect(abs(x.chemicalPotentialHigh - y.chemicalPotentialHigh) <= 1e-9, "\(context)")
            #expect(abs((x.chemicalPotentialLow ?? -1e9) - (y.chemicalPotentialLow ?? -1e9)) <= 1e-9, "\(context)")
            #expect(abs(x.reactionEnergyPerAtom - y.reactionEnergyPerAtom) <= 1e-9, "\(context)")
        }
    }

    func checkProfile(_ diagram: PhaseDiagram, _ composition: Composition, open: Element, _ context: String, reactions: Bool) throws {
        let geometric = try #require(
            try diagram.voltageProfile(of: composition, openElement: open, route: .geometryOnly),
            "\(context): the tie line fell back to LPs")
        let exact = try #require(try diagram.voltageProfile(of: composition, openElement: open, route: .fallbackOnly))
        expectSame(geometric, exact, context, reactions: reactions)
    }

    @Test("voltage profiles: every bundled composition and LiPON model, Li, O or N open")
    func profilesBundled() throws {
        let diagram = try RouteTestData.bundled()
        for composition in try RouteTestData.bundledCompositions(diagram) {
            for symbol in ["Li", "O", "N"] where composition.elements.contains(where: { $0.symbol != symbol }) {
                try checkProfile(diagram, composition, open: Element(symbol: symbol)!, "\(composition.formula) open \(symbol)", reactions: true)
            }
        }
    }

    @Test("voltage profiles: random 5-element systems", arguments: UInt64(1)...3)
    func profilesRandom(seed: UInt64) throws {
        let diagram = try RouteTestData.random(seed: seed)
        for index in diagram.entries.indices where !diagram.entries[index].isElement && index % 3 == 0 {
            let composition = diagram.entries[index].composition
            guard composition.elements.contains(where: { $0 != li }) else { continue }
            try checkProfile(diagram, composition, open: li, "seed \(seed) \(composition.formula)", reactions: false)
        }
    }

    func checkLimits(_ diagram: PhaseDiagram, _ composition: Composition, stabilize: Bool, _ context: String) throws {
        let geometric = try #require(
            try diagram.stabilityLimits(of: composition, formula: "c", openElement: li, stabilize: stabilize,
                                        uptakeTolerance: 0.05, route: .geometryOnly),
            "\(context): the limits' products fell back to LPs")
        let exact = try #require(
            try diagram.stabilityLimits(of: composition, formula: "c", openElement: li, stabilize: stabilize,
                                        uptakeTolerance: 0.05, route: .fallbackOnly))
        #expect(geometric.reductionChemicalPotential == exact.reductionChemicalPotential, "\(context)")
        #expect(geometric.oxidationChemicalPotential == exact.oxidationChemicalPotential, "\(context)")
        let pairs = [(geometric.reductionProducts, exact.reductionProducts), (geometric.oxidationProducts, exact.oxidationProducts)]
        for (mine, theirs) in pairs {
            #expect(mine.map(\.formula) == theirs.map(\.formula), "\(context)")
            for (a, b) in zip(mine, theirs) { #expect(abs(a.amount - b.amount) <= 1e-9, "\(context) \(a.formula)") }
        }
    }

    @Test("window limits: every bundled Li compound, stabilized or not")
    func limitsBundled() throws {
        let diagram = try RouteTestData.bundled()
        for composition in try RouteTestData.bundledCompositions(diagram) where composition.elements.contains(where: { $0 != li }) {
            for stabilize in [false, true] {
                try checkLimits(diagram, composition, stabilize: stabilize, "\(composition.formula) stabilize=\(stabilize)")
            }
        }
    }

    @Test("window limits: random 5-element systems", arguments: UInt64(4)...6)
    func limitsRandom(seed: UInt64) throws {
        let diagram = try RouteTestData.random(seed: seed, count: 60)
        for entry in diagram.entries where !entry.isElement && entry.composition.elements.contains(where: { $0 != li }) {
            try checkLimits(diagram, entry.composition, stabilize: false, "seed \(seed) \(entry.composition.formula)")
        }
    }

    func checkReaction(_ diagram: PhaseDiagram, _ a: Composition, _ b: Composition, open: OpenElement?, _ context: String) throws {
        let geometric = try #require(
            try diagram.interfaceReaction(a, b, formulaA: nil, formulaB: nil, openElement: open, route: .geometryOnly),
            "\(context): a kink's products fell back to point location")
        let exact = try #require(
            try diagram.interfaceReaction(a, b, formulaA: nil, formulaB: nil, openElement: open, route: .fallbackOnly))
        try #require(geometric.kinks.count == exact.kinks.count, "\(context)")
        for (mine, theirs) in zip(geometric.kinks, exact.kinks) {
            #expect(mine.x == theirs.x && mine.energyPerAtom == theirs.energyPerAtom, "\(context)")
            #expect(mine.products.map(\.formula) == theirs.products.map(\.formula), "\(context) at x = \(mine.x)")
            for (p, q) in zip(mine.products, theirs.products) { #expect(abs(p.amount - q.amount) <= 1e-9, "\(context)") }
        }
    }

    @Test("interface reactions: pairs of bundled phases, closed and with Li open at 0, 1 and 3 V")
    func reactionsBundled() throws {
        let diagram = try RouteTestData.bundled()
        let formulas = ["Li", "Li2PO2N", "Li3PO4", "Li3N", "Li2O", "P2O5", "P3N5", "LiPN2", "Li4P2O7"]
        let compositions = try formulas.map { try Composition(parsing: $0) }
        for (i, a) in compositions.enumerated() {
            for b in compositions[(i + 1)...] {
                try checkReaction(diagram, a, b, open: nil, "\(a.formula) | \(b.formula)")
                for voltage in [0.0, 1, 3] where a.elements != [li] && b.elements != [li] {
                    try checkReaction(diagram, a, b, open: try OpenElement(li, voltage: voltage), "\(a.formula) | \(b.formula) at \(voltage) V")
                }
            }
        }
    }

    @Test("interface reactions: random 5-element systems", arguments: UInt64(7)...9)
    func reactionsRandom(seed: UInt64) throws {
        let diagram = try RouteTestData.random(seed: seed, count: 60)
        let compounds = diagram.entries.filter { !$0.isElement }.map(\.composition)
        for (a, b) in zip(compounds, compounds.dropFirst()).prefix(15) {
            try checkReaction(diagram, a, b, open: nil, "seed \(seed) \(a.formula) | \(b.formula)")
        }
    }
}
