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

    @Test("bad input is one line: unknown element, element absent from the data, bound not finite or not below 0")
    func badInput() throws {
        let cases: [([String], String)] = [
            (["chempot", "Li-Xx"], "\"Xx\" is not an element symbol"),
            (["chempot", "Li-Fe-O"], "Fe has no entries in the data"),
            (["chempot", "Li-O", "--min-mu", "0"], "--min-mu must be below 0"),
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
}
