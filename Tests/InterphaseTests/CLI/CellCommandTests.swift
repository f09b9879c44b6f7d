import Foundation
import Interphase
import Testing

@Suite("Command-line tool: cell")
struct CellCommandTests {
    @Test("cell --data mp-legacy: the LiPON | LNMO cell as JSON (one object) and as a table")
    func lnmoCell() throws {
        let arguments = ["cell", "--anode", "Li", "--electrolyte", "Li2PO2N", "--cathode", "LiNi0.5Mn1.5O4", "--cathode-voltage", "4.7",
                         "--data", "mp-legacy"]
        let json = try CLI.run(arguments + ["--format", "json"])
        #expect(json.status == 0 && json.standardError.isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as! [String: Any]
        #expect(object["cathode_voltage"] as? Double == 4.7)
        let cathode = object["cathode_side"] as! [String: Any]
        #expect(cathode["window_position"] as? String == "oxidised" && cathode["reactivity"] as? String == "strong")
        let open = cathode["open"] as! [String: Any]
        #expect(open["voltage"] as? Double == 4.7 && open["reactant_a"] as? String == "LiNi0.5Mn1.5O4")
        let table = try CLI.run(arguments)
        #expect(table.status == 0)
        #expect(table.standardOutput.contains("window of Li2PO2N: 0.68–2.64 V"))
        #expect(table.standardOutput.contains("with LiNi0.5Mn1.5O4, Li open at 4.70 V"))
        #expect(table.standardOutput.contains("By itself it decomposes at both electrodes"))
        #expect(table.standardOutput.contains("only the cathode reacts with it, strongly."))
        // The footer names each energy's normalisation, from the library.
        for line in CellReport.energyLegend { #expect(table.standardOutput.contains(line + "\n")) }
    }

    @Test("cell --coating: each coating interface equals `react A B` and `react A B --open Li --voltage V`, kink for kink")
    func coatingReproducesReact() throws {
        let cell = try CLI.run(["cell", "--electrolyte", "Li6PS5Cl", "--cathode", "LiCoO2", "--coating", "LiNbO3", "--cathode-voltage", "4.2",
                                "--data", "mp-legacy", "--format", "json"])
        #expect(cell.status == 0 && cell.standardError.isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(cell.standardOutput.utf8)) as! [String: Any]
        let interfaces = object["cathode_interfaces"] as! [[String: Any]]
        #expect(interfaces.map { $0["interface"] as! String } == ["cathode|coating", "coating|electrolyte"])
        for (interface, (a, b)) in zip(interfaces, [("LiCoO2", "LiNbO3"), ("LiNbO3", "Li6PS5Cl")]) {
            for (key, extra) in [("closed", [String]()), ("open", ["--open", "Li", "--voltage", "4.2"])] {
                let react = try CLI.run(["react", a, b, "--data", "mp-legacy", "--format", "json"] + extra)
                let expected = try JSONSerialization.jsonObject(with: Data(react.standardOutput.utf8)) as! NSDictionary
                #expect(interface[key] as! NSDictionary == expected, "\(a) | \(b) \(key)")
            }
        }
        let table = try CLI.run(["cell", "--electrolyte", "Li6PS5Cl", "--cathode", "LiCoO2", "--coating", "LiNbO3", "--cathode-voltage", "4.2",
                                 "--data", "mp-legacy"])
        #expect(table.standardOutput.hasPrefix("Li | Li6PS5Cl | LiNbO3 | LiCoO2: "))
        #expect(table.standardOutput.contains("window of coating LiNbO3: "))
        #expect(table.standardOutput.contains("coating|electrolyte  Li6PS5Cl alone at 4.20 V (oxidised)"))
        #expect(table.standardOutput.contains("cathode|coating      LiNbO3 alone at 4.20 V"))
    }

    @Test("cell --candidates with --electrolyte screens coatings, with the criteria stated")
    func coatingScreen() throws {
        let result = try CLI.run(["cell", "--candidates", "Li,Nb,O", "--electrolyte", "Li6PS5Cl", "--cathode", "LiCoO2",
                                  "--cathode-voltage", "4.2", "--data", "mp-legacy"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("rank  coating"))
        #expect(result.standardOutput.contains("LiNbO3") && result.standardOutput.contains("/3"))
        for line in CellScreenRow.energyLegend(role: .coating) { #expect(result.standardOutput.contains(line + "\n")) }
    }

    @Test("cell --exclude: the constraints are reported and applied")
    func constrained() throws {
        let result = try CLI.run(["cell", "--electrolyte", "Li2PO2N", "--cathode", "Li2O2", "--cathode-voltage", "3", "--exclude", "Li7PN4",
                                  "--format", "json"])
        #expect(result.status == 0)
        #expect(result.standardError.contains("note:") && result.standardError.contains("Li7PN4"))
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as! [String: Any]
        let closed = (object["anode_side"] as! [String: Any])["closed"] as! [String: Any]
        #expect(!(closed["constraints"] is NSNull))
        let products = (closed["kinks"] as! [[String: Any]]).flatMap { ($0["products"] as! [[String: Any]]).map { $0["formula"] as! String } }
        #expect(!products.isEmpty && !products.contains("Li7PN4"))
    }

    @Test("the screen: --candidates ranks, --input --format jsonl rows in input order and shards concatenate")
    func screen() throws {
        let ranked = try CLI.run(["cell", "--candidates", "Li,P,O,N", "--cathode", "Li2O2", "--cathode-voltage", "3", "--format", "json"])
        #expect(ranked.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(ranked.standardOutput.utf8)) as! [[String: Any]]
        #expect(rows.count > 10)
        let criteria = rows.map { $0["criteria_met"] as! Int }
        #expect(criteria == criteria.sorted(by: >))
        let lines = ["Li3PO4", "Li2PO2N", "Li3N", "Li2O", "LiPN2"].map { "{\"formula\": \"\($0)\"}" }.joined(separator: "\n") + "\n"
        let path = try CLI.temporaryFile(Data(lines.utf8), extension: "jsonl")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let base = ["cell", "--input", path, "--cathode", "Li2O2", "--cathode-voltage", "3", "--format", "jsonl"]
        let whole = try CLI.run(base)
        #expect(whole.status == 0)
        let candidates = whole.standardOutput.split(separator: "\n").map {
            (try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any])["candidate"] as! String
        }
        #expect(candidates == ["Li3PO4", "Li2PO2N", "Li3N", "Li2O", "LiPN2"])
        let shards = try (1...2).map { try CLI.run(base + ["--shard", "\($0)/2"]).standardOutput }
        #expect(shards.joined() == whole.standardOutput)
        let table = try CLI.run(["cell", "--input", path, "--cathode", "Li2O2", "--cathode-voltage", "3"])
        #expect(table.standardOutput.hasPrefix("rank"))
    }

    @Test("bad cells: one line, exit 1 (or 64 for usage)", arguments: [
        (["cell", "--electrolyte", "Li2PO2N", "--cathode", "Li3PO4", "--cathode-voltage", "nan"], Int32(64),
         "Error: --cathode-voltage: \"nan\" is not a finite number"),
        (["cell", "--electrolyte", "Li2PO2N", "--cathode", "Li3PO4", "--cathode-voltage", "2000"], 1,
         "error: --cathode-voltage: the cathode voltage must be a finite number from 0 to 1000 V, got 2000.0"),
        (["cell", "--anode", "Li5PN9", "--anode-voltage", "1", "--electrolyte", "Li2PO2N", "--cathode", "Li3PO4", "--cathode-voltage", "4"], 1,
         "error: the anode Li5PN9 is neither an element nor a compound of the data"),
        (["cell", "--anode", "Li3N", "--electrolyte", "Li2PO2N", "--cathode", "Li3PO4", "--cathode-voltage", "4"], 1,
         "error: the anode Li3N is a compound: give its voltage with --anode-voltage (only a metal anode is at 0 V by definition)"),
        (["cell", "--anode", "Xq", "--electrolyte", "Li2PO2N", "--cathode", "Li3PO4", "--cathode-voltage", "4"], 1,
         "error: the anode: invalid formula \"Xq\": unknown element \"Xq\" at position 1"),
        (["cell", "--electrolyte", "Li2PO2N", "--cathode", "LiCoO2", "--cathode-voltage", "4", "--data", "lipon-mp-legacy"], 1,
         "error: the cathode side: LiCoO2 contains Co, which has no entries in lipon-mp-legacy (Li, P, O, N only); the default mp-legacy covers 84 elements"),
        (["cell", "--electrolyte", "Li2PO2N", "--cathode", "LiHeO2", "--cathode-voltage", "4"], 1,
         "error: the cathode side: LiHeO2 contains He, which has no entries in mp-legacy (the default, the whole Materials Project, 84 elements); give your own data with --data FILE"),
        (["cell", "--cathode", "LiCoO2", "--cathode-voltage", "4"], 64,
         "Error: give --electrolyte, --input FILE.jsonl or --candidates ELEMENTS"),
        (["cell", "--electrolyte", "Li3PO4", "--cathode", "LiCoO2", "--coating", "Li2Co2O4", "--cathode-voltage", "4", "--data", "mp-legacy"], 1,
         "error: the coating Li2Co2O4 has the composition of the cathode it touches (LiCoO2): a layer against itself is no interface"),
        (["cell", "--electrolyte", "Li3PO4", "--cathode", "LiCoO2", "--coating", "Li3PO4", "--cathode-voltage", "4", "--data", "mp-legacy"], 1,
         "error: the coating Li3PO4 has the composition of the electrolyte it touches (Li3PO4)"),
        (["cell", "--electrolyte", "Li2PO2N", "--cathode", "Li3PO4", "--coating", "LiNbO3", "--cathode-voltage", "4", "--data", "lipon-mp-legacy"], 1,
         "error: the coating side: LiNbO3 contains Nb, which has no entries in lipon-mp-legacy (Li, P, O, N only)"),
        (["cell", "--candidates", "Li,B,O", "--electrolyte", "Li2PO2N", "--cathode", "LiCoO2", "--coating", "LiNbO3", "--cathode-voltage", "4"], 64,
         "Error: --coating is for one cell: a screen's candidates are the coatings"),
    ] as [([String], Int32, String)])
    func badInput(arguments: [String], status: Int32, line: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == status)
        #expect(result.standardError.hasPrefix(line), "\(result.standardError)")
        if status == 1 { #expect(result.standardError.split(separator: "\n").count == 1) }
    }
}
