import Testing
@testable import Interphase

/// Cells and screens through the front door carry every part of their ``Conditions``.
@Suite("Front door: cells and screens under conditions")
struct PhaseDiagramAtlasCellQuestionsTests {
    static let atlas = PhaseDiagramAtlas(dataset: try! BundledDataset.default.load())

    @Test("a screen's working ion is the conditions' open element, as a single cell's is")
    func screenWorkingIon() throws {
        let oxygen = Conditions(openElement: Element(symbol: "O")!)
        // O is no working ion: both the cell and the screen refuse it (before, the screen
        // dropped the open element and answered for Li).
        #expect(throws: CellError.notAWorkingIon(Element(symbol: "O")!)) {
            try Self.atlas.cell(anode: "Li", electrolyte: "Li3PO4", cathode: "Li2PO2N", cathodeVoltage: 2, under: oxygen)
        }
        #expect(throws: CellError.notAWorkingIon(Element(symbol: "O")!)) {
            try Self.atlas.screen(candidates: ["Li3PO4"], anode: "Li", cathode: "Li2PO2N", cathodeVoltage: 2, under: oxygen)
        }
        // Li named explicitly answers exactly as the default working ion does.
        let lithium = Conditions(openElement: Element(symbol: "Li")!)
        let named = try Self.atlas.screen(candidates: ["Li3PO4", "Li2O"], anode: "Li", cathode: "Li2PO2N", cathodeVoltage: 2, under: lithium)
        let implied = try Self.atlas.screen(candidates: ["Li3PO4", "Li2O"], anode: "Li", cathode: "Li2PO2N", cathodeVoltage: 2, under: Conditions())
        #expect(named == implied)
    }
}
