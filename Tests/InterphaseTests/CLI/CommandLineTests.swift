import Foundation
import Testing

/// Runs the built `interphase` executable as a user would.
enum CLI {

    static var executable: URL {
        // Tests and the executable are built into the same products folder.
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("interphase")
    }

    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String
        var firstErrorLine: String { standardError.split(separator: "\n").first.map(String.init) ?? "" }
    }

    /// How long one run may take before the watchdog ends it and fails the test (generous: the
    /// sanitizer builds in CI are several times slower than a debug build).
    static let timeLimit: TimeInterval = 120

    /// Runs the tool with `arguments` (and `input` on standard input), in `directory` when one is
    /// given. A watchdog ends a run that outlives `timeLimit` and records a test failure, so that a
    /// runaway fails the test instead of hanging CI.
    static func run(_ arguments: [String], input: Data? = nil, in directory: URL? = nil,
                    timeLimit: TimeInterval = CLI.timeLimit,
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        try process.run()
        let watchdog = Locked(false)
        // The watchdog holds the process weakly: holding it (and so its pipes) for the whole time
        // limit kept every finished run's file descriptors open, and after about a thousand runs
        // in one test process Foundation's Process.run() crashed listing them.
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit) { [weak process] in
            if let process, process.isRunning {
                watchdog.value = true
                process.terminate()
            }
        }
        if let input, let inputPipe {
            DispatchQueue.global().async {
                inputPipe.fileHandleForWriting.write(input)
                try? inputPipe.fileHandleForWriting.close()
            }
        }
        // Standard error is read beside standard output, so that neither pipe fills and blocks.
        let errorData = Locked(Data())
        let errorRead = DispatchGroup()
        errorRead.enter()
        DispatchQueue.global().async {
            errorData.value = error.fileHandleForReading.readDataToEndOfFile()
            errorRead.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        errorRead.wait()
        process.waitUntilExit()
        try? output.fileHandleForReading.close()
        try? error.fileHandleForReading.close()
        if watchdog.value {
            Issue.record("interphase \(arguments.joined(separator: " ").prefix(200)) did not finish within \(Int(timeLimit)) s",
                         sourceLocation: sourceLocation)
        }
        return Result(status: process.terminationStatus,
                      standardOutput: String(decoding: outputData, as: UTF8.self),
                      standardError: String(decoding: errorData.value, as: UTF8.self))
    }

    /// A value shared between the test and the threads of one run, behind a lock.
    final class Locked<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Value
        init(_ value: Value) { stored = value }
        var value: Value {
            get { lock.withLock { stored } }
            set { lock.withLock { stored = newValue } }
        }
    }

    /// Writes `contents` to a new temporary file with the given extension, in
    /// ``temporaryDirectory``.
    static func temporaryFile(_ contents: Data, extension fileExtension: String) throws -> String {
        let url = URL(fileURLWithPath: temporaryPath(extension: fileExtension))
        try contents.write(to: url)
        return url.path
    }

    /// A new path (no file yet) with the given extension in ``temporaryDirectory``.
    static func temporaryPath(extension fileExtension: String) -> String {
        temporaryDirectory.appendingPathComponent("interphase-test-\(UUID().uuidString).\(fileExtension)").path
    }

    /// One directory per test process for the files the tests write, removed with everything
    /// in it when the process exits (the tests left thousands of files in /tmp before).
    static let temporaryDirectory: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("interphase-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        testFilesDirectory = url.path
        atexit {
            if let directory = testFilesDirectory { try? FileManager.default.removeItem(atPath: directory) }
        }
        return url
    }()
}

/// ``CLI/temporaryDirectory``'s path, for the exit handler (a C function pointer captures nothing).
nonisolated(unsafe) private var testFilesDirectory: String?

@Suite("Command-line tool")
struct CommandLineTests {
    @Test("hull --format json: one object per input entry, in order, with the documented names")
    func hullJSON() throws {
        let result = try CLI.run(["hull", "--format", "json", "--data", "lipon-mp-legacy"])
        #expect(result.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as! [[String: Any]]
        #expect(rows.count == 60)
        #expect(Set(rows[0].keys) == ["id", "formula", "formation_energy_per_atom", "energy_above_hull", "is_stable",
                                      "decomposition_energy_per_atom", "decomposes_to"])
        let lipon = try #require(rows.first { $0["id"] as? String == "mp-1020019" })
        #expect(lipon["is_stable"] as? Bool == true)
        #expect((lipon["decomposes_to"] as? [Any])?.isEmpty == true)
        let blank = rows.filter { $0["id"] is NSNull }
        #expect(blank.count == 2)  // P2O5 and Li8PO3 have no id in the source
    }

    @Test("window Li2PO2N --format json: the LiPON window with its products")
    func windowJSON() throws {
        let result = try CLI.run(["window", "Li2PO2N", "--format", "json"])
        #expect(result.status == 0)
        let windows = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as! [[String: Any]]
        let window = try #require(windows.first)
        #expect(abs((window["reduction_limit_V"] as! Double) - 0.677) < 0.001)
        #expect(abs((window["oxidation_limit_V"] as! Double) - 2.638) < 0.001)
        let products = (window["oxidation_products"] as! [[String: Any]]).map { $0["formula"] as! String }
        #expect(products == ["Li4P2O7", "N2", "P3N5"])
        for key in ["formula", "open_element", "energy_above_hull", "stabilized", "reduction_limit_mu", "oxidation_limit_mu",
                    "reduction_products", "profile"] {
            #expect(window[key] != nil, "\(key)")
        }
    }

    @Test("decompose at 0 V through the CLI")
    func decompose() throws {
        let result = try CLI.run(["decompose", "Li2PO2N", "--open", "Li", "--voltage", "0", "--format", "json"])
        #expect(result.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as! [[String: Any]]
        #expect(rows[0]["reaction"] as? String == "Li2PO2N + 8 Li -> 2 Li2O + Li3N + Li3P")
        #expect(rows[0]["open_element_uptake"] as? Double == 8)
    }

    /// Each bad input: a non-zero status below 128 (no crash, no abort) and a first line on
    /// standard error that names the problem.
    @Test("bad input gives a one-line error naming the problem and a clean non-zero exit")
    func badInput() throws {
        let csv = { (text: String) in try CLI.temporaryFile(Data(text.utf8), extension: "csv") }
        let cases: [([String], String)] = [
            (["hull", "--data", try csv("formula,formation_energy_per_atom\nLi2Xx,-1\n")], "unknown element \"Xx\""),
            (["hull", "--data", try csv("formula,formation_energy_per_atom\nLi2O,abc\n")], "line 2, field \"formation_energy_per_atom\": \"abc\" is not a number"),
            (["hull", "--data", try csv("formula,formation_energy_per_atom\nLi2O,nan\n")], "is not a finite number"),
            (["hull", "--data", try csv("")], "the file is empty"),
            (["hull", "--data", try CLI.temporaryFile(Data([0, 1, 2, 255, 0]), extension: "csv")], "not a text file"),
            (["hull", "--data", try csv("formula,energy_per_atom\nLi,-1.9\nLi2O,-4.9\n")], "no elemental reference for O"),
            (["hull", "--data", try csv("id,formula,formation_energy_per_atom\na,Li2O,-2\na,Li2O2,-1.6\n")], "id \"a\" is repeated"),
            (["hull", "--data", try csv("formula,volume\nLi2O,3\n")], "no energy column"),
            (["hull", "--data", "/nonexistent/data.csv"], "no such file"),
            (["hull", "--data", try CLI.temporaryFile(Data("x".utf8), extension: "txt")], "unknown data format"),
            (["hull", "--data", try CLI.temporaryFile(Data("[{\"energy\": 1}".utf8), extension: "json")], "not valid JSON"),
            (["decompose", "LiFePO4", "--data", "lipon-mp-legacy"], "contains Fe, which has no entries in lipon-mp-legacy (Li, P, O, N only); the default mp-legacy covers 84 elements"),
            (["decompose", "LiXeO4"], "contains Xe, which has no entries in mp-legacy (the default, the whole Materials Project, 84 elements); give your own data with --data FILE"),
            (["decompose", "Li3PO4", "--open", "Na", "--voltage", "1", "--data", "lipon-mp-legacy"], "the open element Na has no entries"),
            (["decompose", "Li", "--open", "Li", "--voltage", "1"], "has no closed elements"),
            (["decompose", "Li3PO4", "--open", "Li", "--voltage", "abc"], "\"abc\" is not a finite number"),
            (["decompose", "Li3PO4", "--open", "O", "--voltage", "1"], "O is not a metal working ion"),
            (["window", "Li3PO4", "--open", "Li", "--format", "json", "--data", try csv("formula,formation_energy_per_atom\nLi2O,-2\n")], "contains P, which has no entries"),
        ]
        for (arguments, expected) in cases {
            let result = try CLI.run(arguments)
            #expect(result.status > 0 && result.status < 128, "\(arguments): status \(result.status)")
            #expect(result.firstErrorLine.contains(expected), "\(arguments): \(result.firstErrorLine)")
            #expect(result.standardOutput.isEmpty, "\(arguments)")
        }
    }

    @Test("batch: hull and window read JSON Lines, write JSON Lines, and shards concatenate to the whole")
    func batch() throws {
        let jsonl = { (text: String) in try CLI.temporaryFile(Data(text.utf8), extension: "jsonl") }
        let hullInput = try jsonl("""
            {"id": "q1", "formula": "Li3PO4", "formation_energy_per_atom": -2.9}
            {"id": "q2", "formula": "Li5PO5", "formation_energy_per_atom": -2.4}

            {"id": "q3", "formula": "Li2O", "energy": -6.0}
            """)
        let whole = try CLI.run(["hull", "--input", hullInput, "--format", "jsonl"])
        #expect(whole.status == 0, "\(whole.standardError)")
        let lines = whole.standardOutput.split(separator: "\n")
        #expect(lines.count == 3)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(first["id"] as? String == "q1" && first["is_stable"] as? Bool == true)
        #expect((first["energy_above_hull"] as! Double) == 0 && (first["decomposition_energy_per_atom"] as! Double) < 0)
        var joined = ""
        for shard in 1...3 {
            let part = try CLI.run(["hull", "--input", hullInput, "--format", "jsonl", "--shard", "\(shard)/3"])
            #expect(part.status == 0)
            joined += part.standardOutput
        }
        #expect(joined == whole.standardOutput)

        let windows = try CLI.run(["window", "--input", try jsonl("{\"formula\": \"Li2PO2N\"}\n{\"formula\": \"Li3PO4\"}\n"), "--format", "jsonl"])
        #expect(windows.status == 0)
        let windowLines = windows.standardOutput.split(separator: "\n")
        #expect(windowLines.count == 2 && windowLines[0].contains("\"formula\":\"Li2PO2N\""))
    }

    @Test("batch: bad queries name the file and line")
    func batchErrors() throws {
        let jsonl = { (text: String) in try CLI.temporaryFile(Data(text.utf8), extension: "jsonl") }
        let bad = try jsonl("{\"formula\": \"Li2O\", \"energy\": -6}\n{oops\n")
        let cases: [([String], String)] = [
            (["hull", "--input", bad], "\(bad), line 2: is not valid JSON"),
            (["hull", "--input", try jsonl("{\"formula\": \"Li2S\", \"energy\": -1}\n"), "--data", "lipon-mp-legacy"],
             "line 1: Li2S contains S, which has no entries in lipon-mp-legacy (Li, P, O, N only)"),
            (["hull", "--input", try jsonl("{\"formula\": \"Li2S\", \"formation_energy_per_atom\": -1}\n{\"formula\": \"XeF2\", \"formation_energy_per_atom\": -1}\n")],
             "line 2: XeF2 contains Xe, which has no entries in mp-legacy (the default"),
            (["window", "--input", try jsonl("{\"formula\": \"Li2O\"}\n{\"formula\": \"FeO\"}\n"), "--data", "lipon-mp-legacy"], "line 2: FeO contains Fe"),
            (["window", "--input", try jsonl("{\"name\": \"x\"}\n")], "line 1: no \"formula\" key"),
            (["hull", "--input", "/nonexistent/q.jsonl"], "no such file"),
        ]
        for (arguments, expected) in cases {
            let result = try CLI.run(arguments)
            #expect(result.status > 0 && result.status < 128, "\(arguments): status \(result.status)")
            #expect(result.firstErrorLine.contains(expected), "\(arguments): \(result.firstErrorLine)")
        }
        let usage = try CLI.run(["hull", "--input", bad, "--shard", "4/3"])
        #expect(usage.status == 64 && usage.standardError.contains("--shard"))
    }
}

@Suite("Command-line tool: uncertainty")
struct CommandLineUncertaintyTests {
    @Test("window --samples: JSON adds mean, std, p05, p95 per limit and product-set frequencies; same seed, same output")
    func windowSamples() throws {
        let arguments = ["window", "Li2PO2N", "--samples", "200", "--sigma", "0.025", "--seed", "5", "--format", "json"]
        let first = try CLI.run(arguments), second = try CLI.run(arguments)
        #expect(first.status == 0)
        #expect(first.standardOutput == second.standardOutput)
        let windows = try JSONSerialization.jsonObject(with: Data(first.standardOutput.utf8)) as! [[String: Any]]
        let uncertainty = try #require(windows[0]["uncertainty"] as? [String: Any])
        let reduction = try #require(uncertainty["reduction_limit_V"] as? [String: Any])
        for key in ["mean", "std", "p05", "p95"] { #expect(reduction[key] is Double, "\(key)") }
        let products = try #require(uncertainty["oxidation_products"] as? [[String: Any]])
        #expect(abs(products.reduce(0) { $0 + ($1["frequency"] as! Double) } - 1) < 1e-9)
    }

    @Test("--samples without an uncertainty is a usage error")
    func samplesNeedSigma() throws {
        let result = try CLI.run(["window", "Li2PO2N", "--samples", "10"])
        #expect(result.status == 64)
        #expect(result.firstErrorLine.contains("--samples needs an uncertainty"))
    }
}
