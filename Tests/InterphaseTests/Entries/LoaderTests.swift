import Foundation
import Testing
@testable import Interphase

@Suite("Data loaders")
struct LoaderTests {
    let li = Element(symbol: "Li")!, o = Element(symbol: "O")!

    @Test("CSV with formation energies: elements implicit at zero, ids blank or kept, extra columns as attributes")
    func csvFormation() throws {
        let dataset = try Dataset.read(csv: """
            material_id,formula,formation_energy_per_atom,source
            mp-1960,Li2O,-2.0715,MP
            ,Li2O2,-1.6505,
            "mp-x, quoted",LiO2,-1.0336,"a, b"
            """, name: "test.csv")
        #expect(dataset.energyKind == .formation)
        #expect(dataset.entries.map(\.id) == ["mp-1960", nil, "mp-x, quoted"])
        #expect(dataset.implicitReferences.map(\.formula) == ["Li", "O2"])
        #expect(dataset.entries[0].attributes["source"] == "MP")
        #expect(dataset.entries[2].attributes["source"] == "a, b")
        #expect(abs(dataset.entries[0].energy - (-2.0715 * 3)) < 1e-12)
    }

    @Test("CSV with energy per formula unit as written: Li6P2O8 carries twice Li3PO4's energy")
    func csvEnergyPerFormulaUnit() throws {
        let dataset = try Dataset.read(csv: "formula,energy\nLi,-1.9\nP,-5.4\nO2,-9.8\nLi6P2O8,-100\n", name: "e.csv")
        #expect(dataset.energyKind == .total)
        #expect(abs(dataset.entries[3].energyPerAtom - (-100.0 / 16)) < 1e-12)
        #expect(dataset.entries[3].formula == "Li3PO4")
    }

    @Test("CSV with both energy kinds: total energies when every element has a pure entry, else formation")
    func csvChoosesEnergy() throws {
        let withElements = try Dataset.read(csv: "formula,energy_per_atom,formation_energy_per_atom\nLi,-1.9,0\nO2,-4.9,0\nLi2O,-6,-2\n", name: "a.csv")
        #expect(withElements.energyKind == .total)
        let without = try Dataset.read(csv: "formula,energy_per_atom,formation_energy_per_atom\nLi2O,-6,-2\n", name: "b.csv")
        #expect(without.energyKind == .formation)
        #expect(without.notes[0].contains("has no pure entry"))
    }

    @Test("CSV errors name the file, line and field")
    func csvErrors() {
        let cases: [(String, DataError)] = [
            ("formula,formation_energy_per_atom\nLi2O,abc\n",
             DataError(file: "f.csv", location: .line(2), field: "formation_energy_per_atom", problem: "\"abc\" is not a number")),
            ("formula,formation_energy_per_atom\nLi2O,inf\n",
             DataError(file: "f.csv", location: .line(2), field: "formation_energy_per_atom", problem: "\"inf\" is not a finite number")),
            ("formula,formation_energy_per_atom\nLi2O\n",
             DataError(file: "f.csv", location: .line(2), problem: "has 1 fields but the header has 2")),
            ("formula,formation_energy_per_atom\nLi2O,\n",
             DataError(file: "f.csv", location: .line(2), field: "formation_energy_per_atom", problem: "Li2O has no energy")),
            ("formula,formation_energy_per_atom\nLi2Q,-1\n",
             DataError(file: "f.csv", location: .line(2), field: "formula", problem: "invalid formula \"Li2Q\": unknown element \"Q\" at position 4")),
            ("id,formula,energy_per_atom\nx,Li,-1\nx,Li,-2\n",
             DataError(file: "f.csv", location: .line(3), field: "id", problem: "id \"x\" is repeated (first at line 2)")),
            ("name,energy\nLi,1\n",
             DataError(file: "f.csv", location: .line(1), problem: "no \"formula\" column (header: name,energy)")),
            ("formula,energy\n\"Li,1\n",
             DataError(file: "f.csv", location: .line(2), problem: "a quoted field is never closed")),
        ]
        for (text, expected) in cases {
            #expect(throws: expected) { try Dataset.read(csv: text, name: "f.csv") }
        }
    }

    @Test("pymatgen JSON: energy = uncorrected + correction, from energy_adjustments or correction")
    func pymatgenJSON() throws {
        let json = """
            [{"@class": "ComputedEntry", "energy": -10.0, "composition": {"Li": 2.0, "O": 1.0}, "entry_id": "a",
              "energy_adjustments": [{"@class": "CompositionEnergyAdjustment", "adj_per_atom": -0.687, "n_atoms": 1, "value": -0.687},
                                     {"@class": "ConstantEnergyAdjustment", "value": 0.1}],
              "data": {"oxide_type": "oxide"}},
             {"@class": "ComputedEntry", "energy": -3.8, "composition": {"Li": 2}, "correction": 0.0, "entry_id": "b"},
             {"@class": "PDEntry", "energy": -9.8, "composition": "O2", "name": "O2"}]
            """
        let dataset = try Dataset.read(json: Data(json.utf8), name: "e.json")
        #expect(dataset.energyKind == .total)
        #expect(abs(dataset.entries[0].energy - (-10.0 - 0.687 + 0.1)) < 1e-12)
        #expect(abs(dataset.entries[0].correction - (-0.587)) < 1e-12)
        #expect(dataset.entries[0].attributes["oxide_type"] == "oxide")
        #expect(dataset.entries[2].id == nil)
        #expect(dataset.entries[2].composition[o] == 2)
    }

    @Test("the bundled raw MP2020 entries load as total energies with ids and oxide types")
    func bundledRawEntries() throws {
        let dataset = try BundledDataset.liponMP2020Raw.load()
        #expect(dataset.entries.count == 11)
        #expect(dataset.energyKind == .total)
        #expect(dataset.entries.allSatisfy { $0.id?.hasPrefix("mp-") == true && $0.correction == 0 })
        #expect(dataset.entries.first { $0.formula == "Li2O2" }?.attributes["oxide_type"] == "peroxide")
    }

    @Test("Materials Project documents: total energies when complete, else formation energies, and say which")
    func materialsProjectJSON() throws {
        let complete = """
            {"data": [{"material_id": "mp-1", "formula_pretty": "Li", "energy_per_atom": -1.9, "formation_energy_per_atom": 0},
                      {"material_id": "mp-2", "formula_pretty": "O2", "energy_per_atom": -4.9, "formation_energy_per_atom": 0},
                      {"material_id": "mp-3", "composition": {"Li": 2, "O": 1}, "energy_per_atom": -6, "formation_energy_per_atom": -2}]}
            """
        let total = try Dataset.read(json: Data(complete.utf8), name: "mp.json")
        #expect(total.energyKind == .total)
        let partial = """
            [{"material_id": "mp-3", "formula_pretty": "Li2O", "energy_per_atom": -6, "formation_energy_per_atom": -2.07}]
            """
        let formation = try Dataset.read(json: Data(partial.utf8), name: "mp.json")
        #expect(formation.energyKind == .formation)
        #expect(formation.notes[0].contains("formation_energy_per_atom"))
        #expect(abs(formation.entries[0].energyPerAtom - (-2.07)) < 1e-12)
    }

    @Test("JSON errors name the record and field")
    func jsonErrors() {
        let cases: [(String, DataError)] = [
            ("[{\"energy\": \"x\", \"composition\": {\"Li\": 1}}]",
             DataError(file: "j.json", location: .record(1), field: "energy", problem: "\"x\" is not a number")),
            ("[{\"energy\": -1, \"composition\": {\"Xx\": 1}}]",
             DataError(file: "j.json", location: .record(1), field: "composition", problem: "unknown element \"Xx\"")),
            ("[{\"energy\": -1}]",
             DataError(file: "j.json", location: .record(1), field: "composition", problem: "is missing")),
            ("[1]", DataError(file: "j.json", location: .record(1), problem: "expected an entry object, found a number")),
            ("[]", DataError(file: "j.json", problem: "contains no entries")),
            ("\"text\"", DataError(file: "j.json", problem: "expected a JSON list or object of entries, found a string")),
        ]
        for (text, expected) in cases {
            #expect(throws: expected) { try Dataset.read(json: Data(text.utf8), name: "j.json") }
        }
    }

    @Test("files: extension picks the format, mismatched content is named")
    func files() throws {
        let directory = FileManager.default.temporaryDirectory
        let json = directory.appendingPathComponent("interphase-\(UUID().uuidString).csv")
        try Data("[{}]".utf8).write(to: json)
        #expect(throws: DataError(file: json.path, problem: "has the extension .csv but looks like JSON; rename it to .json")) {
            try Dataset.load(path: json.path)
        }
        let fixture = try Fixtures.dataset("lipon-bundled.csv")
        #expect(fixture.entries.count == 64)
    }
}
