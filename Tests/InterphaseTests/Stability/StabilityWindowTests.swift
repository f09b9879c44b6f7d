import Testing
@testable import Interphase

@Suite("Voltage profiles and stability windows")
struct StabilityWindowTests {
    let li = Element(symbol: "Li")!

    func bundled() throws -> PhaseDiagram { try PhaseDiagram(entries: try BundledDataset.liponMPLegacy.load().allEntries) }

    /// Published windows (Zhu, He & Mo 2015, Table 1 and SI; binaries read from their figure).
    /// Our data are the MP data of ~2019 via Bartel et al. 2020, close to Zhu's: the issue asks
    /// for 0.68–2.64 V for Li2PO2N; tolerance 0.01 V for the limits computed from these data.
    @Test("LiPON (Li2PO2N), Li3PO4, Li3N and Li2O windows and products on the bundled data")
    func publishedWindows() throws {
        let diagram = try bundled()
        let cases: [(String, Double, Double?, [String], [String])] = [
            ("Li2PO2N", 0.68, 2.64, ["Li2O", "Li3P", "LiPN2"], ["Li4P2O7", "N2", "P3N5"]),
            ("Li3PO4", 0.69, 4.21, ["Li2O", "Li3P"], ["Li4P2O7", "O2"]),
            ("Li3N", 0, 0.48, [], ["LiN3"]),
            ("Li2O", 0, 2.91, [], ["Li2O2"]),
        ]
        for (formula, reduction, oxidation, reductionProducts, oxidationProducts) in cases {
            let window = try diagram.stabilityWindow(of: try Composition(parsing: formula), openElement: li)
            #expect(abs(window.reductionLimitVoltage! - reduction) < 0.01, "\(formula)")
            #expect(abs(window.oxidationLimitVoltage! - oxidation!) < 0.01, "\(formula)")
            #expect(window.reductionProducts.map(\.formula) == reductionProducts, "\(formula)")
            #expect(window.oxidationProducts.map(\.formula) == oxidationProducts, "\(formula)")
            #expect(window.energyAboveHull == 0)
            #expect(!window.windowWithinTolerance)
        }
    }

    /// Against pymatgen's `get_element_profile` (rows labelled by their low-voltage end).
    /// Tolerance 1e-6 V / atoms: both are exact computations in double precision.
    @Test("profiles and windows match pymatgen's get_element_profile", arguments: ["lipon-bundled", "lipon-perturbed", "lipon-total", "random-5el"])
    func matchesPymatgen(dataset name: String) throws {
        let dataset = try Fixtures.dataset("\(name).csv")
        let diagram = try PhaseDiagram(entries: dataset.allEntries)
        let fixture = try Fixtures.json("profile-\(name).json") as! [String: Any]
        let open = Element(symbol: fixture["open_element"] as! String)!
        for profile in fixture["profiles"] as! [[String: Any]] {
            let formula = profile["formula"] as! String
            let window = try diagram.stabilityWindow(of: try Composition(parsing: formula), formula: formula, openElement: open)
            let rows = profile["rows"] as! [[String: Any]]
            let label = "\(name) \(formula)"
            // Every pymatgen row is one of our steps: same low-voltage end, uptake and products.
            for row in rows {
                let voltage = row["voltage"] as! Double
                guard let step = window.profile.first(where: { abs(($0.voltageLow ?? -1) - voltage) < 1e-6 }) else {
                    Issue.record("\(label): no step starts at \(voltage) V")
                    continue
                }
                #expect(abs(step.openElementUptake - (row["evolution"] as! Double)) < 1e-6, "\(label) at \(voltage) V")
                #expect(step.products.map(\.formula).sorted() == (row["products"] as! [String]), "\(label) at \(voltage) V")
            }
            #expect(window.profile.count == rows.count, "\(label)")
            guard !window.windowWithinTolerance else { continue }
            let expected = profile["window"] as! [String: Any]
            #expect(abs(window.reductionLimitVoltage! - (expected["reduction_limit_V"] as! Double)) < 1e-6, "\(label)")
            if let oxidation = expected["oxidation_limit_V"] as? Double {
                #expect(abs((window.oxidationLimitVoltage ?? .infinity) - oxidation) < 1e-6, "\(label)")
            } else {
                #expect(window.oxidationLimitVoltage == nil, "\(label)")
            }
            #expect(window.reductionProducts.map(\.formula).sorted() == (expected["reduction_products"] as! [String]), "\(label)")
            #expect(window.oxidationProducts.map(\.formula).sorted() == (expected["oxidation_products"] as! [String]), "\(label)")
        }
    }

    @Test("every step's products equal the grand-potential hull's (qhull) at the step's midpoint")
    func stepsAgreeWithGrandHull() throws {
        let diagram = try bundled()
        for formula in ["Li2PO2N", "Li3PO4", "LiPN2", "Li7PN4", "Li3.2PO3.8N0.2", "P3N5"] {
            let composition = try Composition(parsing: formula)
            let profile = try diagram.voltageProfile(of: composition, openElement: li)
            for step in profile.steps {
                let mu = step.chemicalPotentialLow.map { (step.chemicalPotentialHigh + $0) / 2 } ?? step.chemicalPotentialHigh - 1
                let grand = try GrandPotentialDiagram(diagram: diagram, openElements: [try OpenElement(li, chemicalPotential: mu)])
                let hullProducts = try grand.decomposition(of: composition).map(\.entry.formula).sorted()
                #expect(step.products.map(\.formula).sorted() == hullProducts, "\(formula) at μ = \(mu)")
            }
        }
    }

    @Test("property: the uptake decreases monotonically along every profile; critical potentials descend")
    func monotoneUptake() throws {
        let elements = ["Li", "Mn", "O", "F"].map { Element(symbol: $0)! }
        for seed in UInt64(30)...33 {
            let entries = RandomSystems.entries(elements: elements, count: 40, seed: seed)
            let diagram = try PhaseDiagram(entries: entries)
            for entry in entries where !entry.isElement && entry.composition.elements != [li] {
                let window = try diagram.stabilityWindow(of: entry.composition, openElement: li)
                let uptakes = window.profile.map(\.openElementUptake)
                #expect(zip(uptakes, uptakes.dropFirst()).allSatisfy { $0 > $1 - 1e-9 }, "seed \(seed) \(entry.formula)")
                let critical = window.profile.compactMap(\.chemicalPotentialLow)
                #expect(zip(critical, critical.dropFirst()).allSatisfy { $0 > $1 })
                // Window limits bracket the composition's own zero-uptake point.
                if let oxidation = window.oxidationLimitVoltage { #expect(window.reductionLimitVoltage! <= oxidation + 1e-12) }
                if diagram.isStable(entryAt: entries.firstIndex(of: entry)!) {
                    let inside = window.profile.first { abs($0.openElementUptake) < 1e-8 }
                    #expect(inside?.products.map(\.formula) == [entry.formula], "seed \(seed) \(entry.formula)")
                }
            }
        }
    }

    @Test("metastable compounds: zero-width window by default, a real window with --stabilize")
    func stabilize() throws {
        let diagram = try bundled()
        // Li2N lies 0.241 eV/atom above the Li3N–LiN3 tie line: no zero-uptake step of its own.
        let composition = try Composition(parsing: "Li2N")
        let plain = try diagram.stabilityWindow(of: composition, openElement: li)
        #expect(plain.reductionLimitVoltage == plain.oxidationLimitVoltage)
        #expect(abs(plain.reductionLimitVoltage! - 0.482365) < 1e-5)
        #expect(abs(plain.energyAboveHull! - 0.241) < 0.001)
        // Li5P2N5 (0.0107 above) decomposes into Li7PN4 + LiPN2 with no Li exchange: a real window.
        let balanced = try diagram.stabilityWindow(of: try Composition(parsing: "Li5P2N5"), openElement: li)
        #expect(balanced.oxidationLimitVoltage! > balanced.reductionLimitVoltage! + 0.1)
        let stabilized = try diagram.stabilityWindow(of: composition, openElement: li, stabilize: true)
        #expect(stabilized.stabilized)
        // Lowered to 1e-8 eV/atom below the tie line, Li2N becomes a vertex with its own
        // (very narrow) zero-uptake step.
        #expect(stabilized.oxidationLimitVoltage! > stabilized.reductionLimitVoltage!)
        #expect(stabilized.profile.contains { $0.products.map(\.formula) == ["Li2N"] && $0.openElementUptake == 0 })
        let absent = try diagram.stabilityWindow(of: try Composition(parsing: "Li3.2PO3.8N0.2"), openElement: li, stabilize: true)
        #expect(!absent.stabilized)
        #expect(absent.note.contains("absent from the data"))
        #expect(absent.energyAboveHull == nil)
    }

    @Test("a composition that is not charge-balanced falls back to the tolerance window, and says so")
    func toleranceFallback() throws {
        let window = try bundled().stabilityWindow(of: try Composition(parsing: "Li2.94PO3.50N0.31"), openElement: li)
        #expect(window.windowWithinTolerance)
        #expect(window.uptakeTolerance == 0.05)
        #expect(window.oxidationLimitVoltage! > window.reductionLimitVoltage!)
        for step in window.profile where step.voltageLow! >= window.reductionLimitVoltage! && (step.voltageHigh ?? .infinity) <= window.oxidationLimitVoltage! {
            #expect(abs(step.openElementUptake) <= 0.05)
        }
        let balanced = try bundled().stabilityWindow(of: try Composition(parsing: "Li3.2PO3.8N0.2"), openElement: li)
        #expect(!balanced.windowWithinTolerance)
    }

    @Test("non-metal open element (O): limits as chemical potentials, voltages null")
    func oxygenWindow() throws {
        let window = try bundled().stabilityWindow(of: try Composition(parsing: "Li2O2"), openElement: Element(symbol: "O")!)
        #expect(window.reductionLimitVoltage == nil && window.oxidationLimitVoltage == nil)
        // Li2O2 is stable in pure O2 (LiO2 lies above the hull) and loses O to Li2O at lower μ_O.
        #expect(window.reductionLimitChemicalPotential == 0)
        #expect(window.reductionProducts.isEmpty)
        #expect(window.oxidationLimitChemicalPotential! < 0)
        #expect(window.oxidationProducts.map(\.formula) == ["Li2O"])
    }
}
