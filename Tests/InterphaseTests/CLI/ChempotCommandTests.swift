import Foundation
import Testing

/// `interphase chempot` (issue 17, part 3): the JSON's shape, `--min-mu -15` as written, and bad
/// input as one line.
@Suite("Command-line tool: chempot")
struct ChempotCommandTests {
    @Test("JSON: elements in the order given, min_mu, and a domain per stable phase with vertices of that width")
    func json() throws {
        let result = try CLI.run(["chempot", "Li-P-O-N", "--min-mu", "-15", "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["elements"] as? [String] == ["Li", "P", "O", "N"])
        #expect(object["min_mu"] as? Double == -15)
        let domains = try #require(object["domains"] as? [[String: Any]])
        #expect(domains.count == 27)
        let li3po4 = try #require(domains.first { $0["formula"] as? String == "Li3PO4" })
        #expect(li3po4["id"] as? String != nil)
        let vertices = try #require(li3po4["vertices"] as? [[Double]])
        #expect(vertices.count == 26 && vertices.allSatisfy { $0.count == 4 && $0.allSatisfy { $0 >= -15 && $0 <= 0 } })
        let table = try CLI.run(["chempot", "Li-O"])
        #expect(table.status == 0)
        #expect(table.standardOutput.contains("Li2O2") && table.standardOutput.contains("-50.00"))
    }

    @Test("--min-mu at the bound −10⁴ eV (inclusive) gives the domains of −50 eV, only the box's faces moved")
    func boundIsExact() throws {
        let result = try CLI.run(["chempot", "Li-O", "--min-mu=-1e4"])
        #expect(result.status == 0, "\(result.standardError)")
        // Li2O's μLi range −2.9136…0 (−3.301…0 before, at −1e9, from vertices merged by a tolerance scaled by the bound).
        #expect(result.standardOutput.contains("Li2O     mp-1960         2  -2.9136 … 0.0000       -6.2145 … -0.3874"), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("Li2O2    mp-841          2  -3.3010 … -2.9136      -0.3874 … 0.0000"))
        #expect(result.standardOutput.contains("O2       -               2  -10000.0000 … -3.3010  0.0000 … 0.0000"))
    }

    @Test("bad input is one line: unknown element, element absent from the data, bound not finite or not below 0")
    func badInput() throws {
        let cases: [([String], String)] = [
            (["chempot", "Li-Xx"], "\"Xx\" is not an element symbol"),
            (["chempot", "Li-Fe-O", "--data", "lipon-mp-legacy"], "Fe has no entries in lipon-mp-legacy (Li, P, O, N only); the default mp-legacy covers 84 elements"),
            (["chempot", "Li-Xe-O"], "Xe has no entries in mp-legacy (the default, the whole Materials Project, 84 elements); give your own data with --data FILE"),
            (["chempot", "Li-O", "--min-mu", "0"], "the lower bound of the chemical potentials must be a number below 0 eV and at least −10000 eV"),
            (["chempot", "Li-O", "--min-mu=-10000.001"], "must be a number below 0 eV and at least −10000 eV (the bound of every chemical potential), got -10000.001"),
            (["chempot", "Li-O", "--min-mu=-1e9"], "at least −10000 eV"),
            (["chempot", "Li-O", "--min-mu=-1e308"], "at least −10000 eV"),
            (["chempot", "Li-O", "--min-mu", "nan"], "not a finite decimal number"),
            (["chempot", "Li-O", "--min-mu", "-1"], "not below the formation energy of Li2O"),
            (["chempot", "Li"], "at least 2 elements"),
            (["chempot", "Li-O-Li"], "Li is given more than once"),
        ]
        for (arguments, message) in cases {
            let result = try CLI.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            let lines = result.standardError.split(separator: "\n").filter { $0.hasPrefix("error:") || $0.hasPrefix("Error:") }
            #expect(lines.count == 1 && result.standardError.contains(message), "\(arguments): \(result.standardError)")
        }
    }

    @Test("--svg: the μLi–μN slice at a gas's μO, projected over P, written beside the unchanged table; the binary default axes")
    func svg() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chempot-svg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("slice.svg").path
        let result = try CLI.run(["chempot", "Li-P-O-N", "--min-mu", "-15", "--svg", path, "--axes", "Li,N", "--fix", "O=-4"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == (try CLI.run(["chempot", "Li-P-O-N", "--min-mu", "-15"])).standardOutput)
        #expect(result.standardError == "note: O open or fixed: phases made only of them drop out (O2)\n")
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        #expect(svg.contains("slice at μO = −4.00 eV; projected over P"))
        for formula in ["Li3PO4", "Li2PNO2", "LiPN2", "P3N5", "Li2O"] { #expect(svg.contains(">\(formula)</text>"), "\(formula)") }
        let gas = try CLI.run(["chempot", "Li-P-O-N", "--svg", path, "--axes", "N,Li", "--gas", "O2=0.21"])
        #expect(gas.status == 0 && gas.standardError.hasPrefix("note: O2 at 0.21 bar and 298.15 K: μO − μ⁰ = -0.3370 eV"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("slice at μO = −0.34 eV; projected over P"))
        let binary = try CLI.run(["chempot", "Li-O", "--svg", path])
        #expect(binary.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("μLi–μO"))
    }

    @Test("--svg bad input is one line: axes and fixed elements", arguments: [
        (["--axes", "Li,N"], 64, "Error: --axes chooses the axes of the figure: it needs --svg FILE"),
        (["--fix", "O=-1"], 1, "error: a chemical-potential diagram does not take fixed chemical potentials or gases: every chemical potential is free in it; fixed potentials slice its map instead"),
        (["--svg", "d.svg", "--axes", "Li"], 64, "Error: --axes needs two elements, e.g. Li,O"),
        (["--svg", "d.svg", "--axes", "Li,Xx"], 64, "Error: --axes: \"Xx\" is not an element symbol (e.g. Li)"),
        (["--svg", "d.svg", "--axes", "Li,Li"], 1, "error: the axes must be two distinct elements of the system, got Li,Li"),
        (["--svg", "d.svg", "--axes", "Li,Fe"], 1, "error: the axes must be two distinct elements of the system, got Li,Fe"),
        (["--svg", "d.svg", "--axes", "Li,N", "--fix", "Fe=-1"], 1, "error: the fixed element Fe is not an element of the system"),
        (["--svg", "d.svg", "--axes", "Li,N", "--fix", "Xe=-1"], 1, "error: the fixed element Xe has no entries in mp-legacy (the default, the whole Materials Project, 84 elements); give your own data with --data FILE"),
        (["--svg", "d.svg", "--axes", "Li,N", "--fix", "N=-1"], 1, "error: N is both fixed and an axis; fix it or draw it, not both"),
        (["--svg", "d.svg", "--axes", "Li,N", "--fix", "O=-1", "--fix", "O=-2"], 1, "error: the chemical potential of O is fixed more than once"),
        (["--svg", "d.svg", "--axes", "Li,N", "--fix", "O=nan"], 64, "Error: --fix O: \"nan\" is not a finite number"),
        (["--svg", "d.svg", "--axes", "Li,N", "--fix", "O=-20", "--min-mu", "-15"], 1,
         "error: the fixed chemical potential of O, -20.0 eV, is below the lower bound -15.0 eV of the diagram"),
        (["--svg", "d.svg", "--axes", "Li,N", "--fix", "P=0", "--fix", "O=0"], 1,
         "error: at the fixed chemical potentials P2O5 is 2.4566 eV per atom more stable than the reservoirs it is made of: it would form from them, so nothing is in equilibrium there"),
    ] as [([String], Int32, String)])
    func svgBadInput(arguments: [String], status: Int32, firstLine: String) throws {
        let result = try CLI.run(["chempot", "Li-P-O-N"] + arguments)
        #expect(result.status == status, "\(arguments): \(result.standardError)")
        #expect(result.standardError.split(separator: "\n").first.map(String.init) == firstLine)
        #expect(result.standardOutput.isEmpty)
    }
}
