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

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Energy corrections to apply to the data: mp2020 or none.",
            discussion: "none (default): energies as given. mp2020: the Materials Project 2020 anion corrections (Wang et al., Sci. Rep. 11, 15496 (2021)) applied to raw GGA total energies, e.g. --data lipon-mp2020-raw; entries that already carry a correction, and formation-energy data, are refused.",
            valueName: "scheme"))
    var corrections: CorrectionScheme = .none

    @OptionGroup(title: "Constrained equilibria") var constraintOptions: ConstraintOptions

    /// The dataset named by `--data`, or the default bundled one, with `--corrections` applied.
    func loadDataset() throws -> Dataset {
        try corrections.apply(to: try loadUncorrectedDataset())
    }

    /// The dataset named by `--data`, or the default bundled one, as given.
    private func loadUncorrectedDataset() throws -> Dataset {
        guard let data else { return try BundledDataset.default.load() }
        if let bundled = BundledDataset(rawValue: data) { return try bundled.load() }
        return try Dataset.load(path: data)
    }
}

extension CorrectionScheme: ExpressibleByArgument {}

/// How results are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}
