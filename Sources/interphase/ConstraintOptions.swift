import ArgumentParser
import Foundation
import Interphase

/// `--exclude` and `--metastable`: constrained equilibria, for every command (part of
/// ``DataOptions``).
///
/// What was excluded or admitted is reported on standard error as one `note:` line, so that the
/// documented JSON arrays on standard output keep their shape; `react --format json` and
/// `layers --format json` also carry it in their `constraints` field.
struct ConstraintOptions: ParsableArguments {
    @Option(
        parsing: .singleValue,
        help: ArgumentHelp(
            "Phases to leave out, comma-separated: a formula excludes every entry of that composition, an id excludes that entry (e.g. Li3P,LiP or mp-736). Repeatable.",
            valueName: "formulas-or-ids"))
    var exclude: [String] = []

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Admit every phase within this energy above hull onto the hull (lowered by its E_hull + 1e-8 eV/atom).",
        valueName: "eV/atom"), transform: decimalArgument)
    var metastable: Double?

    func validate() throws {
        if let metastable, !(metastable.isFinite && metastable >= 0) {
            throw ValidationError("--metastable must be a finite energy ≥ 0 eV/atom")
        }
    }

    /// The constraints as the library takes them.
    var constraints: EntryConstraints {
        EntryConstraints(
            exclude: exclude.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty },
            metastableTolerance: metastable)
    }
}

extension DataOptions {
    /// The dataset with `--exclude`/`--metastable` applied, and the record (`nil` when no
    /// constraint was given). Writes the record as a `note:` line on standard error.
    func loadConstrainedDataset() throws -> (dataset: Dataset, record: ConstraintRecord?) {
        let dataset = try loadDataset()
        let constraints = constraintOptions.constraints
        guard !constraints.isEmpty else { return (dataset, nil) }
        let constrained = try dataset.applying(constraints)
        FileHandle.standardError.write(Data("note: \(constrained.record.summary)\n".utf8))
        return (constrained.dataset, constrained.record)
    }
}
