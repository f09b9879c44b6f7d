import Foundation
import Testing
@testable import Interphase

/// `PhaseDiagramAtlas.cell` with coatings: the stack cathode | coatings | electrolyte, every
/// interface at the cathode's voltage, and the coating screen.
///
/// Each interface's reactions are compared with `interfaceReaction` for the same pair exactly
/// (`==`): the cell must ask the same question of the same call, so not even rounding may differ.
@Suite("Cell: coatings")
struct CellCoatingTests {
    static let lithium = Element(symbol: "Li")!

    @Test("LiCoO2 | LiNbO3 | Li6PS5Cl at 4.2 V: labelled interfaces, each coating's window, the electrolyte alone at 4.2 V")
    func coatedCell() throws {
        let atlas = try CellTests.mpLegacy.get()
        let report = try atlas.cell(try CellQuestion(
            anode: "Li", electrolyte: "Li6PS5Cl", cathode: "LiCoO2", coatings: ["LiNbO3"], cathodeVoltage: 4.2))
        #expect(report.coatings == ["LiNbO3"] && report.coatingWindows.map(\.formula) == ["LiNbO3"])
        #expect(report.cathodeInterfaces.map(\.label) == ["cathode|coating", "coating|electrolyte"])
        #expect(report.anodeSide.label == "anode|electrolyte")
        #expect(report.cathodeSide == report.cathodeInterfaces.last)
        let (withCathode, withElectrolyte) = (report.cathodeInterfaces[0], report.cathodeInterfaces[1])
        #expect(withCathode.voltage == 4.2 && withElectrolyte.voltage == 4.2)
        // The coating alone at the cathode's voltage, against its own window; the electrolyte
        // alone at the cathode's voltage, against its own.
        #expect(withCathode.decomposition.formula == "LiNbO3" && withElectrolyte.decomposition.formula == "Li6PS5Cl")
        #expect(withCathode.windowPosition == (report.coatingWindows[0].oxidationLimitVoltage! < 4.2 ? .oxidised : .inside))
        #expect(withElectrolyte.windowPosition == .oxidised && withElectrolyte.decompositionReactivity == .strong)
        // Each interface's reactions are those of `react INNER OUTER` and `react INNER OUTER --open Li --voltage 4.2`.
        let open = try OpenElement(Self.lithium, voltage: 4.2)
        for (inner, outer, interface) in [("LiCoO2", "LiNbO3", withCathode), ("LiNbO3", "Li6PS5Cl", withElectrolyte)] {
            let a = try Composition(parsing: inner), b = try Composition(parsing: outer)
            #expect(interface.closed == (try atlas.interfaceReaction(a, b, formulaA: inner, formulaB: outer)))
            #expect(interface.open == (try atlas.interfaceReaction(a, b, formulaA: inner, formulaB: outer, openElement: open)))
        }
        #expect(report.verdict.contains("the coating on the cathode") && report.verdict.contains("cathode|coating LiCoO2 | LiNbO3"))
    }

    @Test("a stack of two coatings: cathode|coating, coating|coating, coating|electrolyte; uncoated cells keep one cathode interface")
    func stack() throws {
        let atlas = try CellTests.mpLegacy.get()
        let report = try atlas.cell(try CellQuestion(
            anode: "Li", electrolyte: "Li2PO2N", cathode: "LiNi0.5Mn1.5O4", coatings: ["LiNbO3", "Li3PO4"], cathodeVoltage: 4.7))
        #expect(report.cathodeInterfaces.map(\.label) == ["cathode|coating", "coating|coating", "coating|electrolyte"])
        #expect(report.cathodeInterfaces.map(\.electrode) == ["LiNi0.5Mn1.5O4", "LiNbO3", "Li3PO4"])
        #expect(report.cathodeInterfaces.map(\.decomposition.formula) == ["LiNbO3", "Li3PO4", "Li2PO2N"])
        let uncoated = try atlas.cell(try CellQuestion(anode: "Li", electrolyte: "Li2PO2N", cathode: "LiNi0.5Mn1.5O4", cathodeVoltage: 4.7))
        #expect(uncoated.coatings.isEmpty && uncoated.coatingWindows.isEmpty)
        #expect(uncoated.cathodeInterfaces.map(\.label) == ["cathode|electrolyte"] && uncoated.cathodeInterfaces == [uncoated.cathodeSide])
        // The electrolyte alone at the cathode's voltage is the same with and without coatings.
        #expect(report.cathodeSide.decomposition == uncoated.cathodeSide.decomposition)
    }

    @Test("refusals: a coating of the cathode's, the electrolyte's or the coating-beneath's composition; an element without entries")
    func refusals() throws {
        #expect(throws: CellError.coatingSameAsNeighbour(coating: "Li2Co2O4", neighbour: .cathode, formula: "LiCoO2")) {
            try CellQuestion(anode: "Li", electrolyte: "Li3PO4", cathode: "LiCoO2", coatings: ["Li2Co2O4"], cathodeVoltage: 4.2)
        }
        #expect(throws: CellError.coatingSameAsNeighbour(coating: "Li3PO4", neighbour: .electrolyte, formula: "Li3PO4")) {
            try CellQuestion(anode: "Li", electrolyte: "Li3PO4", cathode: "LiCoO2", coatings: ["Li3PO4"], cathodeVoltage: 4.2)
        }
        #expect(throws: CellError.coatingSameAsNeighbour(coating: "LiNbO3", neighbour: .coating, formula: "LiNbO3")) {
            try CellQuestion(anode: "Li", electrolyte: "Li3PO4", cathode: "LiCoO2", coatings: ["LiNbO3", "LiNbO3"], cathodeVoltage: 4.2)
        }
        let lipon = PhaseDiagramAtlas(dataset: try BundledDataset.liponMPLegacy.load())
        #expect(throws: CellError.stability(part: .coating, .elementNotInData(formula: "LiNbO3", element: Element(symbol: "Nb")!))) {
            try lipon.cell(try CellQuestion(anode: "Li", electrolyte: "Li2PO2N", cathode: "Li3PO4", coatings: ["LiNbO3"], cathodeVoltage: 4.2))
        }
    }

    @Test("the coating screen: Xiao et al.'s three criteria, the rows equal the coated cells'")
    func coatingScreen() throws {
        let atlas = try CellTests.mpLegacy.get()
        let candidates = ["LiNbO3", "Li3PO4", "LiCoO2", "Li3BO3"]
        let rows = try atlas.screen(candidates: candidates, anode: "Li", cathode: "LiCoO2", electrolyte: "Li6PS5Cl", cathodeVoltage: 4.2)
        #expect(rows.map(\.candidate) == candidates)
        #expect(rows.allSatisfy { $0.role == .coating && $0.criteriaCount == 3 })
        #expect(rows[2].error != nil && rows[2].error!.contains("has the composition of the cathode"))
        let report = try atlas.cell(try CellQuestion(
            anode: "Li", electrolyte: "Li6PS5Cl", cathode: "LiCoO2", coatings: ["LiNbO3"], cathodeVoltage: 4.2))
        #expect(rows[0] == CellScreenRow(coating: report))
        #expect(rows[0].electrolyteReactionEnergy == report.cathodeSide.electrodeReactionEnergy)
        #expect(rows[0].cathodeDecompositionEnergy == report.cathodeInterfaces[0].decompositionEnergy)
        #expect(rows[0].anodeDecompositionEnergy == nil && !rows[0].coversAnode)
        let ranked = CellScreenRow.ranked(rows)
        #expect(ranked.last!.candidate == "LiCoO2")
        #expect(zip(ranked.dropLast(), ranked.dropLast().dropFirst()).allSatisfy { $0.criteriaMet >= $1.criteriaMet })
    }
}
