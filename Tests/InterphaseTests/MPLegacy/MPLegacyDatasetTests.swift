import Foundation
import Testing
@testable import Interphase
@testable import InterphaseMPLegacy

/// `MPLegacyDataset.load(within:)`: the part of the whole Materials Project a question needs, read
/// through the index built into the generated data, is exactly the whole dataset's entries within
/// those elements, in the same order, with the same references; so every answer is the same.
/// Exact comparisons throughout: the same rows are parsed the same way.
@Suite("MPLegacyDataset")
struct MPLegacyDatasetTests {
    static let whole = Result { try MPLegacyDataset.load() }

    /// An entry as compared: id, formula and energy (eV per formula unit), bit for bit.
    static func rows(_ entries: [Entry]) -> [String] {
        entries.map { "\($0.id ?? "-") \($0.formula) \($0.energy.bitPattern)" }
    }

    static func elements(_ symbols: String) -> Set<Element> {
        Set(symbols.split(separator: "-").map { Element(symbol: String($0))! })
    }

    @Test("the index reaches every row once: within all 84 elements is the whole dataset, in order")
    func wholeThroughIndex() throws {
        let whole = try Self.whole.get()
        #expect(MPLegacyDataset.elements.count == 84)
        #expect(Set(MPLegacyDataset.elements) == Set(whole.elements))
        let all = try MPLegacyDataset.load(within: Set(MPLegacyDataset.elements))
        #expect(all.entries.count == 85_014)
        #expect(Self.rows(all.entries) == Self.rows(whole.entries))
        #expect(Self.rows(all.implicitReferences) == Self.rows(whole.implicitReferences))
    }

    @Test("a system's part is the whole dataset's entries within its elements", arguments: [
        "Li-P-O-N", "Li-P-S-Cl", "Li-Ni-Mn-O-P-N", "Fe", "Li-Xe", "Ac-Ag-Au", "Co-O-Li",
    ])
    func part(_ system: String) throws {
        let whole = try Self.whole.get()
        let elements = Self.elements(system)
        let part = try MPLegacyDataset.load(within: elements)
        #expect(Self.rows(part.entries) == Self.rows(whole.entries.filter { Set($0.composition.elements).isSubset(of: elements) }))
        // Every element of the system that MP has keeps its zero reference, compounds or not.
        #expect(part.implicitReferences.flatMap(\.composition.elements) == elements.intersection(MPLegacyDataset.elements).sorted())
        #expect(part.name == MPLegacyDataset.name && part.energyKind == .formation)
    }

    @Test("Li–P–O–N from the whole MP is the bundled Li–P–O–N set, row for row")
    func liponSubset() throws {
        let part = try MPLegacyDataset.load(within: Self.elements("Li-P-O-N"))
        let lipon = try BundledDataset.liponMPLegacy.load()
        #expect(part.entries.count == 60)
        #expect(Self.rows(part.entries) == Self.rows(lipon.entries))
        #expect(Self.rows(part.implicitReferences) == Self.rows(lipon.implicitReferences))
    }

    @Test("answers from the part equal those from the whole dataset (window, cell), JSON byte for byte")
    func sameAnswers() throws {
        let whole = PhaseDiagramAtlas(dataset: try Self.whole.get())
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let li = Conditions(openElement: Element(symbol: "Li"))
        for formula in ["Li6PS5Cl", "Li2PO2N"] {
            let composition = try Composition(parsing: formula)
            let part = PhaseDiagramAtlas(dataset: try MPLegacyDataset.load(within: Set(composition.elements + [Element(symbol: "Li")!])))
            let fromPart = try encoder.encode(part.stabilityWindow(of: composition, formula: formula, under: li))
            let fromWhole = try encoder.encode(whole.stabilityWindow(of: composition, formula: formula, under: li))
            #expect(fromPart == fromWhole, "\(formula)")
        }
        let part = PhaseDiagramAtlas(dataset: try MPLegacyDataset.load(within: Self.elements("Li-P-O-N-Ni-Mn")))
        func cell(_ atlas: PhaseDiagramAtlas) throws -> Data {
            try encoder.encode(atlas.cell(anode: "Li", electrolyte: "Li2PO2N", cathode: "LiNi0.5Mn1.5O4", cathodeVoltage: 4.7, under: Conditions()))
        }
        let (fromPart, fromWhole) = (try cell(part), try cell(whole))
        #expect(fromPart == fromWhole)
    }

    @Test("no compound within the elements: only the references of the elements MP has")
    func noCompound() throws {
        let lithium = try MPLegacyDataset.load(within: Self.elements("Li"))
        #expect(lithium.entries.isEmpty)
        #expect(lithium.implicitReferences.map(\.formula) == ["Li"])
        let helium = try MPLegacyDataset.load(within: Self.elements("He"))
        #expect(helium.entries.isEmpty && helium.implicitReferences.isEmpty)
    }
}
