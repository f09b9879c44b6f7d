import Foundation
import Interphase
import InterphaseMPLegacy
import Testing

/// The code of the DocC articles "Getting Started", "Conventions" and "The whole cell", and of
/// README's "From Swift", as a client writes it (plain `import`, public API only): every snippet
/// starts from the front door (`PhaseDiagramAtlas`) and the question value (`Conditions`). If the
/// API changes, these stop compiling and the articles must change with them.
///
/// Tolerances: the articles print limits to 3 decimals (mV), so a printed number is checked to
/// half a unit of its last digit, 5e-4; reactions and formulas are compared as written.
@Suite("Documentation: getting-started code")
struct GettingStartedTests {
    @Test("README's lines compute Li3PO4's window through the front door")
    func readme() throws {
        let dataset = try BundledDataset.default.load()
        let atlas = PhaseDiagramAtlas(dataset: dataset)
        let window = try atlas.stabilityWindow(of: Composition(parsing: "Li3PO4"),
                                               under: Conditions(openElement: Element(symbol: "Li")))
        print(window.reductionLimitVoltage!, window.oxidationLimitVoltage!)   // 0.689… 4.210…
        #expect(abs(window.reductionLimitVoltage! - 0.689) < 5e-4)
        #expect(abs(window.oxidationLimitVoltage! - 4.210) < 5e-4)
    }

    @Test("The article's first lines: data, atlas, conditions, a window")
    func firstLines() throws {
        let dataset = try BundledDataset.default.load()           // Li–P–O–N, Materials Project
        let atlas = PhaseDiagramAtlas(dataset: dataset)       // the front door: every question
        let lithium = Element(symbol: "Li")!
        let lipon = try Composition(parsing: "Li2PO2N")
        let conditions = Conditions(openElement: lithium)         // Li exchanged with a reservoir

        let window = try atlas.stabilityWindow(of: lipon, under: conditions)
        #expect(abs(window.reductionLimitVoltage! - 0.677) < 5e-4)
        #expect(abs(window.oxidationLimitVoltage! - 2.638) < 5e-4)
        #expect(window.reductionProducts.map(\.formula) == ["Li2O", "Li3P", "LiPN2"])
        #expect(window.oxidationProducts.map(\.formula) == ["Li4P2O7", "N2", "P3N5"])

        // The profile alone, and the windows of every stable Li phase.
        let profile = try atlas.voltageProfile(of: lipon, under: conditions)
        #expect(profile.steps == window.profile)
        let windows = try atlas.stabilityWindowsOfStablePhases(under: conditions)
        #expect(windows.contains { $0.formula == "Li2PNO2" })

        // Results are Codable with the command-line tool's JSON field names.
        let json = try JSONEncoder().encode(window)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let written = try #require(object["reduction_limit_V"] as? Double)
        #expect(abs(written - window.reductionLimitVoltage!) < 1e-12)
        let decoded = try JSONDecoder().decode(StabilityWindow.self, from: json)
        #expect(decoded.reductionProducts == window.reductionProducts)
        #expect(abs(decoded.oxidationLimitVoltage! - window.oxidationLimitVoltage!) < 1e-12)
    }

    @Test("The article's decompositions: closed, and with Li at 0 V")
    func decompositions() throws {
        let atlas = PhaseDiagramAtlas(dataset: try BundledDataset.default.load())
        let lithium = Element(symbol: "Li")!
        let lipon = try Composition(parsing: "Li2PO2N")

        let closed = try atlas.decompose(try Composition(parsing: "Li3.2PO3.8N0.2"), under: Conditions())
        print(closed.reaction)                   // Li3.2PN0.2O3.8 -> 0.2 Li2O + 0.2 Li2PNO2 + 0.8 Li3PO4
        #expect(closed.reaction == "Li3.2PN0.2O3.8 -> 0.2 Li2O + 0.2 Li2PNO2 + 0.8 Li3PO4")
        #expect(closed.products.map(\.formula).sorted() == ["Li2O", "Li2PNO2", "Li3PO4"])
        #expect(closed.openElement == nil)

        let atLithiumMetal = try atlas.decompose(lipon, under: Conditions(openElement: lithium, openPotential: .voltage(0)))
        print(atLithiumMetal.reaction)           // Li2PNO2 + 8 Li -> 2 Li2O + Li3N + Li3P
        print(atLithiumMetal.openElementUptake)  // 8.0 Li atoms taken up per formula unit
        #expect(atLithiumMetal.reaction == "Li2PNO2 + 8 Li -> 2 Li2O + Li3N + Li3P")
        #expect(atLithiumMetal.openElementUptake == 8)
    }

    @Test("The article's gas and Conventions' snippet: Li2PO2N's window under 1 bar N2")
    func underAGas() throws {
        let atlas = PhaseDiagramAtlas(dataset: try BundledDataset.default.load())
        var conditions = Conditions(openElement: Element(symbol: "Li")!)
        conditions.gases = [GasReservoir(.N2, pressure: 1)]             // N at μ − μ⁰ = −0.29605 eV
        let window = try atlas.stabilityWindow(of: try Composition(parsing: "Li2PO2N"), under: conditions)
        print(window.reductionLimitVoltage!, window.oxidationLimitVoltage!)   // 1.007… 2.539…
        #expect(abs(window.reductionLimitVoltage! - 1.007) < 5e-4 && abs(window.oxidationLimitVoltage! - 2.539) < 5e-4)

        // The same as a fixed chemical potential (the gas's, from its JANAF table).
        let nitrogen = try Gas.N2.openElement(temperature: 298.15, pressure: 1)
        #expect(abs(nitrogen.chemicalPotential - (-0.29605)) < 1e-5)
        var fixed = Conditions(openElement: Element(symbol: "Li")!)
        fixed.fixedChemicalPotentials = [FixedChemicalPotential(nitrogen.element, chemicalPotential: nitrogen.chemicalPotential)]
        let same = try atlas.stabilityWindow(of: try Composition(parsing: "Li2PO2N"), under: fixed)
        #expect(abs(same.oxidationLimitVoltage! - window.oxidationLimitVoltage!) < 1e-9)
    }

    @Test("The article's Monte Carlo: the gas window's limits with σ = 0.02 eV/atom, 200 samples")
    func monteCarlo() throws {
        let atlas = PhaseDiagramAtlas(dataset: try BundledDataset.default.load())
        var conditions = Conditions(openElement: Element(symbol: "Li")!)
        conditions.gases = [GasReservoir(.N2, pressure: 1)]
        conditions.uncertainty = UncertaintyModel(policy: .global(0.02), samples: 200, seed: 7)
        let spread = try atlas.monteCarloStabilityWindow(of: try Composition(parsing: "Li2PO2N"), under: conditions)
        let oxidation = try #require(spread.oxidationLimitVoltage)
        print(oxidation.mean, oxidation.p05, oxidation.p95, spread.emptySamples)
        #expect(spread.samples == 200)
        #expect(abs(oxidation.mean - 2.518) < 5e-4 && abs(oxidation.p05 - 2.306) < 5e-4 && abs(oxidation.p95 - 2.713) < 5e-4)
        #expect(oxidation.p05 <= 2.539 && 2.539 <= oxidation.p95)   // the deterministic limit lies within the spread
        // A Monte Carlo question without an uncertainty model is refused, not answered deterministically.
        #expect(throws: StabilityError.conditions(.uncertaintyNeeded(.stabilityWindow))) {
            try atlas.monteCarloStabilityWindow(of: try Composition(parsing: "Li2PO2N"),
                                                under: Conditions(openElement: Element(symbol: "Li")!))
        }
    }

    @Test("The article's refusal: a window does not take a voltage")
    func refusal() throws {
        let atlas = PhaseDiagramAtlas(dataset: try BundledDataset.default.load())
        let lithium = Element(symbol: "Li")!
        let lipon = try Composition(parsing: "Li2PO2N")
        let refusal = #expect(throws: StabilityError.self) {
            try atlas.stabilityWindow(of: lipon, under: Conditions(openElement: lithium, openPotential: .voltage(1)))
        }
        print(refusal!)
        #expect(refusal!.description.hasPrefix("a stability window does not take a voltage or chemical potential of the open element: it sweeps"))
        guard case .conditions(.notApplicable(.openPotential, question: .stabilityWindow, _)) = refusal else {
            Issue.record("unexpected \(String(describing: refusal))"); return
        }
    }

    @Test("The article's whole-MP questions: an interface reaction and a candidate, each from its own system's hull")
    func wholeMaterialsProject() throws {
        let lipon = try Composition(parsing: "Li2PO2N")
        let lithium = Element(symbol: "Li")!
        let whole = PhaseDiagramAtlas(dataset: try MPLegacyDataset.load())
        let cathode = try Composition(parsing: "LiNi0.5Mn1.5O4")
        let interface = try whole.interfaceReaction(lipon, cathode,
                                                    under: Conditions(openElement: lithium, openPotential: .voltage(4.7)))
        print(interface.mostExothermic.reaction)
        #expect(interface.mostExothermic.reaction == "2 Li2PNO2 + LiMn1.5Ni0.5O4 -> 0.75 Mn2P2O7 + N2O + 0.25 Ni2P2O7 + 5 Li")
        let candidate = Entry(id: "new", composition: try Composition(parsing: "Li3PS4"), energyPerAtom: -1.2)
        let row = try whole.stability(of: candidate, under: Conditions())
        print(row.energyAboveHull)
        #expect(row.energyAboveHull > 0 && !row.isStable)
        #expect(throws: StabilityError.self) {
            try whole.stabilityWindow(of: try Composition(parsing: "LiMnFeCoNiCuZnTiVCrO11"),
                                      under: Conditions(openElement: lithium))
        }
    }

    @Test("The whole-cell article's cell and screen, through the front door")
    func wholeCell() throws {
        let atlas = PhaseDiagramAtlas(dataset: try MPLegacyDataset.load())
        let report = try atlas.cell(anode: "Li", electrolyte: "Li2PO2N", cathode: "LiNi0.5Mn1.5O4",
                                    cathodeVoltage: 4.7, under: Conditions())
        print(report.verdict)
        #expect(report.cathodeSide.open!.mostExothermic.reaction
            == "LiNi0.5Mn1.5O4 + 2 Li2PO2N -> 0.75 Mn2P2O7 + N2O + 0.25 Ni2P2O7 + 5 Li")
        let candidates = try atlas.stableCompounds(within: [lithium, phosphorus, oxygen], under: Conditions())
        #expect(candidates.contains("Li3PO4"))
        let rows = try atlas.screen(candidates: candidates, anode: "Li", cathode: "LiNi0.5Mn1.5O4",
                                    cathodeVoltage: 4.7, under: Conditions())
        #expect(rows.count == candidates.count)
    }

    private let lithium = Element(symbol: "Li")!
    private let phosphorus = Element(symbol: "P")!
    private let oxygen = Element(symbol: "O")!
}
