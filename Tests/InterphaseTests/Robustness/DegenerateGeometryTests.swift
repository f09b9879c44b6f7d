import Foundation
import Testing
@testable import Interphase

/// Degenerate geometry: flat, collinear and coplanar hulls, points exactly on facets,
/// near-duplicate energies, extreme magnitudes, 1 and 10 elements, and queries on vertices,
/// edges and faces — for hulls, decompositions, profiles and windows alike.
@Suite("Degenerate geometry")
struct DegenerateGeometryTests {
    let li = Element(symbol: "Li")!, o = Element(symbol: "O")!

    func entry(_ formula: String, _ energyPerAtom: Double, id: String? = nil) -> Entry {
        Entry(id: id ?? formula, composition: try! Composition(parsing: formula), energyPerAtom: energyPerAtom)
    }

    /// Everything a user can ask of a diagram, for every entry: none may crash, every entry sits
    /// on or above the hull, and every decomposition's fractions add up to 1.
    func exerciseEverything(_ diagram: PhaseDiagram, open: Element, _ label: String) throws {
        let lp = GrandCanonicalLP(diagram: diagram)
        for index in diagram.entries.indices {
            let entry = diagram.entries[index]
            let stability = diagram.stability(ofEntryAt: index)
            #expect(stability.energyAboveHull > -1e-9, "\(label) \(entry.formula)")
            let fractions = try diagram.decomposition(of: entry.composition).map(\.fraction)
            #expect(abs(fractions.reduce(0, +) - 1) < 1e-9, "\(label) \(entry.formula)")
            let closed = try lp.decompose(entry.composition)
            #expect(abs(closed.grandPotential / entry.composition.numberOfAtoms
                        - (try diagram.hullFormationEnergyPerAtom(at: entry.composition))) < 1e-8 * max(1, abs(closed.grandPotential)),
                    "\(label) \(entry.formula)")
            guard entry.composition.elements.contains(where: { $0 != open }) else { continue }
            let window = try diagram.stabilityWindow(of: entry.composition, openElement: open)
            #expect(!window.profile.isEmpty, "\(label) \(entry.formula)")
            if let oxidation = window.oxidationLimitChemicalPotential {
                #expect(oxidation <= window.reductionLimitChemicalPotential, "\(label) \(entry.formula)")
            }
            let uptakes = window.profile.map(\.openElementUptake)
            #expect(zip(uptakes, uptakes.dropFirst()).allSatisfy { $0 >= $1 - 1e-9 }, "\(label) \(entry.formula)")
        }
    }

    @Test("all formation energies zero: flat hull, zero energies above hull, decompositions and windows still defined")
    func allZero() throws {
        let diagram = try PhaseDiagram(entries: [entry("Li", 0), entry("O2", 0), entry("Li2O", 0), entry("Li2O2", 0), entry("LiO3", 0)])
        #expect(diagram.stableIndices == [0, 1])
        for index in 2...4 { #expect(diagram.energyAboveHull(ofEntryAt: index) == 0) }
        try exerciseEverything(diagram, open: li, "flat Li–O")
        // Li2O on the flat hull: nothing to gain from Li at 0 V; at any voltage above it gives Li up.
        let window = try diagram.stabilityWindow(of: try Composition(parsing: "Li2O"), openElement: li)
        #expect(window.reductionLimitVoltage == 0)
    }

    @Test("collinear points: compounds exactly on a binary tie line are on the hull but not vertices")
    func collinear() throws {
        // Li2O (1/3, −2); Li2O2 and Li2O3 on the line from Li2O to O2, Li4O and Li3O on the line
        // from Li to Li2O.
        func onLine(_ x: Double) -> Double { -2.0 * (1 - x) / (1 - 1.0 / 3) }
        let diagram = try PhaseDiagram(entries: [
            entry("Li", 0), entry("O2", 0), entry("Li2O", -2), entry("Li2O2", onLine(0.5)), entry("Li2O3", onLine(0.6)),
            entry("Li4O", -1.2), entry("Li3O", -1.5),  // on the Li–Li2O line
        ])
        #expect(diagram.stableIndices.map { diagram.entries[$0].formula }.sorted() == ["Li", "Li2O", "O2"])
        #expect(abs(diagram.energyAboveHull(ofEntryAt: 3)) < 1e-12)
        #expect(abs(diagram.energyAboveHull(ofEntryAt: 4)) < 1e-12)
        try exerciseEverything(diagram, open: li, "collinear Li–O")
        try exerciseEverything(diagram, open: o, "collinear Li–O, O open")
    }

    @Test("coplanar points: a ternary face with extra compounds exactly in its plane, and a query inside that face")
    func coplanar() throws {
        // The plane through Li2O (−2), MnO (−2) and MnF2... use three binaries and put compounds in their plane.
        let base = [entry("Li", 0), entry("Mn", 0), entry("O2", 0), entry("Li2O", -2.0), entry("MnO", -2.0), entry("Mn2O3", -2.0)]
        let diagram0 = try PhaseDiagram(entries: base)
        var entries = base
        for formula in ["Li2MnO2", "LiMnO2", "Li4Mn2O5", "Li2Mn2O4"] {
            let composition = try Composition(parsing: formula)
            entries.append(entry(formula, try diagram0.hullFormationEnergyPerAtom(at: composition)))
        }
        let diagram = try PhaseDiagram(entries: entries)
        #expect(diagram.stableIndices == diagram0.stableIndices)
        for index in base.count..<entries.count {
            #expect(abs(diagram.energyAboveHull(ofEntryAt: index)) < 1e-12, "\(entries[index].formula)")
            #expect(!diagram.isStable(entryAt: index))
        }
        try exerciseEverything(diagram, open: li, "coplanar Li–Mn–O")
    }

    @Test("near-duplicate energies within 1e-12 eV/atom: polymorphs and a compound a hair above or below a tie line")
    func nearDuplicates() throws {
        let entries = [
            entry("Li", 0), entry("O2", 0), entry("Li2O", -2, id: "a"), entry("Li2O", -2 - 1e-12, id: "b"),
            entry("Li2O", -2 + 1e-13, id: "c"), entry("Li2O2", -1.5 - 1e-12), entry("Li2O2", -1.5 + 1e-12, id: "p"),
            entry("Li", 1e-12, id: "Li-b"), entry("Li6O", -2.0 * (5.0 / 7) / (2.0 / 3) + 1e-12),
        ]
        let diagram = try PhaseDiagram(entries: entries)
        #expect(diagram.isStable(entryAt: 3))  // the lowest polymorph, by 1e-12
        #expect(!diagram.isStable(entryAt: 2) && !diagram.isStable(entryAt: 4))
        for index in entries.indices { #expect(diagram.energyAboveHull(ofEntryAt: index) > -1e-11) }
        try exerciseEverything(diagram, open: li, "near-duplicate Li–O")
    }

    @Test("very large (−1e3 eV/atom) and very small (−1e-9) magnitudes: the same hull, windows and products as the system at ~1 eV/atom, scaled", arguments: [1e3, 1e-9])
    func extremeMagnitudes(scale: Double) throws {
        let unit = [("Li", 0.0), ("O2", 0.0), ("Mn", 0.0), ("Li2O", -2.0), ("Li2O2", -1.6), ("MnO", -1.9), ("Li2MnO3", -2.1), ("LiMnO2", -1.9), ("LiO3", -0.5)]
        let reference = try PhaseDiagram(entries: unit.map { entry($0.0, $0.1) })
        let scaled = try PhaseDiagram(entries: unit.map { entry($0.0, $0.1 * scale) })
        #expect(scaled.stableIndices == reference.stableIndices, "scale \(scale)")
        for index in unit.indices {
            #expect(abs(scaled.energyAboveHull(ofEntryAt: index) - scale * reference.energyAboveHull(ofEntryAt: index)) < 1e-9 * scale,
                    "scale \(scale) \(unit[index].0)")
        }
        try exerciseEverything(scaled, open: li, "scale \(scale)")
        let window = try scaled.stabilityWindow(of: try Composition(parsing: "Li2MnO3"), openElement: li)
        let referenceWindow = try reference.stabilityWindow(of: try Composition(parsing: "Li2MnO3"), openElement: li)
        #expect(abs(window.reductionLimitVoltage! - scale * referenceWindow.reductionLimitVoltage!) < 1e-9 * scale)
        #expect(abs((window.oxidationLimitVoltage ?? 0) - scale * (referenceWindow.oxidationLimitVoltage ?? 0)) < 1e-9 * scale)
        #expect(window.profile.map { $0.products.map(\.formula) } == referenceWindow.profile.map { $0.products.map(\.formula) })
    }

    @Test("one element: stability, decomposition, LP; a window against the only element has no closed element")
    func oneElement() throws {
        let diagram = try PhaseDiagram(entries: [entry("Li", -1.9), entry("Li", -1.8, id: "Li-b"), entry("Li", -1.9, id: "Li-c")])
        #expect(diagram.stableIndices == [0])
        #expect(try diagram.decomposition(of: try Composition(parsing: "Li")).map(\.entry.id) == ["Li"])
        let result = try GrandCanonicalLP(diagram: diagram).decompose(try Composition(parsing: "Li2"))
        #expect(result.products.map(\.formula) == ["Li"] && result.products[0].amount == 2)
        #expect(throws: StabilityError.noClosedElements(formula: "Li")) {
            try diagram.stabilityWindow(of: try Composition(parsing: "Li"), openElement: li)
        }
        #expect(throws: StabilityError.self) {
            try GrandPotentialDiagram(diagram: diagram, openElements: [try OpenElement(li, voltage: 1)])
        }
    }

    @Test("ten elements: decompositions, LP and windows in a 10-dimensional hull")
    func tenElements() throws {
        let elements = ["H", "Li", "B", "C", "N", "O", "F", "Na", "Mg", "Al"].map { Element(symbol: $0)! }
        let entries = RandomSystems.entries(elements: elements, count: 40, seed: 11)
        let diagram = try PhaseDiagram(entries: entries)
        let lp = GrandCanonicalLP(diagram: diagram)
        let everything = try Composition(Dictionary(uniqueKeysWithValues: elements.map { ($0, 1.0) }))
        let hull = try diagram.decomposition(of: everything)
        #expect(abs(hull.map(\.fraction).reduce(0, +) - 1) < 1e-9)
        let closed = try lp.decompose(everything)
        #expect(abs(closed.grandPotential / 10 - (try diagram.hullFormationEnergyPerAtom(at: everything))) < 1e-8)
        let window = try diagram.stabilityWindow(of: everything, openElement: li)
        #expect(!window.profile.isEmpty)
        for entry in entries.prefix(15) where entry.composition.elements.contains(where: { $0 != li }) {
            _ = try diagram.stabilityWindow(of: entry.composition, openElement: li)
        }
    }

    @Test("a composition on a hull vertex, on an edge and inside a face: decompositions and windows")
    func vertexEdgeFace() throws {
        let diagram = try PhaseDiagram(entries: [
            entry("Li", 0), entry("Mn", 0), entry("O2", 0), entry("Li2O", -2.0), entry("MnO", -1.9), entry("Li2MnO3", -2.1),
        ])
        let lp = GrandCanonicalLP(diagram: diagram)
        // Vertex: Li2MnO3 itself. Edge: Li2O + MnO = Li2MnO2. Face interior: Li2O + MnO + O.
        let cases: [(String, [String])] = [("Li2MnO3", ["Li2MnO3"]), ("Li2MnO2", ["Li2O", "MnO"]), ("Li4Mn2O5", ["Li2MnO3", "Li2O", "MnO"])]
        for (formula, expected) in cases {
            let composition = try Composition(parsing: formula)
            let products = try diagram.decomposition(of: composition).map(\.entry.formula).sorted()
            #expect(products == expected, "\(formula)")
            #expect(try lp.decompose(composition).products.map(\.formula).sorted() == expected, "\(formula)")
            let window = try diagram.stabilityWindow(of: composition, openElement: li)
            #expect(!window.profile.isEmpty, "\(formula)")
        }
        // Exactly at an element vertex and on the element–element edge.
        #expect(try diagram.decomposition(of: try Composition(parsing: "Mn")).map(\.entry.formula) == ["Mn"])
        #expect(try diagram.decomposition(of: try Composition(parsing: "LiMn")).map(\.entry.formula).sorted() == ["Li", "Mn"])
        #expect(try lp.decompose(try Composition(parsing: "LiMn")).products.map(\.formula) == ["Li", "Mn"])
    }
}
