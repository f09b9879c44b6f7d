import Foundation
import Testing
@testable import Interphase

/// Stability windows under fixed chemical potentials (issue 24) against pymatgen's
/// `GrandPotentialPhaseDiagram` with the swept and every fixed element open
/// (`Scripts/generate_fixed_window_fixtures.py`): a window is empty unless some step exchanges
/// none of the swept element and none of any fixed element, whichever branch finds the limits.
@Suite("Windows under fixed chemical potentials")
struct FixedPotentialWindowTests {
    struct Case {
        var dataset: String
        var formula: String
        var swept: Element
        var fixed: [OpenElement]
        var empty: Bool
        var reduction: Double?
        var oxidation: Double?
    }

    static func cases() throws -> [Case] {
        let root = try #require(try Fixtures.json("fixed-potential-windows.json") as? [String: Any])
        return try #require(root["cases"] as? [[String: Any]]).map { object in
            let fixed = (object["fixed"] as! [String: Double]).sorted { $0.key < $1.key }
                .map { try! OpenElement(Element(symbol: $0.key)!, chemicalPotential: $0.value) }
            let window = object["window"] as! [String: Any]
            return Case(dataset: object["dataset"] as! String, formula: object["formula"] as! String,
                        swept: Element(symbol: object["swept"] as! String)!, fixed: fixed,
                        empty: window["empty"] as! Bool,
                        reduction: window["reduction_limit_mu"] as? Double, oxidation: window["oxidation_limit_mu"] as? Double)
        }
    }

    /// pymatgen's critical chemical potentials come from its own facet solves: 1e-6 eV is the
    /// agreement the other pymatgen comparisons of chemical potentials ask (their differences are
    /// ~1e-12; the bound leaves room for a different pymatgen build).
    static let limitTolerance = 1e-6

    @Test("every fixed-potential window matches pymatgen: emptiness exactly, limits within 1e-6 eV")
    func matchesPymatgen() throws {
        var atlases: [String: PhaseDiagramAtlas] = [:]
        let cases = try Self.cases()
        #expect(cases.count >= 20)
        for testCase in cases {
            let atlas = try atlases[testCase.dataset] ?? FixedPotentialTests.atlas(testCase.dataset)
            atlases[testCase.dataset] = atlas
            let window = try atlas.stabilityWindow(
                of: try Composition(parsing: testCase.formula), openElement: testCase.swept, fixed: testCase.fixed)
            let context = "\(testCase.dataset) \(testCase.formula) fixed \(FixedPotentialHull.echo(testCase.fixed))"
            #expect(window.windowEmpty == testCase.empty, "\(context): window_empty \(window.windowEmpty), pymatgen \(testCase.empty); \(window.note)")
            guard !testCase.empty, !window.windowEmpty else {
                if window.windowEmpty {
                    #expect(window.reductionProducts.isEmpty && window.oxidationProducts.isEmpty, "\(context)")
                }
                continue
            }
            let reduction = try #require(testCase.reduction)
            #expect(abs(window.reductionLimitChemicalPotential - reduction) <= Self.limitTolerance,
                    "\(context): reduction μ \(window.reductionLimitChemicalPotential) vs pymatgen \(reduction)")
            #expect((window.oxidationLimitChemicalPotential == nil) == (testCase.oxidation == nil), "\(context)")
            if let mine = window.oxidationLimitChemicalPotential, let theirs = testCase.oxidation {
                #expect(abs(mine - theirs) <= Self.limitTolerance, "\(context): oxidation μ \(mine) vs pymatgen \(theirs)")
            }
        }
    }

    @Test("the issue's cases: Li2SiN2 at μN = −2.6286 eV and Li4Ti5O12 under 1 bar O2 at 500 K are empty")
    func issueCases() throws {
        let mpLegacy = try FixedPotentialTests.atlas("mp-legacy"), li = Element(symbol: "Li")!
        let nitride = try mpLegacy.stabilityWindow(
            of: try Composition(parsing: "Li2SiN2"), openElement: li,
            fixed: [try OpenElement(Element(symbol: "N")!, chemicalPotential: -2.6286)])
        #expect(nitride.windowEmpty)
        let oxygen = try Gas.O2.openElement(temperature: 500, pressure: 1)
        let titanate = try mpLegacy.stabilityWindow(of: try Composition(parsing: "Li4Ti5O12"), openElement: li, fixed: [oxygen])
        #expect(titanate.windowEmpty)
    }
}
