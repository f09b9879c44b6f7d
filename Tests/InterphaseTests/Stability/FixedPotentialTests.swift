import Foundation
import Testing
import InterphaseMPLegacy
@testable import Interphase

/// Fixed chemical potentials (issue 17) against pymatgen's `GrandPotentialPhaseDiagram` with the
/// swept and fixed elements all open (`Scripts/generate_fixed_potential_fixtures.py`), and the
/// two routes (tie line in the grand hull at the fixed potentials; grand-canonical LPs) against
/// each other.
@Suite("Fixed chemical potentials")
struct FixedPotentialTests {
    struct Product: Equatable, CustomStringConvertible {
        var id: String?
        var formula: String
        var fraction: Double
        var description: String { "\(formula)(\(id ?? "-")) \(fraction)" }
    }

    struct Case {
        var dataset: String
        var formula: String
        var swept: Element
        var fixed: [OpenElement]
        var probes: [(mu: Double, products: [Product])]
    }

    static func cases() throws -> [Case] {
        let root = try #require(try Fixtures.json("fixed-potentials.json") as? [String: Any])
        return try #require(root["cases"] as? [[String: Any]]).map { object in
            let fixed = (object["fixed"] as! [String: Double]).sorted { $0.key < $1.key }
                .map { try! OpenElement(Element(symbol: $0.key)!, chemicalPotential: $0.value) }
            let probes = (object["probes"] as! [[String: Any]]).map { probe in
                (mu: probe["mu"] as! Double, products: (probe["products"] as! [[String: Any]]).map {
                    Product(id: $0["id"] as? String, formula: $0["formula"] as! String, fraction: $0["fraction"] as! Double)
                })
            }
            return Case(dataset: object["dataset"] as! String, formula: object["formula"] as! String,
                        swept: Element(symbol: object["swept"] as! String)!, fixed: fixed, probes: probes)
        }
    }

    static func atlas(_ name: String) throws -> PhaseDiagramAtlas {
        try PhaseDiagramAtlas(dataset: name == "mp-legacy" ? MPLegacyDataset.load() : Fixtures.dataset(name + ".csv"))
    }

    /// Products per formula unit as fractions of the closed atoms (pymatgen's convention).
    static func fractions(_ products: [PhaseAmount], open: Set<Element>) throws -> [Product] {
        var rows: [Product] = []
        for product in products {
            let unit = try Composition(parsing: product.formula)
            let closed = unit.elements.filter { !open.contains($0) }.reduce(0) { $0 + unit[$1] }
            rows.append(Product(id: product.id, formula: product.formula, fraction: product.amount * closed))
        }
        let total = rows.reduce(0) { $0 + $1.fraction }
        return rows.map { Product(id: $0.id, formula: $0.formula, fraction: $0.fraction / total) }
            .sorted { $0.formula < $1.formula }
    }

    static func same(_ mine: [Product], _ theirs: [Product]) -> Bool {
        guard mine.count == theirs.count else { return false }
        return zip(mine, theirs.sorted { $0.formula < $1.formula }).allSatisfy {
            (try? Composition(parsing: $0.formula).reducedFormula) == (try? Composition(parsing: $1.formula).reducedFormula)
                && $0.id == $1.id && abs($0.fraction - $1.fraction) <= 1e-6
        }
    }

    @Test("profiles and decompositions at fixed potentials match pymatgen's GrandPotentialPhaseDiagram, probe by probe")
    func matchesPymatgen() throws {
        var atlases: [String: PhaseDiagramAtlas] = [:]
        var checked = 0
        for testCase in try Self.cases() {
            let atlas = try atlases[testCase.dataset] ?? Self.atlas(testCase.dataset)
            atlases[testCase.dataset] = atlas
            let composition = try Composition(parsing: testCase.formula)
            let profile = try atlas.voltageProfile(of: composition, openElement: testCase.swept, fixed: testCase.fixed)
            let open = Set(testCase.fixed.map(\.element)).union([testCase.swept])
            let context = "\(testCase.dataset) \(testCase.formula) fixed \(FixedPotentialHull.echo(testCase.fixed))"
            var stepsHit: Set<Int> = []
            for probe in testCase.probes {
                guard let index = profile.steps.firstIndex(where: {
                    probe.mu <= $0.chemicalPotentialHigh && probe.mu >= ($0.chemicalPotentialLow ?? -.infinity)
                }) else {
                    Issue.record("\(context): no step contains μ = \(probe.mu)")
                    continue
                }
                let step = profile.steps[index]
                if abs(probe.mu - step.chemicalPotentialHigh) < 1e-6 || abs(probe.mu - (step.chemicalPotentialLow ?? -.infinity)) < 1e-6 { continue }
                stepsHit.insert(index)
                let mine = try Self.fractions(step.products, open: open)
                #expect(Self.same(mine, probe.products), "\(context) μ = \(probe.mu): \(mine) vs pymatgen \(probe.products)")
                let decomposition = try atlas.decompose(
                    composition, openElements: [OpenElement(testCase.swept, chemicalPotential: probe.mu)], fixed: testCase.fixed)
                let lp = try Self.fractions(decomposition.products, open: open)
                #expect(Self.same(lp, probe.products), "\(context) decompose at μ = \(probe.mu): \(lp) vs pymatgen \(probe.products)")
                checked += 1
            }
            #expect(stepsHit.count >= min(profile.steps.count, 3), "\(context): the probes hit \(stepsHit.count) of \(profile.steps.count) steps")
        }
        #expect(checked > 1000)
    }

    @Test("the tie line in the grand hull and the LP route give the same steps at fixed potentials")
    func routesAgree() throws {
        var atlases: [String: PhaseDiagramAtlas] = [:]
        for testCase in try Self.cases() {
            let atlas = try atlases[testCase.dataset] ?? Self.atlas(testCase.dataset)
            atlases[testCase.dataset] = atlas
            let composition = try Composition(parsing: testCase.formula)
            let system = Set(composition.elements).union([testCase.swept]).union(testCase.fixed.map(\.element))
            let diagram = try atlas.diagram(for: system).diagram
            let context = "\(testCase.dataset) \(testCase.formula) fixed \(FixedPotentialHull.echo(testCase.fixed))"
            let geometric = try #require(
                try diagram.voltageProfile(of: composition, openElement: testCase.swept, fixed: testCase.fixed, route: .geometryOnly),
                "\(context): the tie line fell back to LPs")
            let exact = try #require(
                try diagram.voltageProfile(of: composition, openElement: testCase.swept, fixed: testCase.fixed, route: .fallbackOnly))
            #expect(geometric.steps.count == exact.steps.count, "\(context)")
            for (x, y) in zip(geometric.steps, exact.steps) {
                #expect(x.products.map(\.formula) == y.products.map(\.formula), "\(context)")
                for (p, q) in zip(x.products, y.products) { #expect(abs(p.amount - q.amount) <= 1e-9, "\(context)") }
                #expect(abs(x.chemicalPotentialHigh - y.chemicalPotentialHigh) <= 1e-9, "\(context)")
                #expect(abs((x.chemicalPotentialLow ?? -1e9) - (y.chemicalPotentialLow ?? -1e9)) <= 1e-9, "\(context)")
                #expect(abs(x.openElementUptake - y.openElementUptake) <= 1e-9, "\(context)")
                #expect(x.fixedElementUptakes.keys.sorted() == y.fixedElementUptakes.keys.sorted(), "\(context)")
                for (key, value) in x.fixedElementUptakes { #expect(abs(value - y.fixedElementUptakes[key]!) <= 1e-9, "\(context) \(key)") }
                #expect(abs(x.reactionEnergyPerAtom - y.reactionEnergyPerAtom) <= 1e-9, "\(context)")
            }
        }
    }

    @Test("nothing fixed is the closed profile; the JSON echoes the fixed potentials")
    func nothingFixed() throws {
        let atlas = try Self.atlas("lipon-bundled")
        let lipon = try Composition(parsing: "Li2PO2N"), li = Element(symbol: "Li")!
        let closed = try atlas.stabilityWindow(of: lipon, openElement: li)
        #expect(closed.fixedChemicalPotentials.isEmpty && !closed.windowEmpty)
        let nitrogen = try OpenElement(Element(symbol: "N")!, chemicalPotential: -0.29605)
        let window = try atlas.stabilityWindow(of: lipon, openElement: li, fixed: [nitrogen])
        #expect(window.fixedChemicalPotentials == ["N": -0.29605])
        let json = String(decoding: try JSONEncoder().encode(window), as: UTF8.self)
        #expect(json.contains("\"fixed_chemical_potentials\":{\"N\":-0.29605}"))
    }

    @Test("bad fixed potentials are one-line errors")
    func badInput() throws {
        let atlas = try Self.atlas("lipon-bundled")
        let lipon = try Composition(parsing: "Li2PO2N"), li = Element(symbol: "Li")!
        let n = try OpenElement(Element(symbol: "N")!, chemicalPotential: -0.3)
        let na = try OpenElement(Element(symbol: "Na")!, chemicalPotential: -0.3)
        #expect(throws: StabilityError.fixedElementNotInData(Element(symbol: "Na")!)) {
            try atlas.stabilityWindow(of: lipon, openElement: li, fixed: [na])
        }
        #expect(throws: StabilityError.repeatedFixedElement(Element(symbol: "N")!)) {
            try atlas.voltageProfile(of: lipon, openElement: li, fixed: [n, n])
        }
        #expect(throws: StabilityError.fixedElementIsOpen(li)) {
            try atlas.stabilityWindow(of: lipon, openElement: li, fixed: [try OpenElement(li, chemicalPotential: -1)])
        }
        #expect(throws: StabilityError.noClosedElements(formula: "Li3N")) {
            try atlas.voltageProfile(of: try Composition(parsing: "Li3N"), openElement: li, fixed: [n])
        }
    }
}
