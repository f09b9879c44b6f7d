import Foundation
import Testing

/// `--fix` (issue 17) through the command-line tool: every command that asks about reservoirs
/// takes it, the JSON echoes it, the phases that drop out are noted on standard error, and bad
/// input is one line.
@Suite("Command-line tool: fixed chemical potentials")
struct FixedPotentialCommandLineTests {
    func json(_ result: CLI.Result) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    }

    @Test("window and decompose echo the fixed potentials; the dropped phases are noted on stderr")
    func echo() throws {
        let window = try CLI.run(["window", "Li2PO2N", "--fix", "N=-0.29605", "--format", "json"])
        #expect(window.status == 0, "\(window.standardError)")
        let windows = try #require(try json(window) as? [[String: Any]])
        #expect(windows[0]["fixed_chemical_potentials"] as? [String: Double] == ["N": -0.29605])
        #expect(windows[0]["window_empty"] as? Bool == false)
        #expect(window.standardError.contains("note: Li, N open or fixed: phases made only of them drop out (Li, Li2N, Li3N"))

        let decompose = try CLI.run(["decompose", "Li2PO2N", "--open", "Li", "--voltage", "1", "--fix", "N=-0.3", "--format", "json"])
        let rows = try #require(try json(decompose) as? [[String: Any]])
        #expect(rows[0]["fixed_chemical_potentials"] as? [String: Double] == ["N": -0.3])
        #expect(rows[0]["reaction"] as? String == "Li2PO2N + 3 Li + 0.5 N2 -> 2 Li2O + LiPN2")

        let none = try CLI.run(["decompose", "Li3PO4", "--format", "json"])
        let plain = try #require(try json(none) as? [[String: Any]])
        #expect(plain[0]["fixed_chemical_potentials"] as? [String: Double] == [:])
        #expect(none.standardError.isEmpty)
    }

    @Test("sweep, react, layers and plot grand take --fix")
    func everyCommand() throws {
        let sweep = try CLI.run(["sweep", "Li3PO4", "--fix", "O=-2", "--format", "json"])
        #expect(sweep.status == 0 && sweep.standardOutput.contains("\"fixed_element_uptakes\""), "\(sweep.standardError)")
        let react = try CLI.run(["react", "Li3N", "Li3PO4", "--fix", "N=-0.3", "--format", "json"])
        #expect(react.status == 0 && react.standardOutput.contains("\"fixed_chemical_potentials\" : {\n    \"N\" : -0.3"), "\(react.standardError)")
        let layers = try CLI.run(["layers", "Li2PO2N", "--fix", "N=-0.3"])
        #expect(layers.status == 0 && layers.standardOutput.contains("fixed: μN − μ⁰ = -0.3000 eV"), "\(layers.standardError)")
        let svg = FileManager.default.temporaryDirectory.appendingPathComponent("grand-fixed-\(UUID().uuidString).svg").path
        defer { try? FileManager.default.removeItem(atPath: svg) }
        let plot = try CLI.run(["plot", "grand", "--voltage", "1", "--fix", "N=-0.3", "--output", svg, "--data", "lipon-mp-legacy"])
        #expect(plot.status == 0, "\(plot.standardError)")
        #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("<svg"))
    }

    @Test("--gas sets the element's potential from the JANAF table and says so on stderr")
    func gas() throws {
        let result = try CLI.run(["decompose", "Li3PO4", "--open", "Li", "--voltage", "3", "--gas", "O2=1e-6", "--temperature", "600", "--format", "json"])
        let rows = try #require(try json(result) as? [[String: Any]], "\(result.standardError)")
        let mu = try #require((rows[0]["fixed_chemical_potentials"] as? [String: Double])?["O"])
        #expect(abs(mu - (-1.0134)) < 5e-5)
        #expect(result.standardError.hasPrefix("note: O2 at 1e-06 bar and 600.00 K: μO − μ⁰ = -1.0134 eV per atom (NIST-JANAF O-029"))
    }

    @Test("a window that is empty at the fixed potentials says so")
    func emptyWindow() throws {
        // At μ_N = −4 eV Li3N is far from stable: wherever it exchanges no Li it releases N.
        let result = try CLI.run(["window", "LiPN2", "--fix", "N=-4", "--format", "json"])
        let windows = try #require(try json(result) as? [[String: Any]], "\(result.standardError)")
        #expect(windows[0]["window_empty"] as? Bool == true)
        #expect((windows[0]["note"] as? String)?.contains("window empty") == true)
    }

    @Test("bad fixed potentials and gases are one line each", arguments: [
        (["window", "Li2PO2N", "--fix", "Na=-0.3", "--data", "lipon-mp-legacy"], "error: the fixed element Na has no entries in lipon-mp-legacy (Li, P, O, N only); the default mp-legacy covers 84 elements"),
        (["window", "Li2PO2N", "--fix", "N=-0.1", "--fix", "N=-0.2"], "error: the chemical potential of N is fixed more than once"),
        (["window", "Li2PO2N", "--fix", "Li=-1"], "error: Li is both fixed and the open element; fix it or open it, not both"),
        (["decompose", "Li2PO2N", "--open", "Li", "--voltage", "1", "--fix", "Li=-1"], "error: Li is both fixed and the open element; fix it or open it, not both"),
        (["window", "Li2PO2N", "--fix", "N"], "Error: --fix: \"N\" is not ELEMENT=eV (e.g. O=-0.5)"),
        (["window", "Li2PO2N", "--gas", "Xe=1"], "error: \"Xe\" is not a gas with a bundled table; give one of O2, N2, H2, F2, Cl2"),
        (["window", "Li2PO2N", "--gas", "N2=1", "--temperature", "7000"], "error: the NIST-JANAF table of N2 covers 100–6000 K, not 7000.0 K"),
        (["window", "Li2PO2N", "--gas", "N2=1", "--fix", "N=-1"], "error: the chemical potential of N is fixed more than once"),
        (["window", "Li2PO2N", "--fix", "N=0.5"], "error: --fix N: the fixed chemical potential of N must be a finite number from −10000 to 0 eV relative to the pure element, got 0.5"),
    ])
    func badInput(arguments: [String], firstLine: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status > 0 && result.status < 128)
        // A gas's note may come first; the error is the first line that is not a note.
        #expect(result.standardError.split(separator: "\n").first { !$0.hasPrefix("note: ") }.map(String.init) == firstLine)
        #expect(result.standardOutput.isEmpty)
    }
}
