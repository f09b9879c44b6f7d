import Foundation
import Testing

/// Issue 20: the edges an adversarial run found — traps, runaways and silent misreadings — each
/// answered within seconds by a result or one line. Every run has `CLI.run`'s watchdog, which
/// ends a runaway and fails the test rather than hanging CI.
@Suite("Command-line tool: bounded at the edges")
struct EdgeCaseTests {
    /// The one line of a refusal: status `status`, one line on standard error containing `text`.
    private func expectRefusal(_ result: CLI.Result, status: Int32, containing text: String,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == status, "\(result.standardError)", sourceLocation: sourceLocation)
        #expect(result.firstErrorLine.contains(text), "\(result.firstErrorLine)", sourceLocation: sourceLocation)
        #expect(result.firstErrorLine.count < 300, sourceLocation: sourceLocation)
        if status == 1 {
            #expect(result.standardError.split(separator: "\n").count == 1, sourceLocation: sourceLocation)
        }
    }

    @Test("--shard Int.max/Int.max answers the last block instead of trapping")
    func shardOverflow() throws {
        let queries = try CLI.temporaryFile(Data("{\"formula\":\"Li2O\"}\n{\"formula\":\"Li3PO4\"}\n".utf8), extension: "jsonl")
        let result = try CLI.run(["window", "--input", queries, "--shard", "9223372036854775807/9223372036854775807",
                                  "--format", "jsonl"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.split(separator: "\n").count == 1)
        #expect(result.standardOutput.contains("Li3PO4"))
    }

    @Test("--samples above the ceiling is refused before any work, and --help says why")
    func samplesCeiling() throws {
        expectRefusal(try CLI.run(["window", "Li2PO2N", "--sigma", "0.025", "--samples=1000000000"]), status: 1,
                      containing: "--samples: 1000000000 is more than the 1000000 samples allowed")
        let help = try CLI.run(["window", "--help"])
        #expect(help.standardOutput.contains("At most 1000000"))
        expectRefusal(try CLI.run(["window", "Li2O", "--sigma", "1e300", "--samples", "2"]), status: 1, containing: "--sigma: σ must be")
    }

    @Test("Monte Carlo past the ten-minute limit is refused after its first samples, with the estimate and a way out")
    func samplesPastTheTimeLimit() throws {
        // A window of a five-element system of the whole Materials Project: a hull of ~1,000
        // entries per sample, days for a million samples on any machine.
        let result = try CLI.run(["window", "LiMnFeP2O8", "--data", "mp-legacy", "--samples", "1000000", "--sigma", "0.02"])
        expectRefusal(result, status: 1, containing: "1000000 Monte Carlo samples would take about")
        #expect(result.firstErrorLine.contains("ask for at most"))
        // The smallest hostile values keep their one-line refusals.
        expectRefusal(try CLI.run(["window", "Li2O", "--sigma", "0.02", "--samples", "0"]), status: 1, containing: "--samples")
        expectRefusal(try CLI.run(["hull", "--sigma", "0.02", "--samples", "99999999999999999999"]), status: 64, containing: "--samples")
    }

    @Test("plot windows: --max-voltage 1e308 refused naming the option; 1000 V draws a handful of ticks")
    func plotAxis() throws {
        let svg = FileManager.default.temporaryDirectory.appendingPathComponent("interphase-edge-\(UUID().uuidString).svg").path
        expectRefusal(try CLI.run(["plot", "windows", "Li2PO2N", "Li3PO4", "--max-voltage=1e308", "--output", svg]),
                      status: 64, containing: "--max-voltage")
        let wide = try CLI.run(["plot", "windows", "Li2PO2N", "Li3PO4", "--max-voltage", "1000", "--output", svg])
        #expect(wide.status == 0, "\(wide.standardError)")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.utf8.count < 100_000)
        #expect(text.components(separatedBy: "class=\"tick\"").count - 1 <= 12)
    }

    @Test("absurd or non-decimal voltages, σ and μ are refused in one line naming the option",
          arguments: [
            (["react", "Li2O", "P2O5", "--open", "Li", "--voltage", "1e308"], Int32(1), "--voltage:"),
            (["decompose", "Li2O", "--open", "Li", "--voltage=1e308"], 1, "--voltage:"),
            (["decompose", "Li2O", "--open", "Li", "--mu=-1e300"], 1, "--mu:"),
            (["decompose", "Li2O", "--open", "Li", "--voltage=0x10"], 64, "--voltage: \"0x10\" is not a finite number"),
            (["decompose", "Li2O", "--open", "Li", "--voltage=nan"], 64, "--voltage: \"nan\" is not a finite number"),
            (["window", "Li2O", "--samples", "2", "--sigma", "0x10"], 64, "--sigma"),
            (["window", "Li2O", "--uptake-tolerance", "inf"], 64, "--uptake-tolerance"),
            (["sweep", "Li2O", "--to", "0x1p3"], 64, "--to"),
            (["hull", "--metastable", "nan"], 64, "--metastable"),
          ])
    func absurdNumbers(_ arguments: [String], _ status: Int32, _ text: String) throws {
        expectRefusal(try CLI.run(arguments), status: status, containing: text)
    }

    @Test("data: hexadecimal energies refused, energies beyond 1e6 eV/atom refused naming file and line")
    func strictData() throws {
        let hex = try CLI.temporaryFile(Data("formula,formation_energy_per_atom\nLi2O,0x10\n".utf8), extension: "csv")
        expectRefusal(try CLI.run(["hull", "--data", hex]), status: 1, containing: "line 2, field \"formation_energy_per_atom\": \"0x10\" is not a number")
        let huge = try CLI.temporaryFile(Data("formula,energy\nLi2O,-1e308\nLi,0\nO,0\n".utf8), extension: "csv")
        expectRefusal(try CLI.run(["hull", "--data", huge]), status: 1, containing: "line 2, field \"energy\": the energy of Li2O")
        let json = try CLI.temporaryFile(Data("[{\"material_id\":\"a\",\"formula_pretty\":\"Li2O\",\"formation_energy_per_atom\":-1e307}]".utf8), extension: "json")
        expectRefusal(try CLI.run(["hull", "--data", json, "--format", "json"]), status: 1, containing: "record 1")
    }

    @Test("--samples with --format csv and jsonl carries the uncertainty fields of the JSON")
    func samplesFormats() throws {
        let csv = try CLI.run(["hull", "--sigma", "0.02", "--samples", "4", "--format", "csv", "--data", "lipon-mp-legacy"])
        #expect(csv.status == 0)
        #expect(csv.standardOutput.hasPrefix("id,formula,"))
        #expect(csv.standardOutput.split(separator: "\n").first!.contains("uncertainty.probability_stable"))
        let hullLines = try CLI.run(["hull", "--sigma", "0.02", "--samples", "4", "--format", "jsonl", "--data", "lipon-mp-legacy"])
        #expect(hullLines.status == 0)
        #expect(hullLines.standardOutput.split(separator: "\n").allSatisfy { $0.contains("\"uncertainty\"") })
        let decompose = try CLI.run(["decompose", "Li2PO2N", "Li3PO4", "--sigma", "0.02", "--samples", "4", "--format", "jsonl"])
        #expect(decompose.status == 0)
        let lines = decompose.standardOutput.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.contains("\"uncertainty\"") })
        let react = try CLI.run(["react", "Li", "Li2O", "--format", "jsonl"])
        #expect(react.status == 64)
    }

    @Test("the loader's notes reach standard error: disagreeing energy columns are said")
    func notes() throws {
        let both = try CLI.temporaryFile(Data("formula,energy_per_atom,formation_energy_per_atom\nLi,-1.9,0\nO,-4.9,0\nLi2O,-5,-1\n".utf8), extension: "csv")
        let result = try CLI.run(["hull", "--data", both])
        #expect(result.status == 0)
        #expect(result.standardError.contains("note: "))
        #expect(result.standardError.contains("disagrees with the total energies by up to 1.1 eV/atom (line 4)"))
    }

    @Test("pipes read as files: --data /dev/stdin (CSV and JSON), --input /dev/stdin")
    func pipes() throws {
        let csv = try CLI.run(["hull", "--data", "/dev/stdin"], input: Data("formula,formation_energy_per_atom\nLi2O,-2\n".utf8))
        #expect(csv.status == 0, "\(csv.standardError)")
        #expect(csv.standardOutput.contains("Li2O"))
        let json = try CLI.run(["hull", "--data", "/dev/stdin", "--format", "json"],
                               input: Data("[{\"material_id\":5,\"formula_pretty\":\"Li2O\",\"formation_energy_per_atom\":-2}]".utf8))
        #expect(json.status == 0, "\(json.standardError)")
        #expect(json.standardOutput.contains("\"id\" : \"5\""))
        let queries = try CLI.run(["window", "--input", "/dev/stdin"], input: Data("{\"formula\":\"Li2O\"}\n".utf8))
        #expect(queries.status == 0, "\(queries.standardError)")
    }

    @Test("line endings: CR-only CSV and JSON Lines; U+2028 and U+0085 inside JSON Lines strings kept")
    func lineEndings() throws {
        let csv = try CLI.temporaryFile(Data("formula,formation_energy_per_atom\rLi2O,-2\rLi3N,-0.4\r".utf8), extension: "csv")
        let table = try CLI.run(["hull", "--data", csv, "--format", "csv"])
        #expect(table.status == 0, "\(table.standardError)")
        #expect(table.standardOutput.split(separator: "\n").count == 3)
        let lines = try CLI.temporaryFile(
            Data("{\"formula\":\"Li2O\",\"note\":\"a\u{2028}b\u{85}c\"}\r{\"formula\":\"Li3PO4\"}\r\n{\"formula\":\"Li3N\"}".utf8),
            extension: "jsonl")
        let windows = try CLI.run(["window", "--input", lines, "--format", "jsonl"])
        #expect(windows.status == 0, "\(windows.standardError)")
        #expect(windows.standardOutput.split(separator: "\n").count == 3)
    }

    @Test("rough edges: a 120 KB formula is shortened in its error; Li0.000000001O refused; an empty product set says none")
    func roughEdges() throws {
        let long = String(repeating: "LiXe", count: 30_000)
        expectRefusal(try CLI.run(["decompose", long]), status: 1, containing: "… (120000 characters) contains Xe")
        expectRefusal(try CLI.run(["decompose", "Li0.000000001O"]), status: 1, containing: "too small to write")
        let window = try CLI.run(["window", "Li2O", "--sigma", "0.02", "--samples", "4"])
        #expect(window.status == 0)
        #expect(window.standardOutput.contains("none 100.0%"))
    }

    @Test("JSON: 100 entries each with an unused 500-deep array parse in linear time")
    func deepJSON() throws {
        let deep = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        let entries = (0..<100).map { index in
            let formula = ["Li", "O", "Li2O", "Li2O2"][index % 4]
            let energy = formula.count > 2 ? -1.0 - Double(index) / 1000 : 0
            return "{\"material_id\":\"m\(index)\",\"formula_pretty\":\"\(formula)\",\"formation_energy_per_atom\":\(energy),\"junk\":\(deep)}"
        }
        let file = try CLI.temporaryFile(Data(("[" + entries.joined(separator: ",") + "]").utf8), extension: "json")
        let result = try CLI.run(["hull", "--data", file, "--format", "json"], timeLimit: 60)
        #expect(result.status == 0, "\(result.standardError)")
    }
}
