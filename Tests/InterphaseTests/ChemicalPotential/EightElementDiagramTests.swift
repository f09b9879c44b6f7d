import Foundation
import Interphase
import InterphaseMPLegacy
import Testing

/// Chemical-potential diagrams of 8 elements of mp-legacy (issue 26) against pymatgen's
/// `ChemicalPotentialDiagram` (Fixtures/chempot-8-elements.json, written by
/// Scripts/generate_chempot_fixtures.py): each domain's number of distinct vertices and, per
/// element, the least, greatest and mean chemical potential of its vertices.
@Suite("Chemical-potential diagrams of 8 elements")
struct EightElementDiagramTests {
    /// Tolerance 1e-6 eV: the mean of up to 10⁴ vertices, each within ~1e-11 eV of pymatgen's
    /// (Scripts/check_chempot.py finds 6.7e-12 eV at most on Li–Fe–P–O–Mn–Co–Ni–S), and
    /// pymatgen's vertices rounded to 1e-9 eV in the fixture.
    static let tolerance = 1e-6

    @Test("Li–Na–K–Mg–Ca–Cl–Br–I: every domain's vertex count and ranges as pymatgen's (the interior point no longer passes qhull's option limit)")
    func matchesPymatgen() throws {
        let fixture = try #require(try Fixtures.json("chempot-8-elements.json") as? [String: Any])
        let cases = try #require(fixture["cases"] as? [[String: Any]])
        // The first case only: the second (Li–Fe–P–O–Mn–Co–Ni–S, 297,304 vertices) takes minutes in a
        // debug build; Scripts/check_chempot.py --eight checks both against pymatgen vertex by vertex.
        let item = try #require(cases.first)
        let system = try #require(item["system"] as? [String]).map { try #require(Element(symbol: $0)) }
        #expect(system.count == 8)
        let minimum = try #require(item["min_mu"] as? Double)
        let expected = try #require(item["domains"] as? [String: [String: Any]])
        let atlas = PhaseDiagramAtlas(dataset: try MPLegacyDataset.load())
        let diagram = try atlas.chemicalPotentialDiagram(of: system, minimumChemicalPotential: minimum, under: Conditions())
        #expect(diagram.domains.count == expected.count)
        for (formula, summary) in expected {
            guard let domain = diagram.domain(of: try Composition(parsing: formula)) else {
                Issue.record("no domain for \(formula)")
                continue
            }
            #expect(domain.vertices.count == summary["vertices"] as? Int, "\(formula)")
            let least = try #require(summary["min"] as? [Double]), greatest = try #require(summary["max"] as? [Double])
            let mean = try #require(summary["mean"] as? [Double])
            for position in system.indices {
                let values = domain.vertices.map { $0[position] }
                let ours = [values.min() ?? .nan, values.max() ?? .nan, values.reduce(0, +) / Double(values.count)]
                for (value, reference) in zip(ours, [least[position], greatest[position], mean[position]]) {
                    #expect(abs(value - reference) <= Self.tolerance, "\(formula) μ\(system[position].symbol): \(value) vs \(reference)")
                }
            }
        }
    }
}
