import Foundation
import Testing
@testable import Interphase

/// Chemical-potential diagrams (issue 17, part 3) against pymatgen's
/// `ChemicalPotentialDiagram(entries, default_min_limit=L, formal_chempots=True).domains`
/// (Fixtures/chempot-domains.json, written by Scripts/generate_chempot_fixtures.py): every
/// domain as a set of vertices rounded to 1e-6 eV, whatever the order of vertices and elements.
@Suite("Chemical-potential diagrams")
struct ChemicalPotentialDiagramTests {
    /// A vertex as a set key: each chemical potential rounded to 1e-6 eV (−0 folded to 0).
    static func key(_ vertex: [Double]) -> [Int64] {
        vertex.map { Int64(($0 * 1e6).rounded()) }
    }

    @Test("domains equal pymatgen's as vertex sets (Li–P–O–N and its subsystems, a hand ternary, Na–Mn–O)")
    func matchesPymatgen() throws {
        let fixture = try #require(try Fixtures.json("chempot-domains.json") as? [String: Any])
        let cases = try #require(fixture["cases"] as? [[String: Any]])
        #expect(cases.count >= 5)
        for item in cases {
            let dataset = try #require(item["dataset"] as? String)
            let system = try #require(item["system"] as? [String]).map { try #require(Element(symbol: $0)) }
            let minimum = try #require(item["min_mu"] as? Double)
            let columns = try #require(item["elements"] as? [String])
            let expected = try #require(item["domains"] as? [String: [[Double]]])
            let atlas = PhaseDiagramAtlas(dataset: try Fixtures.dataset(dataset + ".csv"))
            let diagram = try atlas.chemicalPotentialDiagram(of: system, minimumChemicalPotential: minimum)
            #expect(diagram.elements == system)
            // Our column of each of pymatgen's columns.
            let order = try columns.map { symbol in try #require(system.firstIndex { $0.symbol == symbol }) }
            let label = "\(dataset) \(system.map(\.symbol).joined(separator: "-")) L=\(minimum)"
            #expect(diagram.domains.count == expected.count, "\(label): \(diagram.domains.map(\.formula)) vs \(expected.keys.sorted())")
            for (formula, vertices) in expected {
                guard let domain = diagram.domain(of: try Composition(parsing: formula)) else {
                    Issue.record("\(label): no domain for \(formula)")
                    continue
                }
                let ours = Set(domain.vertices.map { vertex in Self.key(order.map { vertex[$0] }) })
                let theirs = Set(vertices.map(Self.key))
                #expect(ours == theirs, "\(label) \(formula): \(ours.subtracting(theirs)) extra, \(theirs.subtracting(ours)) missing")
                #expect(domain.vertices.count == ours.count, "\(label) \(formula): a vertex listed twice")
            }
        }
    }

    @Test("every vertex satisfies every phase's inequality and the box, with equality for its own phase")
    func verticesAreFeasible() throws {
        let atlas = PhaseDiagramAtlas(dataset: try Fixtures.dataset("lipon-bundled.csv"))
        let elements = ["Li", "P", "O", "N"].compactMap(Element.init(symbol:))
        let diagram = try atlas.chemicalPotentialDiagram(of: elements, minimumChemicalPotential: -15)
        let hull = try atlas.diagram(for: Set(elements)).diagram
        for domain in diagram.domains {
            for vertex in domain.vertices {
                #expect(vertex.allSatisfy { $0 >= -15 && $0 <= 0 })
                for (entry, energy) in zip(hull.entries, hull.formationEnergiesPerAtom) {
                    let value = zip(elements, vertex).reduce(0) { $0 + entry.composition.atomicFraction(of: $1.0) * $1.1 }
                    #expect(value <= energy + 1e-9, "\(domain.formula) vertex \(vertex) above \(entry.formula)'s plane")
                }
            }
        }
    }

    @Test("at the bound −10⁴ eV every vertex off the box's lower faces is the one at −50 eV, to 1e-9 eV")
    func exactAtTheBound() throws {
        // Tolerance 1e-9 eV: Tolerance.chemicalPotentialVertex for vertices within 1 eV of the
        // origin; the interior point near the phases' planes keeps qhull's rounding that of the
        // energies (a bound-scaled tolerance merged Li2O's vertices at −1e9 before).
        let atlas = PhaseDiagramAtlas(dataset: try Fixtures.dataset("lipon-bundled.csv"))
        let elements = ["Li", "P", "O", "N"].compactMap(Element.init(symbol:))
        let near = try atlas.chemicalPotentialDiagram(of: elements, minimumChemicalPotential: -50)
        let far = try atlas.chemicalPotentialDiagram(of: elements, minimumChemicalPotential: -1e4)
        #expect(near.domains.map(\.formula) == far.domains.map(\.formula))
        for (a, b) in zip(near.domains, far.domains) {
            let inner = { (domain: ChemicalPotentialDomain, bound: Double) in domain.vertices.filter { !$0.contains(bound) } }
            let ours = inner(b, -1e4), theirs = inner(a, -50)
            #expect(ours.count == theirs.count, "\(a.formula)")
            for (x, y) in zip(ours, theirs) {
                #expect(zip(x, y).allSatisfy { abs($0 - $1) <= 1e-9 }, "\(a.formula): \(x) vs \(y)")
            }
        }
    }

    @Test("bad input throws: too few or repeated elements, an element without data, a bound not below 0 or above a formation energy")
    func badInput() throws {
        let atlas = PhaseDiagramAtlas(dataset: try Fixtures.dataset("lipon-bundled.csv"))
        let li = try #require(Element(symbol: "Li")), o = try #require(Element(symbol: "O")), fe = try #require(Element(symbol: "Fe"))
        #expect(throws: ChemicalPotentialDiagramError.tooFewElements(1)) { try atlas.chemicalPotentialDiagram(of: [li]) }
        #expect(throws: ChemicalPotentialDiagramError.repeatedElement(li)) { try atlas.chemicalPotentialDiagram(of: [li, o, li]) }
        #expect(throws: ChemicalPotentialDiagramError.elementNotInData(fe)) { try atlas.chemicalPotentialDiagram(of: [li, fe]) }
        #expect(throws: ChemicalPotentialDiagramError.invalidMinimum(0)) { try atlas.chemicalPotentialDiagram(of: [li, o], minimumChemicalPotential: 0) }
        // The bound of every chemical potential, −10⁴ eV, through the front door as through the CLI.
        for minimum in [-10_000.000_001, -1e9, -1e308, -.infinity] {
            #expect(throws: ChemicalPotentialDiagramError.invalidMinimum(minimum)) {
                try atlas.chemicalPotentialDiagram(of: [li, o], minimumChemicalPotential: minimum, under: Conditions())
            }
            #expect(throws: ChemicalPotentialDiagramError.invalidMinimum(minimum)) {
                try atlas.chemicalPotentialMap(of: [li, o], axes: [li, o], minimumChemicalPotential: minimum, under: Conditions())
            }
        }
        #expect {
            try atlas.chemicalPotentialDiagram(of: [li, o], minimumChemicalPotential: .nan)
        } throws: { error in
            guard case ChemicalPotentialDiagramError.invalidMinimum(let value) = error else { return false }
            return value.isNaN
        }
        #expect {
            try atlas.chemicalPotentialDiagram(of: [li, o], minimumChemicalPotential: -1)
        } throws: { error in
            guard case ChemicalPotentialDiagramError.minimumAboveFormationEnergy(_, let formula, _) = error else { return false }
            return formula == "Li2O"
        }
    }
}
