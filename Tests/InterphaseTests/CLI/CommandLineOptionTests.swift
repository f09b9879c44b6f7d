import Foundation
import Testing

/// The options and help of every command, read through the tool itself: negative numbers after
/// a space, help texts without runs of spaces, and `--format` values that are exactly the
/// accepted ones.
@Suite("Command-line tool: options and help")
struct CommandLineOptionTests {
    /// The commands and subcommands of `interphase --experimental-dump-help`, each with its path
    /// (e.g. `["plot", "grand"]`).
    static func commands() throws -> [(path: [String], info: [String: Any])] {
        let result = try CLI.run(["--experimental-dump-help"])
        #expect(result.status == 0)
        let tool = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        var found: [(path: [String], info: [String: Any])] = []
        func visit(_ command: [String: Any], path: [String]) {
            found.append((path, command))
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                visit(sub, path: path + [sub["commandName"] as? String ?? "?"])
            }
        }
        visit(try #require(tool["command"] as? [String: Any]), path: [])
        return found
    }

    /// A numeric option given a negative value after a space, and what the tool must answer:
    /// `nil` for success, otherwise a phrase of the error about the value (never ArgumentParser's
    /// "Missing value", which means `-1` was taken for a flag).
    struct NegativeCase: Sendable, CustomStringConvertible {
        var arguments: [String]
        var error: String?
        var description: String { arguments.joined(separator: " ") }
    }

    static var negativeCases: [NegativeCase] {
        let svg = FileManager.default.temporaryDirectory.appendingPathComponent("interphase-negative-\(UUID().uuidString).svg").path
        return [
            NegativeCase(arguments: ["decompose", "Li2O", "--open", "Li", "--voltage", "-1"], error: "-1"),
            NegativeCase(arguments: ["decompose", "Li2O", "--open", "Li", "--mu", "-0.5"], error: nil),
            NegativeCase(arguments: ["react", "Li2O", "O2", "--open", "Li", "--mu", "-0.5"], error: nil),
            NegativeCase(arguments: ["sweep", "Li2O", "--from", "-1", "--to", "-0.5"], error: "--from/--to: a sweep bound must be a finite voltage from 0"),
            NegativeCase(arguments: ["sweep", "Li2O", "--mu-from", "-1", "--mu-to", "-0.5"], error: nil),
            NegativeCase(arguments: ["window", "Li2O", "--uptake-tolerance", "-1"], error: "--uptake-tolerance: the uptake tolerance must be a finite number ≥ 0"),
            NegativeCase(arguments: ["window", "Li2O", "--samples", "-1", "--sigma", "0.01"], error: "--samples: Monte Carlo needs at least 1 sample"),
            NegativeCase(arguments: ["window", "Li2O", "--samples", "2", "--sigma", "-0.5"], error: "--sigma: σ must be a finite number from 0 to 100"),
            NegativeCase(arguments: ["window", "Li2O", "--samples", "2", "--sigma", "0.01", "--seed", "-1"], error: "'-1' is invalid for '--seed"),
            NegativeCase(arguments: ["hull", "--metastable", "-0.1"], error: "--metastable: the metastable tolerance must be a finite energy ≥ 0"),
            NegativeCase(arguments: ["plot", "profile", "Li2O", "--max-voltage", "-1", "--output", svg], error: "-1"),
            NegativeCase(arguments: ["plot", "windows", "Li2O", "--max-voltage", "-1", "--output", svg], error: "-1"),
            NegativeCase(arguments: ["plot", "grand", "--voltage", "-1", "--output", svg], error: "-1"),
        ]
    }

    @Test("every numeric option takes a negative value after a space", arguments: negativeCases)
    func negativeValueAfterSpace(_ negative: NegativeCase) throws {
        let result = try CLI.run(negative.arguments)
        #expect(!result.standardError.contains("Missing value"), "\(result.standardError)")
        if let error = negative.error {
            #expect(result.status > 0 && result.status < 128)
            #expect(result.firstErrorLine.contains(error), "\(result.firstErrorLine)")
        } else {
            #expect(result.status == 0, "\(result.standardError)")
        }
    }

    @Test("no help text (command or option, abstract or discussion) has a run of spaces inside a sentence")
    func helpTextSpacing() throws {
        let commands = try Self.commands()
        #expect(commands.count >= 10)
        for (path, command) in commands {
            var texts = [command["abstract"], command["discussion"]].compactMap { $0 as? String }
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                texts += [argument["abstract"], argument["discussion"]].compactMap { $0 as? String }
            }
            for text in texts {
                #expect(!text.contains("  "), "interphase \(path.joined(separator: " ")): \(text)")
            }
        }
        // And as printed: a run of spaces after a word is only the column (26) where ArgumentParser
        // starts an option's description.
        for (path, _) in commands {
            let help = try CLI.run(path + ["--help"]).standardOutput
            for line in help.split(separator: "\n").map(Array.init) {
                var index = 0
                while index < line.count {
                    guard line[index] == " ", index > 0, line[index - 1] != " " else { index += 1; continue }
                    var end = index
                    while end < line.count && line[end] == " " { end += 1 }
                    #expect(end - index == 1 || end == 26, "interphase \(path.joined(separator: " ")) --help: \(String(line))")
                    index = end
                }
            }
        }
    }

    @Test("--format lists exactly the values each command accepts")
    func formatValues() throws {
        // Positional arguments that make each command run on the bundled data (the Li–P–O–N set
        // for `hull`, which answers for every entry of the data).
        let positional: [String: [String]] = [
            "hull": ["--data", "lipon-mp-legacy"], "decompose": ["Li2O"], "window": ["Li2O"], "sweep": ["Li2O"], "react": ["Li", "Li2O"], "layers": ["Li2O"],
            "cell": ["--candidates", "Li,O", "--cathode", "Li2O2", "--cathode-voltage", "3"],
            "chempot": ["Li-P-O-N", "--min-mu", "-15"],
        ]
        let candidates = ["table", "json", "csv", "jsonl"]
        var checked = 0
        for (path, command) in try Self.commands() {
            let arguments = command["arguments"] as? [[String: Any]] ?? []
            guard let format = arguments.first(where: { ($0["names"] as? [[String: Any]])?.contains { $0["name"] as? String == "format" } == true })
            else { continue }
            let listed = try #require(format["allValues"] as? [String], "\(path)")
            let name = path.joined(separator: " ")
            let base = try #require(positional[name], "no arguments known for `\(name)`: add them to this test")
            for value in Set(candidates + listed).sorted() {
                let result = try CLI.run(path + base + ["--format", value])
                if listed.contains(value) {
                    #expect(result.status == 0, "\(name) --format \(value): \(result.firstErrorLine)")
                } else {
                    #expect(result.status == 64, "\(name) --format \(value) is not listed but was accepted")
                }
            }
            checked += 1
        }
        #expect(checked == positional.count)
    }
}
