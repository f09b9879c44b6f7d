import Foundation
import Testing

/// Issue 26, batches and screens: `window --input` checks every line before the first window and
/// writes as it goes; shards decode only their own lines; a JSON object that repeats a key is
/// refused in every reader; ids are escaped for the terminal in tables; empty or nonsensical
/// screens are refused. Every run has `CLI.run`'s watchdog.
@Suite("Command-line tool: batches and screens at the edges")
struct BatchAndScreenEdgeTests {
    private func jsonl(_ text: String) throws -> String { try CLI.temporaryFile(Data(text.utf8), extension: "jsonl") }

    /// A refusal: status 1, one line on standard error containing each of `texts`.
    private func expectRefusal(_ result: CLI.Result, containing texts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 1, "\(result.standardError)", sourceLocation: sourceLocation)
        #expect(result.standardError.split(separator: "\n").count == 1, "\(result.standardError)", sourceLocation: sourceLocation)
        for text in texts {
            #expect(result.firstErrorLine.contains(text), "\(result.firstErrorLine)", sourceLocation: sourceLocation)
        }
    }

    @Test("window --input: an element absent on the last of 5,000 lines is refused before any window is written")
    func windowRefusesEarly() throws {
        let lines = String(repeating: "{\"formula\": \"Li2PO2N\"}\n", count: 4_999) + "{\"formula\": \"LiFePO4\"}\n"
        let start = Date()
        // The Li–P–O–N set has no Fe (the default whole MP has).
        let result = try CLI.run(["window", "--input", try jsonl(lines), "--format", "jsonl", "--data", "lipon-mp-legacy"])
        expectRefusal(result, containing: ["line 5000", "LiFePO4 contains Fe"])
        #expect(result.standardOutput.isEmpty)
        // Checking 5,000 lines costs well under a second; computing 4,999 windows first cost ~10 s
        // (debug build). The bound leaves room for a loaded CI machine.
        #expect(Date().timeIntervalSince(start) < 20)
    }

    @Test("window --input streams: JSON and table byte-identical to the same formulas given as arguments; shards concatenate",
          arguments: ["json", "jsonl", "table"])
    func windowStreamsTheSameBytes(_ format: String) throws {
        let formulas = ["Li2PO2N", "Li3PO4", "Li3N", "Li2PO2N", "P3N5"]
        let input = try jsonl(formulas.map { "{\"formula\": \"\($0)\"}" }.joined(separator: "\n\n") + "\n")
        let streamed = try CLI.run(["window", "--input", input, "--format", format])
        let direct = try CLI.run(["window"] + formulas + ["--format", format])
        #expect(streamed.status == 0, "\(streamed.standardError)")
        #expect(streamed.standardOutput == direct.standardOutput)
        if format == "jsonl" {
            let shards = try (1...3).map { try CLI.run(["window", "--input", input, "--format", "jsonl", "--shard", "\($0)/3"]).standardOutput }
            #expect(shards.joined() == streamed.standardOutput)
        }
    }

    @Test("--shard decodes only its own lines: a malformed line in another block is not read; in its own block it is refused")
    func shardSkipsOtherLines() throws {
        let input = try jsonl("{\"formula\": \"Li2O\", \"energy\": -6}\n\n{\"formula\": \"Li3N\", \"energy\": -2}\n{oops\n")
        let first = try CLI.run(["hull", "--input", input, "--format", "jsonl", "--shard", "1/2"])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.split(separator: "\n").count == 1)
        // Line 4 is the third query line (line 2 is blank): block 2 of 2 owns it.
        expectRefusal(try CLI.run(["hull", "--input", input, "--shard", "2/2"]), containing: ["line 4", "is not valid JSON"])
    }

    @Test("a key given twice is refused with its line and key, in every JSON reader",
          arguments: [
            ("hull-input", "{\"formula\": \"Li2O\", \"energy\": -6}\n{\"formula\": \"Li2O\", \"energy_per_atom\": -1, \"energy_per_atom\": -9}\n",
             "line 2, field \"energy_per_atom\""),
            ("cell-input", "{\"formula\": \"Li3PO4\", \"formula\": \"Li2O\"}\n", "line 1, field \"formula\""),
            ("mp-json", "[{\"material_id\": \"mp-1960\", \"formula_pretty\": \"Li2O\",\n \"formation_energy_per_atom\": -2.07, \"formation_energy_per_atom\": -9}]",
             "line 2, field \"formation_energy_per_atom\""),
            ("pymatgen-json", "[{\"@class\": \"PDEntry\", \"composition\": {\"Li\": 1}, \"energy\": -1.9},\n{\"@class\": \"PDEntry\", \"composition\": {\"O\": 2, \"O\": 1}, \"energy\": -9.8}]",
             "line 2, field \"O\""),
          ])
    func repeatedKeys(_ reader: String, _ text: String, _ expected: String) throws {
        let file = try CLI.temporaryFile(Data(text.utf8), extension: reader.hasSuffix("input") ? "jsonl" : "json")
        let arguments: [String] = switch reader {
        case "hull-input": ["hull", "--input", file]
        case "cell-input": ["cell", "--input", file, "--cathode", "LiCoO2", "--cathode-voltage", "4"]
        default: ["hull", "--data", file]
        }
        expectRefusal(try CLI.run(arguments), containing: [expected, "given twice"])
    }

    @Test("ids with a newline, ESC, NUL, a backslash or a bidi override are escaped in tables, not printed raw")
    func idsEscapedInTables() throws {
        let input = try jsonl("{\"id\": \"a\\nb\\u001b[31mred\\u0000z\\\\\\u202e\", \"formula\": \"Li2O\", \"energy\": -6}\n{\"id\": \"plain\", \"formula\": \"Li3N\", \"energy\": -2}\n")
        let table = try CLI.run(["hull", "--input", input])
        #expect(table.status == 0, "\(table.standardError)")
        // Header, rule, the 2 rows, then the footer's lines (none of which starts with an id).
        let lines = table.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count > 4 && lines.contains { $0.hasPrefix("a\\nb\\u{1B}[31mred") } && lines.contains { $0.hasPrefix("plain ") }, "\(table.standardOutput)")
        #expect(!lines.contains { $0.hasPrefix("b") }, "a raw newline split a row: \(table.standardOutput)")
        #expect(!table.standardOutput.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x202E })
        #expect(table.standardOutput.contains("a\\nb\\u{1B}[31mred\\u{0}z\\\\\\u{202E}"))
        let json = try CLI.run(["hull", "--input", input, "--format", "jsonl"])
        #expect(json.standardOutput.contains("\"id\":\"a\\nb\\u001b[31mred\\u0000z\\\\"))
        // Messages echo input the same way.
        expectRefusal(try CLI.run(["decompose", "Li2O\u{1B}[31m"]), containing: ["\\u{1B}"])
    }

    @Test("empty and nonsensical screens and cells are refused in one line",
          arguments: [
            (["cell", "--candidates", "Li,Fe", "--cathode", "Fe2O3", "--cathode-voltage", "2"], "no stable compound of Li, Fe"),
            (["cell", "--anode", "Li3P", "--anode-voltage", "3", "--electrolyte", "Li3PO4", "--cathode", "Li2O", "--cathode-voltage", "1"],
             "the anode's voltage (3 V) must be below the cathode's (1 V)"),
            (["cell", "--electrolyte", "Li3PO4", "--cathode", "Li2O", "--cathode-voltage", "0"], "must be below the cathode's (0 V)"),
            (["cell", "--anode", "O", "--electrolyte", "Li3PO4", "--cathode", "Li2O", "--cathode-voltage", "4"],
             "the anode O is an element but not the working-ion metal"),
          ])
    func screensRefused(_ arguments: [String], _ expected: String) throws {
        // Li, Fe, O: Fe is in the data, but no Li–Fe compound is.
        let data = try CLI.temporaryFile(Data("formula,formation_energy_per_atom\nLi,0\nFe,0\nO2,0\nLi2O,-2.07\nFe2O3,-1.7\n".utf8), extension: "csv")
        let withData = arguments.first == "cell" && arguments.contains("--candidates") ? arguments + ["--data", data] : arguments
        expectRefusal(try CLI.run(withData), containing: [expected])
        #expect(try CLI.run(["cell", "--candidates", "", "--cathode", "Li2O", "--cathode-voltage", "4"]).status == 64)
    }
}
