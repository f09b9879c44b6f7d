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
    /// The dataset named by `--data` (with `--corrections`) and the atlas that answers its
    /// questions with `--exclude`/`--metastable` applied. For data of a few elements the
    /// constraints are applied at once and reported now, as one `note:` line on standard error;
    /// for larger data they are applied per question system and reported as questions are asked.
    func load() throws -> LoadedData {
        let dataset = try loadDataset()
        let data = LoadedData(dataset: dataset, atlas: try PhaseDiagramAtlas(dataset: dataset, constraints: constraintOptions.constraints))
        if data.atlas.usesSingleHull && !data.atlas.constraints.isEmpty { try data.reportConstraints(for: []) }
        return data
    }
}

/// A command's data: the dataset as loaded and the atlas over it.
struct LoadedData {
    let dataset: Dataset
    let atlas: PhaseDiagramAtlas
    /// The constraint summaries already written, so that each is written once.
    private let reported = ReportedNotes()

    init(dataset: Dataset, atlas: PhaseDiagramAtlas) {
        self.dataset = dataset
        self.atlas = atlas
    }

    /// The atlas's answer to `question` about `compositions` with `openElements` and `fixed`
    /// chemical potentials (a fixed element is part of the question's chemical system), after
    /// which what the constraints did in that system is reported (``reportConstraints(for:)``)
    /// and, when potentials are fixed, which phases drop out (``reportDroppedPhases(open:)``).
    func ask<Answer>(
        about compositions: [Composition], open openElements: [Element] = [], fixed: [OpenElement] = [],
        _ question: (PhaseDiagramAtlas) throws -> Answer
    ) throws -> Answer {
        let answer = try question(atlas)
        let fixedElements = fixed.map(\.element)
        try reportConstraints(for: Set(compositions.flatMap(\.elements)).union(openElements).union(fixedElements))
        if !fixed.isEmpty { reportDroppedPhases(open: Set(openElements).union(fixedElements)) }
        return answer
    }

    /// Writes, once, which phases of the data drop out because every element of theirs is open
    /// or fixed (as in pymatgen's `GrandPotentialPhaseDiagram`): they exchange freely with the
    /// reservoirs and take no part in the equilibrium.
    func reportDroppedPhases(open elements: Set<Element>) {
        let phases = atlas.phasesMadeOnly(of: elements)
        guard !phases.isEmpty else { return }
        let symbols = elements.sorted().map(\.symbol).joined(separator: ", ")
        let shown = phases.prefix(12).joined(separator: ", ") + (phases.count > 12 ? ", … (\(phases.count) in all)" : "")
        reported.write("note: \(symbols) open or fixed: phases made only of them drop out (\(shown))")
    }

    /// Writes what the constraints did in the system of `elements` as a `note:` line on standard
    /// error, unless that line was written already.
    func reportConstraints(for elements: Set<Element>) throws {
        guard !atlas.constraints.isEmpty, let record = try atlas.diagram(for: elements).record else { return }
        reported.write("note: \(record.summary)")
    }

    /// The dataset with the constraints applied to the system of `elements`, for Monte Carlo
    /// runs (which draw one σ per entry of the dataset they are given).
    func constrainedDataset(for elements: Set<Element>) throws -> Dataset {
        guard !atlas.constraints.isEmpty else { return dataset }
        if atlas.usesSingleHull || ChemicalSystem(elements) == atlas.index.allElements {
            let constrained = try dataset.applying(atlas.constraints)
            if !atlas.usesSingleHull { reported.write("note: \(constrained.record.summary)") }
            return constrained.dataset
        }
        let entries = try atlas.diagram(for: elements).diagram.entries
        return Dataset(name: dataset.name, entries: entries, energyKind: dataset.energyKind, notes: dataset.notes)
    }

    /// Lines written to standard error once each.
    private final class ReportedNotes {
        private var written: Set<String> = []

        func write(_ line: String) {
            guard written.insert(line).inserted else { return }
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }
}
