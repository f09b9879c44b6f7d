import Testing
@testable import Interphase

@Suite("Grand-canonical LP")
struct GrandCanonicalLPTests {
    let li = Element(symbol: "Li")!

    /// Against pymatgen's `GrandPotentialPhaseDiagram` (absolute μ = μ_Li⁰ − V). Tolerance 1e-6
    /// in amounts per formula unit: the LP and qhull solve the same problem to ~1e-12.
    @Test("products and uptake at fixed voltages match pymatgen", arguments: ["lipon-bundled", "lipon-perturbed", "lipon-total", "random-5el"])
    func matchesPymatgen(dataset name: String) throws {
        let dataset = try Fixtures.dataset("\(name).csv")
        let lp = GrandCanonicalLP(diagram: try PhaseDiagram(entries: dataset.allEntries))
        let fixture = try Fixtures.json("decompose-\(name).json") as! [String: Any]
        let open = Element(symbol: fixture["open_element"] as! String)!
        let results = fixture["results"] as! [[String: Any]]
        #expect(results.count > 100)
        for row in results {
            let formula = row["formula"] as! String, voltage = row["voltage"] as! Double
            let result = try lp.decompose(try Composition(parsing: formula), openElements: [try OpenElement(open, voltage: voltage)])
            let expected = (row["products"] as! [[String: Any]]).map { ($0["formula"] as! String, $0["amount"] as! Double) }
                .sorted { $0.0 < $1.0 }
            let label = "\(name) \(formula) at \(voltage) V"
            #expect(result.products.map(\.formula) == expected.map(\.0), "\(label)")
            for (mine, theirs) in zip(result.products, expected) {
                #expect(abs(mine.amount - theirs.1) < 1e-6, "\(label) \(mine.formula)")
            }
            #expect(abs(result.openElementUptake - (row["open_element_uptake"] as! Double)) < 1e-6, "\(label)")
        }
    }

    @Test("Li2PO2N at 0 V: Li3P + Li3N + 2 Li2O with 8 Li; Li3PO4: Li3P + 4 Li2O; at 5 V: PON, P2O5, N2")
    func publishedDecompositions() throws {
        let lp = GrandCanonicalLP(diagram: try PhaseDiagram(entries: try BundledDataset.liponMPLegacy.load().allEntries))
        let atZero = try lp.decompose(try Composition(parsing: "Li2PO2N"), formula: "Li2PO2N", openElements: [try OpenElement(li, voltage: 0)])
        #expect(atZero.products.map(\.formula) == ["Li2O", "Li3N", "Li3P"])
        #expect(zip(atZero.products.map(\.amount), [2.0, 1, 1]).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(abs(atZero.openElementUptake - 8) < 1e-9)
        #expect(atZero.reaction == "Li2PO2N + 8 Li -> 2 Li2O + Li3N + Li3P")
        let phosphate = try lp.decompose(try Composition(parsing: "Li3PO4"), formula: "Li3PO4", openElements: [try OpenElement(li, voltage: 0)])
        #expect(phosphate.reaction == "Li3PO4 + 8 Li -> 4 Li2O + Li3P")
        let atFive = try lp.decompose(try Composition(parsing: "Li2PO2N"), openElements: [try OpenElement(li, voltage: 5)])
        #expect(atFive.products.map(\.formula) == ["N2", "P2O5", "PNO"])
        #expect(abs(atFive.openElementUptake + 2) < 1e-9)
        #expect(atFive.grandPotentialChangePerAtom <= 0)
    }

    @Test("property: with no open element the LP's products and energy equal the hull's decomposition")
    func agreesWithHull() throws {
        let elements = ["Li", "Fe", "P", "O"].map { Element(symbol: $0)! }
        for seed in UInt64(20)...24 {
            let entries = RandomSystems.entries(elements: elements, count: 50, seed: seed)
            let diagram = try PhaseDiagram(entries: entries)
            let lp = GrandCanonicalLP(diagram: diagram)
            for entry in entries where !entry.isElement {
                let hull = try diagram.decomposition(of: entry.composition)
                let result = try lp.decompose(entry.composition)
                let atoms = entry.composition.numberOfAtoms
                // Hull products as atom fractions; LP amounts in reduced formula units per input unit.
                let lpFractions = Dictionary(uniqueKeysWithValues: result.products.map { product -> (String, Double) in
                    let unitAtoms = try! Composition(parsing: product.formula).numberOfAtoms
                    return (product.formula, product.amount * unitAtoms / atoms)
                })
                #expect(Set(lpFractions.keys) == Set(hull.map(\.entry.formula)), "seed \(seed) \(entry.formula)")
                for component in hull {
                    #expect(abs((lpFractions[component.entry.formula] ?? -1) - component.fraction) < 1e-7, "seed \(seed) \(entry.formula)")
                }
                let lpEnergy = result.grandPotential / atoms
                #expect(abs(lpEnergy - (try diagram.hullFormationEnergyPerAtom(at: entry.composition))) < 1e-9)
            }
        }
    }

    @Test("bad input: missing elements, open element absent, nothing closed, bad voltages")
    func badInput() throws {
        let lp = GrandCanonicalLP(diagram: try PhaseDiagram(entries: try BundledDataset.liponMPLegacy.load().allEntries))
        let fe = Element(symbol: "Fe")!, o = Element(symbol: "O")!
        #expect(throws: StabilityError.elementNotInData(formula: "LiFePO4", element: fe)) {
            try lp.decompose(try Composition(parsing: "LiFePO4"))
        }
        let na = Element(symbol: "Na")!
        #expect(throws: StabilityError.openElementNotInData(na)) {
            try lp.decompose(try Composition(parsing: "Li3PO4"), openElements: [try OpenElement(na, voltage: 1)])
        }
        #expect(throws: StabilityError.voltageNeedsWorkingIon(fe)) { try OpenElement(fe, voltage: 1) }
        #expect(throws: StabilityError.noClosedElements(formula: "Li")) {
            try lp.decompose(try Composition(parsing: "Li"), openElements: [try OpenElement(li, voltage: 1)])
        }
        #expect(throws: StabilityError.voltageNeedsWorkingIon(o)) { try OpenElement(o, voltage: 1) }
        #expect(throws: StabilityError.invalidVoltage(.infinity)) { try OpenElement(li, voltage: .infinity) }
        #expect(throws: StabilityError.invalidVoltage(-1)) { try OpenElement(li, voltage: -1) }
        #expect(throws: StabilityError.invalidChemicalPotential(element: o, value: 0.5)) { try OpenElement(o, chemicalPotential: 0.5) }
    }

    @Test("oxygen as the open element: Li2O2 at low μ_O gives Li2O and releases O")
    func oxygenOpen() throws {
        let lp = GrandCanonicalLP(diagram: try PhaseDiagram(entries: try BundledDataset.liponMPLegacy.load().allEntries))
        let o = Element(symbol: "O")!
        let result = try lp.decompose(try Composition(parsing: "Li2O2"), openElements: [try OpenElement(o, chemicalPotential: -2)])
        #expect(result.products.map(\.formula) == ["Li2O"])
        #expect(abs(result.openElementUptake + 1) < 1e-9)
        #expect(result.voltage == nil)
        #expect(result.reaction == "Li2O2 -> Li2O + 0.5 O2")
    }
}
