import ArgumentParser
import Foundation
import Interphase
import InterphaseMPLegacy

/// The options of every command that reads data.
struct DataOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A data file (.csv or .json) or the name of a bundled dataset.",
            discussion: "Bundled: \(MPLegacyDataset.name) (the default: the whole Materials Project, 85,014 compositions over \(MPLegacyDataset.elements.count) elements, of which each question reads only its own chemical system), \(BundledDataset.liponMPLegacy.rawValue) (its 60 Li–P–O–N compositions), \(BundledDataset.liponMP2020Raw.rawValue) (11 raw Li–P–O–N entries for --corrections mp2020).",
            valueName: "file-or-name"))
    var data: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Energy corrections to apply to the data.",
            discussion: "none (default): energies as given. mp2020: the Materials Project 2020 anion corrections (Wang et al., Sci. Rep. 11, 15496 (2021)) applied to raw GGA total energies, e.g. --data lipon-mp2020-raw; entries that already carry a correction, and formation-energy data, are refused.",
            valueName: "scheme"))
    var corrections: CorrectionScheme = .none

    @OptionGroup(title: "Constrained equilibria") var constraintOptions: ConstraintOptions

    /// The names `--data` takes for the bundled datasets, the default first.
    static let bundledNames = [MPLegacyDataset.name] + BundledDataset.allCases.map(\.rawValue)

    /// The dataset named by `--data`, or the default (the whole Materials Project), with
    /// `--corrections` applied: the part of it that `scope` needs under `conditions` (only the
    /// whole Materials Project is read in part; other data are small, or files read whole).
    func loadDataset(_ scope: QuestionScope, under conditions: Conditions) throws -> Dataset {
        try corrections.apply(to: try loadUncorrectedDataset(within: scope.elements(under: conditions)))
    }

    /// The dataset named by `--data`, or the default, as given; of the whole Materials Project
    /// only the entries made of `elements`, when given.
    private func loadUncorrectedDataset(within elements: Set<Element>?) throws -> Dataset {
        let data = self.data ?? MPLegacyDataset.name
        if data == MPLegacyDataset.name {
            // None of the question's elements in the data: no rows to read, and the element named.
            if let elements, let absent = elements.sorted().first, elements.isDisjoint(with: MPLegacyDataset.elements) {
                throw StabilityError.elementNotInData(formula: absent.symbol, element: absent)
            }
            return try elements.map { try MPLegacyDataset.load(within: $0) } ?? MPLegacyDataset.load()
        }
        if let bundled = BundledDataset(rawValue: data) { return try bundled.load() }
        if data != "-", !FileManager.default.fileExists(atPath: data) {
            // A name that is neither a file nor a bundled dataset: most often a mistyped name.
            let near = Self.bundledNames.first { $0 == data.lowercased().replacingOccurrences(of: "_", with: "-") }
            throw DataError(file: data, problem: "no such file, and no bundled dataset has this name"
                + (near.map { " (did you mean \($0)?)" } ?? "") + "; bundled: \(Self.bundledNames.joined(separator: ", "))")
        }
        InputFiles.record(data)
        let dataset = try Dataset.load(path: data)
        // When the file offered a choice (a column given and not used), what the loader decided
        // goes to standard error; a file with one energy column prints nothing.
        if dataset.notes.contains(where: { $0.contains("not used") }) {
            for note in dataset.notes { FileHandle.standardError.write(Data("note: \(data): \(note)\n".utf8)) }
        }
        return dataset
    }

    /// What the data named by `--data` are, for a message saying that an element has no entries
    /// in them: their name, their elements when bundled, and how to get others.
    var dataInUse: String {
        switch data ?? MPLegacyDataset.name {
        case MPLegacyDataset.name:
            "\(MPLegacyDataset.name) (\(data == nil ? "the default, " : "")the whole Materials Project, \(MPLegacyDataset.elements.count) elements); give your own data with --data FILE"
        case let name where BundledDataset(rawValue: name) != nil:
            "\(name) (Li, P, O, N only); the default \(MPLegacyDataset.name) covers \(MPLegacyDataset.elements.count) elements"
        case let path:
            path
        }
    }
}

extension CorrectionScheme: ExpressibleByArgument {}

/// `--input` and `--shard`: batch queries as JSON Lines.
struct BatchOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Read the queries from a JSON Lines file (one JSON object per line; - for standard input).",
            valueName: "file.jsonl"))
    var input: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Answer only block I of N contiguous blocks of the queries (1 ≤ I ≤ N); concatenating the outputs of 1/N … N/N gives the unsharded output.",
            valueName: "I/N"))
    var shard: String?

    func validate() throws {
        if let shard {
            guard Shard(parsing: shard) != nil else {
                throw ValidationError("--shard: \"\(shard)\" is not I/N with 1 ≤ I ≤ N (e.g. 2/8)")
            }
            if input == nil { throw ValidationError("--shard needs --input") }
        }
    }

    /// The shard, or the whole batch.
    var shardValue: Shard { shard.flatMap(Shard.init(parsing:)) ?? Shard(index: 1, count: 1)! }

    /// The input's query lines, found but not decoded (the file's bytes are held once); its
    /// name for messages is `file`.
    func readQueries() throws -> JSONLines.Batch? {
        guard let input else { return nil }
        if input == "-" { return try JSONLines.Batch(FileHandle.standardInput.readDataToEndOfFile(), file: "<stdin>") }
        InputFiles.record(input)
        return try JSONLines.Batch(try Dataset.readBytes(path: input), file: input)
    }
}

/// Progress of a long batch on standard error: a line every two seconds, and a final one, only
/// when the run lasts longer than two seconds.
struct ProgressReporter {
    let total: Int
    let label: String
    private let start = Date()
    private var lastReport = Date()
    private var reported = false

    init(total: Int, label: String) {
        self.total = total
        self.label = label
    }

    mutating func update(done: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastReport) >= 2 else { return }
        lastReport = now
        reported = true
        report(done: done, now: now)
    }

    func finish() {
        if reported { report(done: total, now: Date()) }
    }

    private func report(done: Int, now: Date) {
        let percent = total == 0 ? 100 : 100 * done / total
        let line = "interphase: \(label) \(done)/\(total) (\(percent)%), \(NumberFormat.fixed(now.timeIntervalSince(start), decimals: 1)) s\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}

/// The hull of a whole dataset system by system, by the atlas's store (its parallel pass),
/// saying on standard error what it is doing when the dataset is large (the whole Materials
/// Project takes tens of seconds).
///
/// - Parameters:
///   - dataset: The data whose entries are reported (constraints applied).
///   - atlas: An atlas of exactly `dataset.allEntries`, without constraints.
func patchedHull(of dataset: Dataset, atlas: PhaseDiagramAtlas) throws -> PatchedPhaseDiagram {
    let large = dataset.entries.count >= 10_000
    let start = Date()
    if large {
        FileHandle.standardError.write(Data("interphase: building the hull of \(dataset.entries.count) entries over \(dataset.elements.count) elements, one chemical system at a time…\n".utf8))
    }
    let diagram = try atlas.wholeDataHull()
    if large {
        let line = "interphase: hull done (\(diagram.index.systems.count) chemical systems, \(diagram.stableIndices.count) stable entries) in \(NumberFormat.fixed(Date().timeIntervalSince(start), decimals: 1)) s\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
    return diagram
}

/// Prefixes an error of one query with where the query came from.
struct QueryError: Error, CustomStringConvertible {
    let file: String
    let line: Int
    let underlying: any Error
    var description: String { "\(file), line \(line): \(underlying)" }
}
