import Foundation
import Testing

/// `interphase plot ...` as a user runs it.
@Suite("Figures: plot command")
struct FiguresPlotCommandTests {
    static func temporarySVG() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("interphase-plot-\(UUID().uuidString).svg").path
    }

    @Test("Each subcommand writes a well-formed SVG with the expected labels", arguments: [
        (["profile", "Li2PO2N"], "reduction 0.68 V"),
        (["windows", "Li3PO4", "Li2PO2N", "--open", "Li"], "Li2PO2N"),
        (["ternary", "--elements", "Li,P,O"], "Li3PO4"),
        (["grand", "--voltage", "0", "--data", "lipon-mp-legacy"], "Li3P"),
    ])
    func writes(arguments: [String], label: String) throws {
        let path = Self.temporarySVG()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLI.run(["plot"] + arguments + ["--output", path])
        #expect(result.status == 0, "\(result.standardError)")
        let parsed = try #require(ParsedSVG(try String(contentsOfFile: path, encoding: .utf8)))
        #expect(parsed.allText.contains(label))
        #expect(parsed.textsOutsideViewBox.isEmpty)
    }

    @Test("Errors are one line on standard error")
    func errors() throws {
        let path = Self.temporarySVG()
        let noTernary = try CLI.run(["plot", "ternary", "--elements", "Li,P,S", "--output", path, "--data", "lipon-mp-legacy"])
        #expect(noTernary.status == 1)
        #expect(noTernary.standardError == "error: S has no entries in lipon-mp-legacy (Li, P, O, N only); the default mp-legacy covers 84 elements\n")
        let noFile = try CLI.run(["plot", "grand", "--output", "/nonexistent-dir/x.svg", "--data", "lipon-mp-legacy"])
        #expect(noFile.status == 1)
        #expect(noFile.firstErrorLine.hasPrefix("error: cannot write /nonexistent-dir/x.svg"))
        #expect(noFile.standardError.split(separator: "\n").count == 1)
        let badVoltage = try CLI.run(["plot", "grand", "--voltage=-1", "--output", path, "--data", "lipon-mp-legacy"])
        #expect(badVoltage.status == 1)
        #expect(badVoltage.standardError == "error: --voltage: the voltage must be a finite number from 0 to 1000 V, got -1.0\n")
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
