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

    /// The constraints as the library takes them.
    var constraints: EntryConstraints {
        EntryConstraints(
            exclude: exclude.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty },
            metastableTolerance: metastable)
    }
}

extension DataOptions {
    /// The conditions a command's question starts from: the constraints of
    /// `--exclude`/`--metastable`, with `build` applied (every option group of the command puts
    /// its part in, unchanged).
    func conditions(_ build: (inout Conditions) throws -> Void) rethrows -> Conditions {
        var conditions = Conditions()
        conditions.constraints = constraintOptions.constraints
        try build(&conditions)
        return conditions
    }

    /// The part of the data named by `--data` (with `--corrections`) that `scope` needs under
    /// `conditions`, and the atlas that answers its questions.
    func load(_ scope: QuestionScope, under conditions: Conditions) throws -> LoadedData {
        let dataset = try loadDataset(scope, under: conditions)
        return LoadedData(dataset: dataset, atlas: PhaseDiagramAtlas(dataset: dataset))
    }
}

/// A command's data: the dataset as loaded (the part its question needs) and the atlas over it.
struct LoadedData {
    let dataset: Dataset
    let atlas: PhaseDiagramAtlas
    /// The notes already written, so that each is written once.
    private let reported = ReportedNotes()

    init(dataset: Dataset, atlas: PhaseDiagramAtlas) {
        self.dataset = dataset
        self.atlas = atlas
    }

    /// The atlas's answer to `question` about `compositions` under `conditions`, with the notes
    /// a reader needs on standard error: a formula that is probably a material's name (LiPON,
    /// see `MaterialName`), each gas's chemical potential (before the answer), then
    /// what the constraints did in the question's system and, when potentials are fixed, which
    /// phases drop out.
    /// `alsoInvolving`: further compositions whose elements the notes cover (a cell's electrodes).
    func ask<Answer>(
        _ question: QuestionKind, about compositions: [(formula: String, composition: Composition)] = [],
        alsoInvolving others: [Composition] = [], under conditions: Conditions, _ body: (PhaseDiagramAtlas) throws -> Answer
    ) throws -> Answer {
        for (formula, composition) in compositions {
            guard let note = MaterialName.note(for: formula) else { continue }
            let atoms = composition.elements.map { "\(NumberFormat.significant(composition[$0])) \($0.symbol)" }.joined(separator: ", ")
            reported.write("note: \(EchoedText.quoted(formula)) is read as a formula (\(atoms)); " + note)
        }
        let resolved = try atlas.resolve(conditions, for: question, compositions)
        for (reservoir, potential) in resolved.gasPotentials {
            let temperature = conditions.gasTemperature
            reported.write("note: \(reservoir.gas) at \(NumberFormat.significant(reservoir.pressure)) bar and \(NumberFormat.fixed(temperature, decimals: 2)) K: "
                + "μ\(potential.element.symbol) − μ⁰ = \(NumberFormat.fixed(potential.chemicalPotential, decimals: 4)) eV per atom "
                + "(NIST-JANAF \(reservoir.gas.janafTable); the data's references stand for the gas at 298.15 K; solids' entropy neglected)")
        }
        let answer = try body(atlas)
        try reportConstraints(conditions.constraints, for: resolved.system(of: compositions.map(\.composition) + others))
        if !resolved.fixed.isEmpty { reportDroppedPhases(open: resolved.reservoirElements) }
        return answer
    }

    /// Refuses a batch query whose composition has an element without entries in the data, as
    /// its answer would: checked for every line of a batch before the first answer.
    ///
    /// - Throws: ``PhaseDiagramError/elementNotInDiagram(formula:element:)``.
    func refuseElementsNotInData(of composition: Composition, formula: String) throws {
        if let element = composition.elements.first(where: { !atlas.index.allElements.contains($0) }) {
            throw PhaseDiagramError.elementNotInDiagram(formula: formula, element: element)
        }
    }

    /// Writes, once, which phases of the data drop out because every element of theirs is open
    /// or fixed (as in pymatgen's `GrandPotentialPhaseDiagram`): they exchange freely with the
    /// reservoirs and take no part in the equilibrium.
    private func reportDroppedPhases(open elements: Set<Element>) {
        let phases = atlas.phasesMadeOnly(of: elements)
        guard !phases.isEmpty else { return }
        let symbols = elements.sorted().map(\.symbol).joined(separator: ", ")
        let shown = phases.prefix(12).joined(separator: ", ") + (phases.count > 12 ? ", … (\(phases.count) in all)" : "")
        reported.write("note: \(symbols) open or fixed: phases made only of them drop out (\(shown))")
    }

    /// Writes what `constraints` did in the system of `elements` as a `note:` line on standard
    /// error, unless that line was written already.
    func reportConstraints(_ constraints: EntryConstraints, for elements: Set<Element>) throws {
        guard !constraints.isEmpty, let record = try atlas.constrained(by: constraints).diagram(for: elements).record else { return }
        reported.write("note: \(record.summary)")
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
