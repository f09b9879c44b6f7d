import Foundation
import Testing

/// Bad input through the command-line tool: each case exits non-zero (below 128: no crash, no
/// abort) with one clear line, or — BOM, Windows line endings, deep nesting — is accepted.
/// The "Bad input" table of CONTRIBUTING.md is checked against what the tool prints, so it stays true;
/// on a mismatch the issue carries the regenerated table.
@Suite("Command-line tool: bad input")
struct BadInputTests {
    struct Case: Sendable {
        /// The table's first column.
        var name: String
        /// The command as the table shows it.
        var display: String
        var arguments: [String]
        /// Files written into the working directory first.
        var files: [String: Data] = [:]
    }

    static let formation = "formula,formation_energy_per_atom\n"
    static func text(_ string: String) -> Data { Data(string.utf8) }

    /// Built afresh for each use rather than held in a global: a global holding `Data` is
    /// reported as leaked by LeakSanitizer (its pointers are stored tagged).
    static var cases: [Case] { [
        Case(name: "empty file", display: "hull --data empty.csv", arguments: ["hull", "--data", "empty.csv"], files: ["empty.csv": Data()]),
        Case(name: "binary file", display: "hull --data binary.csv", arguments: ["hull", "--data", "binary.csv"],
             files: ["binary.csv": Data([0x00, 0x01, 0x02, 0xFF, 0xFE])]),
        Case(name: "wrong columns", display: "hull --data columns.csv", arguments: ["hull", "--data", "columns.csv"],
             files: ["columns.csv": text("name,energy_per_atom\nLi2O,-2\n")]),
        Case(name: "no energy column", display: "hull --data volume.csv", arguments: ["hull", "--data", "volume.csv"],
             files: ["volume.csv": text("formula,volume\nLi2O,24.6\n")]),
        Case(name: "a row with too many fields", display: "hull --data fields.csv", arguments: ["hull", "--data", "fields.csv"],
             files: ["fields.csv": text(formation + "Li2O,-2,7\n")]),
        Case(name: "unclosed quote", display: "hull --data quote.csv", arguments: ["hull", "--data", "quote.csv"],
             files: ["quote.csv": text(formation + "\"Li2O,-2\n")]),
        Case(name: "header only", display: "hull --data header.csv", arguments: ["hull", "--data", "header.csv"],
             files: ["header.csv": text(formation)]),
        Case(name: "non-numeric energy", display: "hull --data abc.csv", arguments: ["hull", "--data", "abc.csv"],
             files: ["abc.csv": text(formation + "Li2O,abc\n")]),
        Case(name: "NaN energy", display: "hull --data nan.csv", arguments: ["hull", "--data", "nan.csv"],
             files: ["nan.csv": text(formation + "Li2O,nan\n")]),
        Case(name: "infinite energy", display: "hull --data inf.csv", arguments: ["hull", "--data", "inf.csv"],
             files: ["inf.csv": text(formation + "Li2O,-inf\n")]),
        Case(name: "energy overflowing per formula unit", display: "hull --data overflow.csv", arguments: ["hull", "--data", "overflow.csv"],
             files: ["overflow.csv": text("formula,energy_per_atom\nLi,-1.9\nO2,-4.9\nLi2O,-1e308\n")]),
        Case(name: "missing energy", display: "hull --data blank.csv", arguments: ["hull", "--data", "blank.csv"],
             files: ["blank.csv": text(formation + "Li2O,\n")]),
        Case(name: "unknown element", display: "hull --data xx.csv", arguments: ["hull", "--data", "xx.csv"],
             files: ["xx.csv": text(formation + "Li2Xx,-1\n")]),
        Case(name: "repeated non-empty id", display: "hull --data ids.csv", arguments: ["hull", "--data", "ids.csv"],
             files: ["ids.csv": text("id,formula,formation_energy_per_atom\na,Li2O,-2\n,Li2O2,-1.6\na,LiO3,-0.5\n")]),
        Case(name: "total energies without an elemental reference", display: "hull --data total.csv", arguments: ["hull", "--data", "total.csv"],
             files: ["total.csv": text("formula,energy_per_atom\nLi,-1.9\nLi2O,-4.9\n")]),
        Case(name: "one 10 MB line", display: "hull --data line.csv", arguments: ["hull", "--data", "line.csv"],
             files: ["line.csv": text("formula,formation_energy_per_atom," + String(repeating: "x", count: 10_000_000))]),
        Case(name: "JSON cut short", display: "hull --data cut.json", arguments: ["hull", "--data", "cut.json"],
             files: ["cut.json": text("[{\"composition\": {\"Li\": 2, \"O\": 1}, \"energy\": -14.3")]),
        Case(name: "JSON nested 10⁵ deep", display: "hull --data deep.json", arguments: ["hull", "--data", "deep.json"],
             files: ["deep.json": text(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))]),
        Case(name: "JSON number beyond Double", display: "hull --data huge.json", arguments: ["hull", "--data", "huge.json"],
             files: ["huge.json": text("[{\"composition\": {\"Li\": 1}, \"energy\": 1e400}]")]),
        Case(name: "CSV named .json", display: "hull --data data.json", arguments: ["hull", "--data", "data.json"],
             files: ["data.json": text(formation + "Li2O,-2\n")]),
        Case(name: "unknown extension", display: "hull --data data.txt", arguments: ["hull", "--data", "data.txt"],
             files: ["data.txt": text(formation + "Li2O,-2\n")]),
        Case(name: "missing file", display: "hull --data missing.csv", arguments: ["hull", "--data", "missing.csv"]),
        Case(name: "mistyped bundled name", display: "hull --data mp_legacy", arguments: ["hull", "--data", "mp_legacy"]),
        Case(name: "empty formula", display: "decompose ''", arguments: ["decompose", ""]),
        Case(name: "exponent in a formula", display: "decompose Li1e5", arguments: ["decompose", "Li1e5"]),
        Case(name: "amount beyond 10⁹ atoms", display: "decompose Li99999999999999999999O", arguments: ["decompose", "Li99999999999999999999O"]),
        Case(name: "amount overflowing a Double", display: "decompose Li999…(400 digits)O",
             arguments: ["decompose", "Li" + String(repeating: "9", count: 400) + "O"]),
        Case(name: "unclosed parentheses 6·10⁴ deep", display: "decompose '((((…Li2O'",
             arguments: ["decompose", String(repeating: "(", count: 60_000) + "Li2O"]),
        Case(name: "element absent from the data", display: "decompose XeF2", arguments: ["decompose", "XeF2"]),
        Case(name: "a pure element absent from the data", display: "decompose Xe", arguments: ["decompose", "Xe"]),
        Case(name: "element absent from the Li–P–O–N set", display: "decompose LiFePO4 --data lipon-mp-legacy",
             arguments: ["decompose", "LiFePO4", "--data", "lipon-mp-legacy"]),
        Case(name: "formula with no closed element", display: "decompose Li --open Li --voltage 1",
             arguments: ["decompose", "Li", "--open", "Li", "--voltage", "1"]),
        Case(name: "open element missing from the data", display: "decompose Li3PO4 --open Na --voltage 1 --data lipon-mp-legacy",
             arguments: ["decompose", "Li3PO4", "--open", "Na", "--voltage", "1", "--data", "lipon-mp-legacy"]),
        Case(name: "unknown open element", display: "window Li3PO4 --open Xx", arguments: ["window", "Li3PO4", "--open", "Xx"]),
        Case(name: "voltage not a number", display: "decompose Li3PO4 --open Li --voltage abc",
             arguments: ["decompose", "Li3PO4", "--open", "Li", "--voltage", "abc"]),
        Case(name: "negative voltage", display: "decompose Li3PO4 --open Li --voltage=-1",
             arguments: ["decompose", "Li3PO4", "--open", "Li", "--voltage=-1"]),
        Case(name: "voltage for a non-metal", display: "decompose Li3PO4 --open O --voltage 1",
             arguments: ["decompose", "Li3PO4", "--open", "O", "--voltage", "1"]),
        Case(name: "chemical potential above the element", display: "decompose Li3PO4 --open Li --mu 0.5",
             arguments: ["decompose", "Li3PO4", "--open", "Li", "--mu", "0.5"]),
        Case(name: "no-mixing energy without a reservoir", display: "react Li3N Li2PO2N --include-no-mixing",
             arguments: ["react", "Li3N", "Li2PO2N", "--include-no-mixing"]),
        Case(name: "figure axes without a figure", display: "chempot Li-P-O-N --axes Li,N",
             arguments: ["chempot", "Li-P-O-N", "--axes", "Li,N"]),
        Case(name: "figure axis outside the system", display: "chempot Li-P-O-N --svg d.svg --axes Li,Fe",
             arguments: ["chempot", "Li-P-O-N", "--svg", "d.svg", "--axes", "Li,Fe"]),
        Case(name: "fixed element on a figure axis", display: "chempot Li-P-O-N --svg d.svg --axes Li,N --fix N=-1",
             arguments: ["chempot", "Li-P-O-N", "--svg", "d.svg", "--axes", "Li,N", "--fix", "N=-1"]),
        // Accepted: the first line is the output's.
        Case(name: "UTF-8 BOM (accepted)", display: "hull --data bom.csv", arguments: ["hull", "--data", "bom.csv"],
             files: ["bom.csv": Data([0xEF, 0xBB, 0xBF]) + text(formation + "Li2O,-2\n")]),
        Case(name: "Windows line endings (accepted)", display: "hull --data crlf.csv", arguments: ["hull", "--data", "crlf.csv"],
             files: ["crlf.csv": text("formula,formation_energy_per_atom\r\nLi2O,-2\r\n")]),
        Case(name: "a formula nested 10⁵ deep in a CSV (accepted)", display: "hull --data nested.csv", arguments: ["hull", "--data", "nested.csv"],
             files: ["nested.csv": text(formation + String(repeating: "(", count: 100_000) + "Li2O" + String(repeating: ")", count: 100_000) + ",-2\n")]),
    ] }

    struct Outcome: Equatable {
        var status: Int32
        var firstLine: String
    }

    /// Runs one case in a fresh directory, so that messages name the files as the table does.
    static func run(_ testCase: Case) throws -> (outcome: Outcome, standardOutput: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("interphase-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, contents) in testCase.files { try contents.write(to: directory.appendingPathComponent(name)) }
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = testCase.arguments
        process.currentDirectoryURL = directory
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Errors are one line (plus ArgumentParser's short usage): far below a pipe's buffer.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let standardOutput = String(decoding: outputData, as: UTF8.self)
        let standardError = String(decoding: errorData, as: UTF8.self)
        let source = process.terminationStatus == 0 ? standardOutput : standardError
        let firstLine = source.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return (Outcome(status: process.terminationStatus, firstLine: firstLine), standardOutput)
    }

    /// The rows of CONTRIBUTING.md's table: name → (exit status, first line).
    static func documentedTable() throws -> [String: Outcome] {
        let document = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("CONTRIBUTING.md")
        let text = try String(contentsOf: document, encoding: .utf8)
        guard let start = text.range(of: "\n## Bad input\n") else { return [:] }
        let section = text[start.upperBound...].prefix { _ in true }
        let end = section.range(of: "\n## ")?.lowerBound ?? section.endIndex
        var rows: [String: Outcome] = [:]
        for line in section[..<end].split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| input ") {
            let cells = line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
            guard cells.count == 4, let status = Int32(cells[2]) else { continue }
            rows[cells[0]] = Outcome(status: status, firstLine: String(cells[3].dropFirst().dropLast()))
        }
        return rows
    }

    static func markdownRow(_ testCase: Case, _ outcome: Outcome) -> String {
        "| \(testCase.name) | `interphase \(testCase.display)` | \(outcome.status) | `\(outcome.firstLine)` |"
    }

    @Test("every bad input exits non-zero with one clear line; BOM, CRLF and deep nesting are accepted; CONTRIBUTING.md's table is what the tool prints")
    func badInput() throws {
        let documented = try Self.documentedTable()
        var table = ["| input | command | exit | first line printed |", "|---|---|---|---|"]
        var mismatch = false
        let cases = Self.cases
        for testCase in cases {
            let (outcome, standardOutput) = try Self.run(testCase)
            table.append(Self.markdownRow(testCase, outcome))
            let accepted = testCase.name.hasSuffix("(accepted)")
            if accepted {
                #expect(outcome.status == 0, "\(testCase.name): \(outcome.firstLine)")
            } else {
                #expect(outcome.status > 0 && outcome.status < 128, "\(testCase.name): status \(outcome.status)")
                #expect(outcome.firstLine.lowercased().hasPrefix("error: "), "\(testCase.name): \(outcome.firstLine)")
                #expect(outcome.firstLine.count < 300, "\(testCase.name): an error line of \(outcome.firstLine.count) characters")
                #expect(standardOutput.isEmpty, "\(testCase.name)")
            }
            if documented[testCase.name] != outcome { mismatch = true }
        }
        #expect(documented.count == cases.count, "CONTRIBUTING.md's Bad input table has \(documented.count) rows for \(cases.count) cases")
        #expect(!mismatch, "CONTRIBUTING.md's Bad input table differs from what the tool prints; the table is now:\n\(table.joined(separator: "\n"))")
        if mismatch || documented.count != cases.count, ProcessInfo.processInfo.environment["INTERPHASE_WRITE_BAD_INPUT_TABLE"] != nil {
            try table.joined(separator: "\n").write(toFile: "/tmp/interphase-bad-input-table.md", atomically: true, encoding: .utf8)
        }
    }
}
