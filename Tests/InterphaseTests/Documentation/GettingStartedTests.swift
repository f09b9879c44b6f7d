import Foundation
import Interphase
import InterphaseMPLegacy
import Testing

/// The code of the DocC article "Getting Started" and of README's "From Swift", as a
/// client writes it (plain `import`, public API only): if the API changes, these stop compiling
/// and the articles must change with them.
@Suite("Documentation: getting-started code")
struct GettingStartedTests {
    @Test("README's five lines compute Li3PO4's window")
    func fiveLines() throws {
        let dataset = try BundledDataset.default.load()
        let diagram = try PhaseDiagram(entries: dataset.allEntries)
        let lithium = Element(symbol: "Li")!
        let window = try diagram.stabilityWindow(of: Composition(parsing: "Li3PO4"), openElement: lithium)
        print(window.reductionLimitVoltage!, window.oxidationLimitVoltage!)   // 0.689… 4.210…
        #expect(abs(window.reductionLimitVoltage! - 0.689) < 5e-4)
        #expect(abs(window.oxidationLimitVoltage! - 4.210) < 5e-4)
    }

    @Test("The article's steps: load, build, decompose, window, JSON")
    func article() throws {
        // Load data.
        let dataset = try BundledDataset.default.load()
        // Build the phase diagram.
        let diagram = try PhaseDiagram(entries: dataset.allEntries)
        let stable = diagram.stableEntries.map(\.formula)
        let row = diagram.stability(ofEntryAt: 0)
        #expect(stable.contains("Li2PNO2"))
        #expect(row.energyAboveHull >= 0)

        // Decompose: on the hull (closed system), then with Li at 0 V vs Li/Li+.
        let lipon = try Composition(parsing: "Li2PO2N")
        let lithium = Element(symbol: "Li")!
        let products = try diagram.decomposition(of: try Composition(parsing: "Li3.2PO3.8N0.2"))
        #expect(products.map(\.entry.formula).sorted() == ["Li2O", "Li2PNO2", "Li3PO4"])
        let lp = GrandCanonicalLP(diagram: diagram)
        let atLithiumMetal = try lp.decompose(lipon, openElements: [OpenElement(lithium, voltage: 0)])
        #expect(atLithiumMetal.reaction == "Li2PNO2 + 8 Li -> 2 Li2O + Li3N + Li3P")
        #expect(atLithiumMetal.openElementUptake == 8)

        // Compute a window.
        let window = try diagram.stabilityWindow(of: lipon, openElement: lithium)
        #expect(abs(window.reductionLimitVoltage! - 0.677) < 5e-4)
        #expect(abs(window.oxidationLimitVoltage! - 2.638) < 5e-4)
        #expect(window.reductionProducts.map(\.formula) == ["Li2O", "Li3P", "LiPN2"])
        #expect(window.oxidationProducts.map(\.formula) == ["Li4P2O7", "N2", "P3N5"])

        // Results are Codable with the command-line tool's JSON field names.
        let json = try JSONEncoder().encode(window)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let written = try #require(object["reduction_limit_V"] as? Double)
        #expect(abs(written - window.reductionLimitVoltage!) < 1e-12)
        let decoded = try JSONDecoder().decode(StabilityWindow.self, from: json)
        #expect(decoded.reductionProducts == window.reductionProducts)
        #expect(abs(decoded.oxidationLimitVoltage! - window.oxidationLimitVoltage!) < 1e-12)
    }

    @Test("The article's whole-MP questions: an interface reaction and a candidate, each from its own system's hull")
    func wholeMaterialsProject() throws {
        let lipon = try Composition(parsing: "Li2PO2N")
        let lithium = Element(symbol: "Li")!
        let whole = try PhaseDiagramAtlas(dataset: try MPLegacyDataset.load())
        let cathode = try Composition(parsing: "LiNi0.5Mn1.5O4")
        let interface = try whole.interfaceReaction(lipon, cathode,
                                                    openElement: OpenElement(lithium, voltage: 4.7))
        print(interface.mostExothermic.reaction)
        #expect(interface.mostExothermic.reaction == "2 Li2PNO2 + LiMn1.5Ni0.5O4 -> 0.75 Mn2P2O7 + N2O + 0.25 Ni2P2O7 + 5 Li")
        let candidate = Entry(id: "new", composition: try Composition(parsing: "Li3PS4"), energyPerAtom: -1.2)
        let row = try whole.stability(of: candidate)
        print(row.energyAboveHull)
        #expect(row.energyAboveHull > 0 && !row.isStable)
        #expect(throws: StabilityError.self) {
            try whole.stabilityWindow(of: try Composition(parsing: "LiMnFeCoNiCuZnTiVCrO11"), openElement: lithium)
        }
    }

    @Test("Conventions' fixed-potential snippet: Li2PO2N under 1 bar N2")
    func fixedPotentials() throws {
        let diagram = try PhaseDiagram(entries: try BundledDataset.default.load().allEntries)
        let lithium = Element(symbol: "Li")!
        let nitrogen = try Gas.N2.openElement(temperature: 298.15, pressure: 1)   // μN − μ⁰ = −0.29605 eV
        let window = try diagram.stabilityWindow(of: try Composition(parsing: "Li2PO2N"),
                                                 openElement: lithium, fixed: [nitrogen])
        print(window.reductionLimitVoltage!, window.oxidationLimitVoltage!)   // 1.007… 2.539…
        #expect(abs(nitrogen.chemicalPotential - (-0.29605)) < 1e-5)
        #expect(abs(window.reductionLimitVoltage! - 1.007) < 5e-4 && abs(window.oxidationLimitVoltage! - 2.539) < 5e-4)
    }
}
