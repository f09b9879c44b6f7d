import Foundation
import Testing

/// One `$ interphase …` example of the documentation: the command as shown and the output printed
/// under it.
///
/// An example is a fenced code block (README.md, CONTRIBUTING.md or a DocC article) whose first line starts with
/// `$ interphase `; every following line up to the next `$ ` line or the end of the block is
/// output. A line that is `...` alone (indentation allowed) stands for any number of lines, so
/// long output can be elided. Output is compared line by line with trailing spaces dropped, and
/// only standard output (the `note:` lines of standard error are not shown in examples).
struct CommandExample: Sendable, CustomTestStringConvertible {
    /// The file, relative to the repository, and the line of the `$` command.
    var file: String
    var line: Int
    /// The command line after `$ `.
    var command: String
    var expectedOutput: [String]

    var testDescription: String { "\(file):\(line): \(command.prefix(80))" }

    /// The repository's root folder.
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The documents whose examples are run: README.md, CONTRIBUTING.md and every DocC article.
    static func documents() throws -> [String] {
        let catalog = "Sources/Interphase/Interphase.docc"
        let articles = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(catalog).path)
            .filter { $0.hasSuffix(".md") }.sorted().map { "\(catalog)/\($0)" }
        return ["README.md", "CONTRIBUTING.md"] + articles
    }

    /// Every example of every document, in order.
    static func all() throws -> [CommandExample] {
        try documents().flatMap { file in
            try examples(in: String(contentsOf: root.appendingPathComponent(file), encoding: .utf8), file: file)
        }
    }

    /// The examples of one Markdown text.
    static func examples(in text: String, file: String) -> [CommandExample] {
        var examples: [CommandExample] = []
        var block: [(number: Int, text: String)]? = nil
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(line)
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                if let lines = block {
                    examples += blockExamples(lines, file: file)
                    block = nil
                } else {
                    block = []
                }
            } else {
                block?.append((index + 1, line))
            }
        }
        return examples
    }

    private static func blockExamples(_ lines: [(number: Int, text: String)], file: String) -> [CommandExample] {
        guard let first = lines.first, first.text.hasPrefix("$ interphase ") else { return [] }
        var examples: [CommandExample] = []
        for (number, text) in lines {
            if text.hasPrefix("$ ") {
                examples.append(CommandExample(file: file, line: number, command: String(text.dropFirst(2)), expectedOutput: []))
            } else {
                examples[examples.count - 1].expectedOutput.append(text)
            }
        }
        return examples
    }

    /// The commands of README's command table: the first cell of each row, a command in
    /// backticks that runs as written.
    static func tableCommands() throws -> [CommandExample] {
        let text = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            guard line.hasPrefix("| `interphase ") else { return nil }
            let command = line.dropFirst(3).prefix { $0 != "`" }
            return CommandExample(file: "README.md", line: index + 1, command: String(command), expectedOutput: [])
        }
    }

    /// The words of a command line as a POSIX shell splits them: blanks separate words, single
    /// quotes keep everything, double quotes keep everything but `\"` and `\\`. Anything a shell
    /// would treat specially beyond that (pipes, redirections, variables, globs) is refused, so an
    /// example never silently means something else than what a reader's shell does with it.
    static func words(_ command: String) throws -> [String] {
        struct Unsupported: Error, CustomStringConvertible { var description: String }
        var words: [String] = [], word = "", inWord = false
        var characters = command.makeIterator()
        while let character = characters.next() {
            switch character {
            case " ", "\t":
                if inWord { words.append(word); word = ""; inWord = false }
            case "'":
                inWord = true
                while let next = characters.next(), next != "'" { word.append(next) }
            case "\"":
                inWord = true
                while var next = characters.next(), next != "\"" {
                    if next == "\\", let escaped = characters.next() {
                        if escaped != "\"" && escaped != "\\" { word.append("\\") }
                        next = escaped
                    }
                    word.append(next)
                }
            case "|", ">", "<", "&", ";", "$", "`", "*", "?", "(", ")", "\\":
                throw Unsupported(description: "\(command): \"\(character)\" outside quotes is not supported in an example")
            default:
                inWord = true
                word.append(character)
            }
        }
        if inWord { words.append(word) }
        return words
    }

    /// Whether `actual` is what `expected` shows: equal line by line (trailing spaces dropped,
    /// trailing blank lines ignored), a `...` line matching any number of lines.
    static func matches(expected: [String], actual: [String]) -> Bool {
        func trimmed(_ lines: [String]) -> [String] {
            var lines = lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
            while lines.last?.isEmpty == true { lines.removeLast() }
            return lines
        }
        let pattern = trimmed(expected), lines = trimmed(actual)
        var memo: [Int: Bool] = [:]
        func match(_ p: Int, _ l: Int) -> Bool {
            let key = p * (lines.count + 1) + l
            if let known = memo[key] { return known }
            let result: Bool
            if p == pattern.count {
                result = l == lines.count
            } else if pattern[p].trimmingCharacters(in: .whitespaces) == "..." {
                result = match(p + 1, l) || (l < lines.count && match(p, l + 1))
            } else {
                result = l < lines.count && pattern[p] == lines[l] && match(p + 1, l + 1)
            }
            memo[key] = result
            return result
        }
        return match(0, 0)
    }
}

@Suite("Documentation: every `$ interphase` example prints what it shows")
struct CommandExampleTests {
    @Test("the example prints the lines shown", arguments: try CommandExample.all())
    func example(_ example: CommandExample) throws {
        let words = try CommandExample.words(example.command)
        #expect(words.first == "interphase")
        // A folder of its own, so that an example writing a file (`--svg`, `--output`) leaves
        // nothing behind and names files as the reader's shell would.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("interphase-example-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLI.run(Array(words.dropFirst()), in: directory)
        #expect(result.status == 0, "\(example.testDescription): \(result.firstErrorLine)")
        let actual = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(CommandExample.matches(expected: example.expectedOutput, actual: actual),
                """
                \(example.file), line \(example.line): `\(example.command)` no longer prints what the example shows.
                Shown:
                \(example.expectedOutput.joined(separator: "\n"))
                Printed:
                \(result.standardOutput)
                """)
    }

    @Test("every command of README's command table runs as written", arguments: try CommandExample.tableCommands())
    func tableCommand(_ example: CommandExample) throws {
        let words = try CommandExample.words(example.command)
        #expect(words.first == "interphase")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("interphase-table-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLI.run(Array(words.dropFirst()), in: directory)
        #expect(result.status == 0, "\(example.testDescription): \(result.firstErrorLine)")
        let written = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(!result.standardOutput.isEmpty || written.count == 1, "\(example.testDescription): printed nothing and wrote no file")
    }

    @Test("README and the articles hold the examples this test is meant to run")
    func found() throws {
        let examples = try CommandExample.all()
        let readme = examples.filter { $0.file == "README.md" }
        #expect(readme.count >= 5, "README.md: \(readme.count) examples found")
        #expect(try CommandExample.tableCommands().count >= 9, "README.md: the command table's commands were not found")
        #expect(examples.contains { $0.file.hasSuffix("GettingStarted.md") }, "no example in GettingStarted.md")
        // The Monte Carlo example shows its seed, so that it prints the same numbers every time.
        for example in examples where example.command.contains("--samples") {
            #expect(example.command.contains("--seed"), "\(example.testDescription): a Monte Carlo example without --seed")
        }
        for example in examples { #expect(!example.expectedOutput.isEmpty, "\(example.testDescription): no output shown") }
    }

    @Test("a drifted example fails: the matcher tells a changed number, a missing line and an elision apart")
    func matcher() {
        let printed = ["formula  reduction (V)", "-------  -------------", "Li2PNO2          0.677", "Li3PO4           0.689"]
        #expect(CommandExample.matches(expected: printed, actual: printed + [""]))
        #expect(CommandExample.matches(expected: [printed[0], "   ...", printed[3]], actual: printed))
        #expect(CommandExample.matches(expected: printed + ["..."], actual: printed))
        #expect(!CommandExample.matches(expected: [printed[0], printed[1], "Li2PNO2          0.678", printed[3]], actual: printed))
        #expect(!CommandExample.matches(expected: Array(printed.prefix(3)), actual: printed))
        #expect(!CommandExample.matches(expected: ["...", "Li3PO4           0.690"], actual: printed))
    }

    @Test("commands split as a shell splits them; shell syntax beyond quotes is refused")
    func words() throws {
        #expect(try CommandExample.words("interphase decompose '' Li2O") == ["interphase", "decompose", "", "Li2O"])
        #expect(try CommandExample.words(#"interphase window "Li2PO2N"  --open Li"#) == ["interphase", "window", "Li2PO2N", "--open", "Li"])
        #expect(throws: (any Error).self) { try CommandExample.words("interphase hull | head") }
        #expect(throws: (any Error).self) { try CommandExample.words("interphase hull > out.txt") }
    }
}
