import Foundation
import Testing
@testable import Interphase
import InterphaseMPLegacy

/// `PhaseDiagramAtlas.cell`: the whole cell, and the screen.
///
/// Against pymatgen (fixture from Scripts/check_cell.py) 1e-4, the tolerance of the other
/// whole-MP checks; the script measured at most 2e-14.
@Suite("Cell")
struct CellTests {
    static let mpLegacy = Result { PhaseDiagramAtlas(dataset: try MPLegacyDataset.load()) }

    @Test("whole MP: both sides of each cell match pymatgen's InterfacialReactivity, GrandPotentialInterfacialReactivity and decomposition")
    func cellsMatchPymatgen() throws {
        let atlas = try Self.mpLegacy.get()
        let fixture = try Fixtures.json("cell-mp-legacy.json") as! [String: Any]
        for cell in fixture["cells"] as! [[String: Any]] {
            let question = try CellQuestion(
                anode: cell["anode"] as! String, electrolyte: cell["electrolyte"] as! String, cathode: cell["cathode"] as! String,
                cathodeVoltage: cell["cathode_voltage"] as! Double, anodeVoltage: cell["anode_voltage"] as? Double)
            let report = try atlas.cell(question)
            let sides = cell["sides"] as! [String: [String: Any]]
            for (name, side) in [("anode", report.anodeSide), ("cathode", report.cathodeSide)] {
                let expected = sides[name]!
                let label = "\(question.anode.formula) | \(question.electrolyte.formula) | \(question.cathode.formula), \(name)"
                var reactions = [("closed", side.closed)]
                if let open = side.open { reactions.append(("open", open)) }
                #expect((side.open == nil) == (expected["open"] == nil), "\(label)")
                for (kind, reaction) in reactions {
                    let kinks = expected[kind] as! [[String: Any]]
                    try #require(reaction.kinks.count == kinks.count, "\(label) \(kind)")
                    for (mine, theirs) in zip(reaction.kinks, kinks) {
                        #expect(abs(mine.x - (theirs["x"] as! Double)) < 1e-4, "\(label) \(kind)")
                        #expect(abs(mine.energyPerAtom - (theirs["energy_per_atom"] as! Double)) < 1e-4, "\(label) \(kind)")
                        #expect(mine.products.map(\.formula).sorted() == theirs["products"] as! [String], "\(label) \(kind) at x = \(mine.x)")
                    }
                }
                #expect(side.decomposition.products.map(\.formula).sorted() == expected["decomposition"] as! [String], "\(label)")
            }
        }
    }

    @Test("Li | Li2PO2N | LiNi0.5Mn1.5O4 at 4.7 V: reduced at the anode, oxidised at the cathode, both strongly; layers at the anode")
    func liponLNMO() throws {
        let report = try Self.mpLegacy.get().cell(try CellQuestion(
            anode: "Li", electrolyte: "Li2PO2N", cathode: "LiNi0.5Mn1.5O4", cathodeVoltage: 4.7))
        #expect(report.workingIon == Element(symbol: "Li")! && report.anodeVoltage == 0)
        #expect(report.anodeSide.windowPosition == .reduced && report.cathodeSide.windowPosition == .oxidised)
        #expect(abs(report.anodeSide.windowMargin - -report.window.reductionLimitVoltage!) < 1e-12)
        #expect(abs(report.cathodeSide.windowMargin - (report.window.oxidationLimitVoltage! - 4.7)) < 1e-12)
        #expect(report.anodeSide.open == nil && report.anodeSide.layers != nil)
        #expect(report.cathodeSide.open != nil && report.cathodeSide.layers == nil)
        #expect(report.anodeSide.decompositionReactivity == .strong && report.cathodeSide.decompositionReactivity == .strong)
        // The separated numbers are the decomposition's ΔΦ and the open reaction's (nothing beyond
        // the metal anode); the JSON's earlier `reaction_energy` is the latter, never a minimum
        // of numbers divided by different things.
        for side in [report.anodeSide, report.cathodeSide] {
            let energies = [side.decomposition.grandPotentialChangePerAtom, side.closed.mostExothermic.energyPerAtom,
                            side.open?.mostExothermic.energyPerAtom ?? 0]
            #expect(side.reactionEnergy == side.electrodeReactionEnergy && side.reactivity == side.electrodeReactivity)
            #expect(side.reactionEnergy >= energies.min()!)
            #expect(side.decompositionEnergy == side.decomposition.grandPotentialChangePerAtom)
            #expect(side.electrodeReactionEnergy == min(side.open?.mostExothermic.energyPerAtom ?? 0, 0))
            #expect(side.decompositionEnergyNormalisation == .perAtomOfInput)
            #expect(side.electrodeReactionEnergyNormalisation == .perAtomOfClosedElementsOfMixture)
        }
        #expect(report.anodeSide.decompositionReactivity == .strong && report.anodeSide.electrodeReactivity == CellReactivity.none)
        #expect(report.cathodeSide.decompositionReactivity == .strong && report.cathodeSide.electrodeReactivity == .strong)
        #expect(report.verdict.hasPrefix("Li2PO2N (window 0.68–2.64 V). At Li (0.00 V): reduced by itself, strong (ΔΦ -0.657 eV per atom of Li2PO2N"))
        #expect(report.verdict.contains("the Li metal adds nothing beyond that (it is the reservoir itself)"))
        #expect(report.verdict.contains("At LiNi0.5Mn1.5O4 (4.70 V): oxidised by itself, strong"))
        #expect(report.verdict.contains("the electrode adds beyond that: strong (ΔΦ -0.359 eV per atom of the closed elements of the mixture"))
        #expect(report.verdict.hasSuffix(
            "By itself it decomposes at both electrodes, more strongly at the anode; beyond that, only the cathode reacts with it, strongly."))
        // The JSON: the documented fields.
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as! [String: Any]
        #expect(Set(object.keys) == ["anode", "electrolyte", "cathode", "working_ion", "anode_voltage", "cathode_voltage", "window",
                                     "anode_side", "cathode_side", "verdict", "coatings", "coating_windows", "cathode_interfaces"])
        let side = object["anode_side"] as! [String: Any]
        #expect(Set(side.keys) == ["electrode", "interface", "voltage", "window_position", "window_margin_V", "decomposition", "closed", "open",
                                   "layers", "reaction_energy", "reactivity", "decomposition_energy",
                                   "decomposition_energy_normalisation", "decomposition_reactivity", "electrode_reaction_energy",
                                   "electrode_reaction_energy_normalisation", "electrode_reactivity"])
        #expect(side["open"] is NSNull)
        #expect(side["decomposition_energy_normalisation"] as? String == "per atom of the input")
        #expect(side["electrode_reaction_energy_normalisation"] as? String == "per atom of the closed elements of the mixture")
    }

    @Test("Li | LLZO | NMC811 at 4.0 V: LLZO loses O2 by itself at the cathode (strong), NMC811 adds almost nothing beyond that (weak)")
    func llzoNMC811() throws {
        let report = try Self.mpLegacy.get().cell(try CellQuestion(
            anode: "Li", electrolyte: "Li7La3Zr2O12", cathode: "LiNi0.8Mn0.1Co0.1O2", cathodeVoltage: 4.0))
        let cathode = report.cathodeSide
        // LLZO alone at 4.0 V: ΔΦ per atom of LLZO, its own O2 loss. Tolerance 1e-3 eV/atom: the
        // number as printed (3 decimals), from the same data; pymatgen's decomposition is checked
        // by cellsMatchPymatgen.
        #expect(cathode.windowPosition == .oxidised && cathode.decompositionReactivity == .strong)
        #expect(abs(cathode.decompositionEnergy - -0.234) < 1e-3)
        #expect(cathode.decomposition.products.map(\.formula).contains("O2"))
        // Beyond that, mixing with NMC811 adds −0.013 eV per atom of the closed elements (open) and
        // −0.0005 eV per atom of the mixture (closed): within the data's error.
        #expect(abs(cathode.electrodeReactionEnergy - -0.0131) < 1e-3)
        #expect(cathode.electrodeReactivity <= .weak)
        #expect(abs(cathode.closed.mostExothermic.energyPerAtom - -0.0005) < 1e-4)
        // Each result names what its energies are divided by and measured from.
        #expect(cathode.closed.energyNormalisation == .perAtomOfMixture && cathode.closed.energyReference == .reactantsAtHull)
        #expect(cathode.open?.energyNormalisation == .perAtomOfClosedElementsOfMixture
                && cathode.open?.energyReference == .reactantsInEquilibriumWithReservoir)
        #expect(cathode.decomposition.reactionEnergyNormalisation == .perAtomOfReactants
                && cathode.decomposition.reactionEnergyReference == .elementalReferences)
        #expect(cathode.decomposition.grandPotentialChangeReference == .givenChemicalPotentials)
        #expect(report.verdict.contains("At LiNi0.8Mn0.1Co0.1O2 (4.00 V): oxidised by itself, strong (ΔΦ -0.234 eV per atom of Li7La3Zr2O12"))
        #expect(report.verdict.contains("the electrode adds beyond that: weak (ΔΦ -0.013 eV per atom of the closed elements of the mixture"))
        #expect(report.verdict.hasSuffix("beyond that, only the cathode reacts with it, weakly (within the error of the data)."))
        // The JSON's earlier `reactivity` key now carries the electrode's reactivity alone.
        #expect(cathode.reactivity == .weak && cathode.decompositionReactivity == .strong)
    }

    @Test("a cell within the window: no reaction at all, said so")
    func stableCell() throws {
        // Li2O against Li (stable at 0 V) and against Li2O2 at 2.5 V, within its window.
        let atlas = PhaseDiagramAtlas(dataset: try BundledDataset.default.load())
        let report = try atlas.cell(try CellQuestion(anode: "Li", electrolyte: "Li2O", cathode: "Li2O", cathodeVoltage: 2.5))
        #expect(report.anodeSide.reactivity == CellReactivity.none && report.cathodeSide.reactivity == CellReactivity.none)
        #expect(report.verdict.hasSuffix("Neither side reacts: the electrolyte is stable in this cell."))
    }

    @Test("bad cells: one error naming the part", arguments: [
        (["Li", "Li2PO2N", "Li3PO4"], Double.nan, nil, "the cathode voltage must be a finite number from 0 to 1000 V, got nan"),
        (["Li", "Li2PO2N", "Li3PO4"], -1, nil, "the cathode voltage must be a finite number from 0 to 1000 V, got -1.0"),
        (["Li3N", "Li2PO2N", "Li3PO4"], 4, nil, "the anode Li3N is a compound: give its voltage (only a metal anode is at 0 V by definition)"),
        (["Li", "Li2PO2N", "Li3PO4"], 4, 0.5, "the anode Li is the working-ion metal, at 0 V by definition; got an anode voltage of 0.5 V"),
        (["Li", "Li2Xx", "Li3PO4"], 4, nil, "the electrolyte: invalid formula \"Li2Xx\": unknown element \"Xx\" at position 4"),
        (["Li5PN9", "Li2PO2N", "Li3PO4"], 4, 1, "the anode Li5PN9 is neither an element nor a compound of the data"),
        (["Li", "Li2PO2N", "LiCoO2"], 4, nil, "the cathode side: LiCoO2 contains Co, which has no entries in the data"),
    ] as [([String], Double, Double?, String)])
    func badCells(formulas: [String], cathodeVoltage: Double, anodeVoltage: Double?, message: String) throws {
        let atlas = PhaseDiagramAtlas(dataset: try BundledDataset.default.load())
        do {
            _ = try atlas.cell(try CellQuestion(
                anode: formulas[0], electrolyte: formulas[1], cathode: formulas[2], cathodeVoltage: cathodeVoltage,
                anodeVoltage: anodeVoltage))
            Issue.record("no error for \(formulas)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("the reactivity scale")
    func reactivity() {
        #expect(CellReactivity(energy: 0, insideWindow: true) == .none)
        #expect(CellReactivity(energy: 0, insideWindow: false) == .weak)
        #expect(CellReactivity(energy: -0.0009, insideWindow: true) == .none)
        #expect(CellReactivity(energy: -0.01, insideWindow: true) == .weak)
        #expect(CellReactivity(energy: -0.1, insideWindow: true) == .moderate)
        #expect(CellReactivity(energy: -0.2, insideWindow: true) == .strong)
        #expect(CellReactivity.none < .weak && CellReactivity.weak < .moderate && CellReactivity.moderate < .strong)
    }

    @Test("the screen: rows in the order given, ranked by criteria, then the worst own decomposition, then the worst electrode reaction; a bad candidate is a row with its error")
    func screen() throws {
        let atlas = PhaseDiagramAtlas(dataset: try BundledDataset.default.load())
        let candidates = ["Li2PO2N", "Li3PO4", "Li2O", "Li2Xx", "Li3N"]
        let rows = try atlas.screen(candidates: candidates, anode: "Li", cathode: "Li2O2", cathodeVoltage: 3.5)
        #expect(rows.map(\.candidate) == candidates)
        #expect(rows[3].error?.contains("unknown element") == true && rows[3].criteriaMet == 0)
        let single = try atlas.cell(try CellQuestion(anode: "Li", electrolyte: "Li3PO4", cathode: "Li2O2", cathodeVoltage: 3.5))
        #expect(rows[1] == CellScreenRow(single))
        let ranked = CellScreenRow.ranked(rows)
        #expect(ranked.last?.candidate == "Li2Xx")
        for (a, b) in zip(ranked.dropLast(), ranked.dropLast().dropFirst()) {
            #expect(a.criteriaMet > b.criteriaMet || (a.criteriaMet == b.criteriaMet && a.worstDecompositionEnergy! >= b.worstDecompositionEnergy!))
        }
        // Criteria and keys read the separated numbers only.
        for row in rows where row.error == nil {
            let expected = [row.coversAnode, row.coversCathode, row.anodeElectrodeReactivity! <= .weak, row.cathodeElectrodeReactivity! <= .weak]
            #expect(row.criteriaMet == expected.filter { $0 }.count)
            #expect(row.worstElectrodeReactionEnergy == min(row.anodeElectrodeReactionEnergy!, row.cathodeElectrodeReactionEnergy!))
            #expect(row.worstDecompositionEnergy == min(row.anodeDecompositionEnergy!, row.cathodeDecompositionEnergy!))
        }
        // A bad electrode throws once rather than failing every row.
        #expect(throws: CellError.anodeNotInData(formula: "Li5PN9")) {
            try atlas.screen(candidates: candidates, anode: "Li5PN9", cathode: "Li2O2", cathodeVoltage: 3.5, anodeVoltage: 1)
        }
        #expect(try atlas.stableCompounds(within: [Element(symbol: "Li")!, Element(symbol: "O")!]).sorted() == ["Li2O", "Li2O2"])
    }

    @Test("fixed chemical potentials reach every hull of the cell: the window, each side's decomposition and reactions")
    func fixedPotentialsApplyToEveryPart() throws {
        let atlas = PhaseDiagramAtlas(dataset: try BundledDataset.default.load())
        let lithium = Element(symbol: "Li")!
        let nitrogen = try OpenElement(Element(symbol: "N")!, chemicalPotential: -0.296)
        let question = try CellQuestion(
            anode: "Li", electrolyte: "Li2PO2N", cathode: "LiPO3", cathodeVoltage: 4.0, fixed: [nitrogen])
        let report = try atlas.cell(question)
        let electrolyte = try Composition(parsing: "Li2PO2N"), cathode = try Composition(parsing: "LiPO3")
        #expect(report.window == (try atlas.stabilityWindow(of: electrolyte, formula: "Li2PO2N", openElement: lithium, fixed: [nitrogen])))
        // Without the fixed potential the window differs (nitrogen closed): the question did carry it.
        #expect(report.window != (try atlas.stabilityWindow(of: electrolyte, formula: "Li2PO2N", openElement: lithium)))
        let open = try OpenElement(lithium, voltage: 4.0)
        #expect(report.cathodeSide.decomposition == (try atlas.decompose(electrolyte, formula: "Li2PO2N", openElements: [open], fixed: [nitrogen])))
        #expect(report.cathodeSide.open?.kinks == (try atlas.interfaceReaction(
            cathode, electrolyte, formulaA: "LiPO3", formulaB: "Li2PO2N", openElement: open, fixed: [nitrogen])).kinks)
        #expect(report.cathodeSide.closed.kinks == (try atlas.interfaceReaction(
            cathode, electrolyte, formulaA: "LiPO3", formulaB: "Li2PO2N", fixed: [nitrogen])).kinks)
    }
}

