import Foundation
import Testing

/// `Examples/Slurm`: the job-array recipe for `hull --input`, run locally task by task as Slurm
/// would run it, then merged; the merged output must be the unsharded output, byte for byte.
@Suite("Slurm job-array recipe")
struct SlurmRecipeTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `script` with bash and `environment` added, within 120 s (a watchdog ends it and the
    /// test fails instead of hanging).
    static func bash(_ script: String, _ environment: [String: String], in directory: URL) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [root.appendingPathComponent(script).path]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = directory
        let error = Pipe()
        process.standardError = error
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        watchdog.cancel()
        return (process.terminationStatus, message)
    }

    @Test("every shard of a batch, then the merge step, equals the unsharded output")
    func shardsMergeToTheUnshardedOutput() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slurm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // 23 candidates in 5 shards: uneven blocks, one query of each kind at least.
        let formulas = ["Li3PO4", "Li2O", "LiPO3", "Li5P2N5", "Li7PN4", "Li2PO2N", "LiPN2", "P3N5"]
        let lines = (0..<23).map { index in
            "{\"id\": \"c\(index)\", \"formula\": \"\(formulas[index % formulas.count])\", \"formation_energy_per_atom\": \(-1.0 - Double(index) * 0.07)}"
        }
        let input = directory.appendingPathComponent("candidates.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
        let environment = ["INPUT": input.path, "DATA": "lipon-mp-legacy", "OUTDIR": directory.appendingPathComponent("results").path,
                           "INTERPHASE": CLI.executable.path]
        let count = 5
        for task in 1...count {
            let run = try Self.bash("Examples/Slurm/hull-array.sbatch",
                                    environment.merging(["SLURM_ARRAY_TASK_ID": "\(task)", "SLURM_ARRAY_TASK_COUNT": "\(count)"]) { $1 },
                                    in: directory)
            try #require(run.status == 0, "task \(task): \(run.error)")
        }
        let merge = try Self.bash("Examples/Slurm/merge.sbatch", environment, in: directory)
        try #require(merge.status == 0, "\(merge.error)")
        let merged = try String(contentsOf: directory.appendingPathComponent("results/all.jsonl"), encoding: .utf8)
        let unsharded = try CLI.run(["hull", "--data", "lipon-mp-legacy", "--input", input.path, "--format", "jsonl"])
        #expect(unsharded.status == 0)
        #expect(merged == unsharded.standardOutput)
        #expect(merged.split(separator: "\n").count == 23)

        // A missing part stops the merge with a message naming it.
        try FileManager.default.removeItem(at: directory.appendingPathComponent("results/part-000003.jsonl"))
        let incomplete = try Self.bash("Examples/Slurm/merge.sbatch", environment.merging(["PARTS": "\(count)"]) { $1 }, in: directory)
        #expect(incomplete.status != 0)
        #expect(incomplete.error.contains("part-000003.jsonl is missing"))
    }
}
