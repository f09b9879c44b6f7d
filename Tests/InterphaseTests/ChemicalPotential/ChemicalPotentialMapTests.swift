import Foundation
import Testing
import InterphaseMPLegacy
@testable import Interphase

/// Chemical-potential diagrams on two axes (issue 17's figure): slices at fixed chemical
/// potentials and projections over the other elements, against pymatgen
/// (Fixtures/chempot-maps.json, written by Scripts/generate_chempot_fixtures.py: a slice is
/// pymatgen's `ChemicalPotentialDiagram` of the `GrandPotPDEntry` reduction at the fixed
/// potentials, a projection the planar hull of each domain's vertices on the axes). Every polygon
/// as a set of vertices rounded to 1e-6 eV.
@Suite("Chemical-potential maps")
struct ChemicalPotentialMapTests {
    static func elements(_ symbols: [String]) throws -> [Element] {
        try symbols.map { try #require(Element(symbol: $0)) }
    }

    @Test("slices and projections equal pymatgen's as vertex sets (lipon, a hand ternary, a random 4-element system, two mp-legacy subsystems)")
    func matchesPymatgen() throws {
        let fixture = try #require(try Fixtures.json("chempot-maps.json") as? [String: Any])
        let cases = try #require(fixture["cases"] as? [[String: Any]])
        #expect(cases.count >= 8)
        var atlases: [String: PhaseDiagramAtlas] = [:]
        for item in cases {
            let dataset = try #require(item["dataset"] as? String)
            let system = try Self.elements(try #require(item["system"] as? [String]))
            let axes = try Self.elements(try #require(item["axes"] as? [String]))
            let fixed = try #require(item["fixed"] as? [String: Double]).sorted { $0.key < $1.key }.map {
                try OpenElement(try #require(Element(symbol: $0.key)), chemicalPotential: $0.value)
            }
            let minimum = try #require(item["min_mu"] as? Double)
            let expected = try #require(item["domains"] as? [String: [[Double]]])
            if atlases[dataset] == nil {
                atlases[dataset] = try PhaseDiagramAtlas(
                    dataset: dataset == "mp-legacy" ? MPLegacyDataset.load() : Fixtures.dataset(dataset + ".csv"))
            }
            let map = try #require(atlases[dataset]).chemicalPotentialMap(
                of: system, axes: axes, fixed: fixed, minimumChemicalPotential: minimum)
            let label = "\(dataset) \(system.map(\.symbol).joined(separator: "-")) on \(axes.map(\.symbol)) fixed \(fixed)"
            #expect(map.axes == axes && map.fixed == fixed && map.projected == system.filter { !axes.contains($0) && !fixed.map(\.element).contains($0) })
            #expect(map.domains.count == expected.count, "\(label): \(map.domains.map(\.formula)) vs \(expected.keys.sorted())")
            for (formula, vertices) in expected {
                guard let domain = map.domain(of: try Composition(parsing: formula)) else {
                    Issue.record("\(label): no domain for \(formula)")
                    continue
                }
                let ours = Set(domain.vertices.map(ChemicalPotentialDiagramTests.key))
                let theirs = Set(vertices.map(ChemicalPotentialDiagramTests.key))
                #expect(ours == theirs, "\(label) \(formula): \(ours.subtracting(theirs)) extra, \(theirs.subtracting(ours)) missing")
                #expect(domain.vertices.count == ours.count, "\(label) \(formula): a vertex listed twice")
                #expect(domain.area >= 0, "\(label) \(formula): vertices not counter-clockwise")
            }
        }
    }

    @Test("a projection over one element tiles the plane: the areas of the phases holding it add up to the projected region's")
    func projectionTiles() throws {
        let atlas = PhaseDiagramAtlas(dataset: try Fixtures.dataset("lipon-bundled.csv"))
        let system = try Self.elements(["Li", "P", "O", "N"])
        let map = try atlas.chemicalPotentialMap(
            of: system, axes: try Self.elements(["Li", "N"]), fixed: [try OpenElement(system[2], chemicalPotential: -4)],
            minimumChemicalPotential: -15)
        let phosphorus = system[1]
        let holding = map.domains.filter { (try? Composition(parsing: $0.formula))?[phosphorus] ?? 0 > 0 }
        let others = map.domains.filter { (try? Composition(parsing: $0.formula))?[phosphorus] ?? 0 == 0 }
        #expect(holding.allSatisfy { $0.vertices.count >= 3 } && others.allSatisfy { $0.vertices.count <= 2 })
        let region = ConvexPolygon(hullOf: map.domains.flatMap { $0.vertices.map { ($0[0], $0[1]) } })
        #expect(abs(holding.reduce(0) { $0 + $1.area } - region.area) <= 1e-9 * region.area)
    }

    @Test("a full slice is the whole diagram's domains cut by the fixed hyperplanes: each vertex is feasible and on its phase's plane")
    func fullSliceIsACut() throws {
        let atlas = PhaseDiagramAtlas(dataset: try Fixtures.dataset("lipon-bundled.csv"))
        let system = try Self.elements(["Li", "P", "O", "N"])
        let (li, p, o, n) = (system[0], system[1], system[2], system[3])
        let fixed = [try OpenElement(o, chemicalPotential: -4), try OpenElement(p, chemicalPotential: -1)]
        let map = try atlas.chemicalPotentialMap(of: system, axes: [li, n], fixed: fixed, minimumChemicalPotential: -15)
        #expect(map.projected.isEmpty && map.domains.allSatisfy { $0.vertices.count == 2 })
        let hull = try atlas.diagram(for: Set(system)).diagram
        for domain in map.domains {
            let own = try #require(hull.entries.indices.first { hull.entries[$0].formula == domain.formula && hull.isStable(entryAt: $0) })
            for vertex in domain.vertices {
                let mu: [Element: Double] = [li: vertex[0], n: vertex[1], o: -4, p: -1]
                for (index, entry) in hull.entries.enumerated() {
                    let value = system.reduce(0) { $0 + entry.composition.atomicFraction(of: $1) * mu[$1]! }
                    #expect(value <= hull.formationEnergiesPerAtom[index] + 1e-9, "\(domain.formula) \(vertex) above \(entry.formula)")
                    if index == own { #expect(abs(value - hull.formationEnergiesPerAtom[index]) <= 1e-9) }
                }
            }
        }
    }

    @Test("bad input throws: axes, fixed elements, bounds", arguments: [
        (["Li", "Li"], [("O", -1.0)], -15.0, "the axes must be two distinct elements of the system, got Li,Li"),
        (["Li", "Fe"], [], -15.0, "the axes must be two distinct elements of the system, got Li,Fe"),
        (["Li"], [], -15.0, "the axes must be two distinct elements of the system, got Li"),
        (["Li", "N"], [("Fe", -1.0)], -15.0, "the fixed element Fe is not an element of the system"),
        (["Li", "N"], [("N", -1.0)], -15.0, "N is both fixed and an axis; fix it or draw it, not both"),
        (["Li", "N"], [("O", -1.0), ("O", -2.0)], -15.0, "the chemical potential of O is fixed more than once"),
        (["Li", "N"], [("O", -20.0)], -15.0, "the fixed chemical potential of O, -20.0 eV, is below the lower bound -15.0 eV of the diagram"),
        (["Li", "N"], [("O", -0.5)], -1.0, "at the fixed chemical potentials the slice would be empty: P2O5 needs the other elements' chemical potentials at -7.3481 eV or below"),
    ] as [([String], [(String, Double)], Double, String)])
    func badInput(axes: [String], fixed: [(String, Double)], minimum: Double, message: String) throws {
        let atlas = PhaseDiagramAtlas(dataset: try Fixtures.dataset("lipon-bundled.csv"))
        let potentials = try fixed.map { try OpenElement(try #require(Element(symbol: $0.0)), chemicalPotential: $0.1) }
        #expect {
            try atlas.chemicalPotentialMap(
                of: try Self.elements(["Li", "P", "O", "N"]), axes: try Self.elements(axes), fixed: potentials,
                minimumChemicalPotential: minimum)
        } throws: { error in
            String(describing: error).hasPrefix(message)
        }
    }

    @Test("fixed values at which a phase of fixed elements alone would form are refused")
    func fixedValuesFormingAPhase() throws {
        let atlas = PhaseDiagramAtlas(dataset: try Fixtures.dataset("lipon-bundled.csv"))
        let system = try Self.elements(["Li", "P", "O", "N"])
        let fixed = [try OpenElement(system[0], chemicalPotential: 0), try OpenElement(system[2], chemicalPotential: 0)]
        #expect {
            try atlas.chemicalPotentialMap(of: system, axes: [system[1], system[3]], fixed: fixed, minimumChemicalPotential: -15)
        } throws: { error in
            guard case ChemicalPotentialDiagramError.fixedPotentialsFormPhase(let formula, let excess) = error else { return false }
            return formula == "Li2O" && excess > 2
        }
    }

    @Test("reading a map: the μLi range of a domain along a line of fixed μO, where two domains meet, and shared vertices in the whole diagram")
    func readingAMap() throws {
        let atlas = PhaseDiagramAtlas(dataset: try Fixtures.dataset("lipon-bundled.csv"))
        let system = try Self.elements(["Li", "P", "O", "N"])
        let (li, p, o, n) = (system[0], system[1], system[2], system[3])
        let hull = try atlas.diagram(for: Set(system)).diagram
        let li2oEnergy = try #require(hull.entries.indices.first { hull.entries[$0].formula == "Li2O" }.map { hull.formationEnergiesPerAtom[$0] })

        // Li2O's domain in the μLi–μO plane is a line: one μLi at each μO it reaches, none above Li2O2's corner.
        let binary = try atlas.chemicalPotentialMap(of: [li, o], axes: [li, o], minimumChemicalPotential: -15)
        let li2o = try #require(binary.domain(of: try Composition(parsing: "Li4O2")))
        let point = try #require(binary.range(of: li, in: li2o, where: -3))
        #expect(point.lowerBound == point.upperBound && abs(point.lowerBound - (3 * li2oEnergy + 3) / 2) < 1e-9)
        let top = try #require(li2o.vertices.map { $0[1] }.max())
        #expect(binary.range(of: li, in: li2o, where: top + 0.01) == nil)
        #expect(binary.range(of: li, in: li2o, where: top).map { abs($0.lowerBound - (3 * li2oEnergy - top) / 2) < 1e-9 } == true)
        #expect(binary.range(of: o, in: li2o, where: -1).map { abs($0.lowerBound - (3 * li2oEnergy + 2)) < 1e-9 } == true)
        #expect(binary.range(of: n, in: li2o, where: -1) == nil)

        // Li3PO4 in air, read off the μLi–μO map projected over P, is the window with μO fixed.
        let air = try OpenElement(o, chemicalPotential: -0.337)
        let lipo = try atlas.chemicalPotentialMap(of: [li, p, o], axes: [li, o], minimumChemicalPotential: -15)
        let li3po4 = try #require(lipo.domain(of: try Composition(parsing: "Li3PO4")))
        let inAir = try #require(lipo.range(of: li, in: li3po4, where: air.chemicalPotential))
        let window = try hull.stabilityWindow(of: try Composition(parsing: "Li3PO4"), openElement: li, fixed: [air])
        #expect(abs(-inAir.lowerBound - (try #require(window.oxidationLimitVoltage))) < 1e-9)

        // In the μLi–μN slice at μO = −4 eV, Li3PO4 meets Li2PNO2 along an edge and P3N5 nowhere.
        let slice = try atlas.chemicalPotentialMap(
            of: system, axes: [li, n], fixed: [try OpenElement(o, chemicalPotential: -4)], minimumChemicalPotential: -15)
        let sliced = try #require(slice.domain(of: try Composition(parsing: "Li3PO4")))
        let lipon = try #require(slice.domain(of: try Composition(parsing: "Li2PO2N")))
        let edge = slice.contact(between: sliced, and: lipon)
        #expect(edge.count == 2 && edge == slice.contact(between: lipon, and: sliced))
        for point in edge {
            #expect(sliced.polygon.distance(toBoundary: (point[0], point[1])) < 1e-9 && lipon.polygon.distance(toBoundary: (point[0], point[1])) < 1e-9)
        }
        #expect(slice.contact(between: sliced, and: try #require(slice.domain(of: try Composition(parsing: "P3N5")))).isEmpty)

        // In the whole diagram, Li3PO4 and Li2PNO2 share a face; Li3PO4 and Li3N never coexist.
        let whole = try atlas.chemicalPotentialDiagram(of: system, minimumChemicalPotential: -15)
        func domain(_ formula: String) throws -> ChemicalPotentialDomain { try #require(whole.domain(of: try Composition(parsing: formula))) }
        let shared = try domain("Li3PO4").sharedVertices(with: try domain("Li2PO2N"))
        #expect(shared.count >= 3 && shared.allSatisfy { vertex in try! domain("Li2PO2N").vertices.contains(vertex) })
        #expect(try domain("Li3PO4").sharedVertices(with: try domain("Li3N")).isEmpty)
    }
}
