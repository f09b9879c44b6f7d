import ArgumentParser
import Interphase

/// The options of every command that reads data.
struct DataOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A data file (.csv or .json) or the name of a bundled dataset.",
            discussion: "Bundled: \(BundledDataset.allCases.map(\.rawValue).joined(separator: ", ")). Default: \(BundledDataset.default.rawValue).",
            valueName: "file-or-name"))
    var data: String?

    @OptionGroup(title: "Constrained equilibria") var constraintOptions: ConstraintOptions

    /// The dataset named by `--data`, or the default bundled one.
    func loadDataset() throws -> Dataset {
        guard let data else { return try BundledDataset.default.load() }
        if let bundled = BundledDataset(rawValue: data) { return try bundled.load() }
        return try Dataset.load(path: data)
    }
}

/// How results are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}
