import ArgumentParser
import Foundation
import Interphase

/// `interphase hull`: the stability of every entry against the convex hull.
struct HullCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hull",
        abstract: "Energy above hull, stability and decomposition of every entry.",
        discussion: """
            JSON: one object per input entry, in input order: id, formula, formation_energy_per_atom \
            (eV/atom), energy_above_hull (eV/atom), is_stable, decomposition_energy_per_atom (eV/atom, \
            Bartel et al. 2020, as pymatgen's get_decomp_and_phase_separation_energy but exact: for a \
            composition with a stable entry, the energy less the hull of the other compositions, so a \
            polymorph of a stable phase gets (e − e_stable) + the stable phase's own; otherwise \
            energy_above_hull; null for the data's pure elements), decomposes_to ({id, formula, amount}, amount = \
            atom fraction). The table is sorted by energy above hull. The hull is computed one \
            chemical system at a time, so --data mp-legacy (all of the \
            Materials Project) works.

            With --input, the entries of a JSON Lines file (one object per line: {"id": ..., \
            "formula": ..., and one of "formation_energy_per_atom", "energy_per_atom" (eV/atom) or \
            "energy" (eV per formula unit)}, on the scale of --data) are each evaluated as if added \
            alone to the reference data: a query more than 1e-11 eV/atom below the data's hull is \
            is_stable true (energy_above_hull 0); one within 1e-11 eV/atom of it is on the hull (a tie: \
            not stable, energy_above_hull 0). A queried pure element keeps its formation energy against \
            the data's reference; below it, it is stable (it would be the element's new reference, as in \
            pymatgen) with that negative energy as its decomposition_energy_per_atom. --format jsonl \
            writes one result per line.
            """)

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var batch: BatchOptions

    @Option(help: "Output format.")
    var format: Format = .table

    /// The output formats of `hull`: exactly what `--format` accepts and its help lists.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json, csv, jsonl
    }

    @OptionGroup var uncertaintyOptions: UncertaintyOptions

    func run() throws {
        try reportingErrors(reading: dataOptions) {
            let input = try QueryFilePieces(batch)
            if input != nil, uncertaintyOptions.samples != nil {
                throw ValidationError("--samples applies to the dataset's own entries, not to --input queries")
            }
            let conditions = dataOptions.conditions { uncertaintyOptions.apply(to: &$0) }
            // Queries are read before the data, so that only their chemical systems are read: a
            // first pass over them keeps only what the data must be checked against.
            var survey = QuerySurvey()
            if let input {
                try input.forEachBlock(of: Self.queryBlockSize, shard: batch.shardValue) { survey.add($0) }
            }
            let data = try dataOptions.load(
                input == nil ? .wholeData : .elements(of: [], plus: survey.elements), under: conditions)
            _ = try data.atlas.resolve(conditions, for: .entryStability)
            // The dataset's own entries: the whole data's hull, with the constraints applied to
            // all of it. Queries: each read off the hull of its own system (the atlas).
            var dataset = data.dataset
            if input == nil, !conditions.constraints.isEmpty {
                let constrained = try dataset.applying(conditions.constraints)
                dataset = constrained.dataset
                FileHandle.standardError.write(Data("note: \(constrained.record.summary)\n".utf8))
            }
            if let input {
                try survey.check(against: data, file: input.file)
            }
            var results: [EntryStability] = []
            if let input {
                // JSON Lines are written as each block is answered, by the row's own writer (the
                // generic encoder costs more than the answer); other formats at the end.
                let streaming = format == .jsonl
                var progress = ProgressReporter(total: survey.count, label: "hull queries")
                var done = 0
                // Block k is written while block k + 1 is answered; at most one block waits.
                let writer = BackgroundWriter()
                defer { writer.finish() }
                let shard = batch.shardValue
                try readingAhead({ yield in
                    try input.forEachBlock(of: Self.queryBlockSize, shard: shard) { try yield($0) }
                }) { block in
                    var answered: [EntryStability] = []
                    answered.reserveCapacity(block.count)
                    let outcomes = try data.atlas.stabilities(of: block.map(\.entry), formulas: block.map(\.formula), under: conditions)
                    for (query, outcome) in zip(block, outcomes) {
                        switch outcome {
                        case .success(let result): answered.append(result)
                        case .failure(let error): throw QueryError(file: input.file, line: query.line, underlying: error)
                        }
                        if !conditions.constraints.isEmpty {
                            try data.reportConstraints(conditions.constraints, for: Set(query.entry.composition.elements))
                        }
                    }
                    if streaming {
                        let rows = answered
                        writer.write { EntryStability.jsonLineBytes(rows) }
                    } else {
                        results += answered
                    }
                    done += block.count
                    progress.update(done: done)
                }
                writer.finish()
                progress.finish()
                if streaming { return }
            } else {
                // The constraints change the entries: the unconstrained atlas's store answers
                // only when there are none.
                let atlas = conditions.constraints.isEmpty ? data.atlas : PhaseDiagramAtlas(entries: dataset.allEntries)
                let diagram = try patchedHull(of: dataset, atlas: atlas)
                results = dataset.entries.indices.map { diagram.stability(ofEntryAt: $0) }
            }
            guard let model = conditions.uncertainty else {
                switch format {
                // The rows' own writers, their bytes written as made (a whole dataset's text is
                // megabytes: no String of it, no copy).
                case .json: OutputWriting.write(EntryStability.prettyJSONArrayBytes(results, lineFeed: true))
                case .jsonl: OutputWriting.write(EntryStability.jsonLineBytes(results))
                case .csv, .table: print(try render(results), terminator: "")
                }
                return
            }
            let spread = try data.atlas.monteCarloStabilities(of: data.dataset, under: conditions)
            switch format {
            case .json:
                print(try OutputWriting.json(zip(results, spread).map { ResultWithUncertainty(result: $0, uncertainty: $1) }),
                      terminator: "")
                return
            case .jsonl:
                print(try OutputWriting.jsonLines(zip(results, spread).map { ResultWithUncertainty(result: $0, uncertainty: $1) }),
                      terminator: "")
                return
            case .csv:
                print(try render(results, spreads: spread), terminator: "")
                return
            case .table:
                break
            }
            print("\(model.samples) samples, seed \(model.seed)")
            print(OutputWriting.table(
                header: ["id", "formula", "E_hull (eV/atom)", "P(stable)", "E_hull mean", "E_hull std", "E_hull p05", "E_hull p95"],
                rows: zip(results, spread).sorted { $0.1.probabilityStable > $1.1.probabilityStable }.map { result, spread in
                    [result.id ?? "-", result.formula, NumberFormat.fixed(result.energyAboveHull, decimals: 4),
                     NumberFormat.fixed(spread.probabilityStable, decimals: 3),
                     NumberFormat.fixed(spread.energyAboveHull.mean, decimals: 4), NumberFormat.fixed(spread.energyAboveHull.standardDeviation, decimals: 4),
                     NumberFormat.fixed(spread.energyAboveHull.p05, decimals: 4), NumberFormat.fixed(spread.energyAboveHull.p95, decimals: 4)]
                }), terminator: "")
            print("E_hull: eV per atom above the hull of the data, ≥ 0 (0 on it), as drawn and over the samples; P(stable): the fraction of samples on the hull")
        }
    }

    /// Queries decoded and answered at a time: large enough that a block holds many candidates of
    /// each chemical system (one set-up serves them all), small enough to keep memory flat.
    static let queryBlockSize = 1 << 16

    /// The lines under a table of entries: each energy's normalisation, reference and sign.
    static let energyLegend = [
        "E_form: eV per atom of the entry, from the elements at their references (each one's lowest pure entry in the data)",
        "E_hull: eV per atom above the hull of the data, ≥ 0 (0 on it); E_decomp: eV per atom, Bartel et al. 2020: "
            + "for a composition with a stable entry, the entry minus the hull of the data's other compositions (< 0 for the stable entry: how far below it; a polymorph adds its distance from that entry), otherwise = E_hull",
    ]

    /// The results as CSV or a table (JSON and JSON Lines are written by the rows' own writers,
    /// in `run()`); with `spreads` (after `--samples`), CSV rows also carry the
    /// JSON's `uncertainty` fields, flattened (`uncertainty.probability_stable`, …).
    private func render(_ results: [EntryStability], spreads: [EntryStabilityUncertainty]? = nil) throws -> String {
        let header = ["id", "formula", "formation_energy_per_atom", "energy_above_hull", "is_stable",
                      "decomposition_energy_per_atom", "decomposes_to"]
        switch format {
        case .json, .jsonl:
            preconditionFailure("JSON rows are written by their own writers (run())")
        case .csv:
            var fullRows = results.map { result in
                [result.id ?? "", result.formula, "\(result.formationEnergyPerAtom)", "\(result.energyAboveHull)",
                 "\(result.isStable)", result.decompositionEnergyPerAtom.map { "\($0)" } ?? "",
                 result.decomposesTo.map { "\($0.formula):\($0.amount)" }.joined(separator: " ")]
            }
            guard let spreads else { return OutputWriting.csv(header: header, rows: fullRows) }
            for (index, spread) in spreads.enumerated() {
                let statistics = spread.energyAboveHull
                fullRows[index] += ["\(statistics.samples)", "\(spread.probabilityStable)", "\(statistics.mean)",
                                    "\(statistics.standardDeviation)", "\(statistics.p05)", "\(statistics.p95)"]
            }
            return OutputWriting.csv(
                header: header + ["uncertainty.energy_above_hull.samples", "uncertainty.probability_stable",
                                  "uncertainty.energy_above_hull.mean", "uncertainty.energy_above_hull.std",
                                  "uncertainty.energy_above_hull.p05", "uncertainty.energy_above_hull.p95"],
                rows: fullRows)
        case .table:
            let ordered = results.enumerated().sorted {
                ($0.element.energyAboveHull, $0.offset) < ($1.element.energyAboveHull, $1.offset)
            }.map(\.element)
            let rows = ordered.map { result in
                [result.id ?? "-", result.formula,
                 NumberFormat.fixed(result.formationEnergyPerAtom, decimals: 4),
                 NumberFormat.fixed(result.energyAboveHull, decimals: 4),
                 result.isStable ? "yes" : "no",
                 result.decompositionEnergyPerAtom.map { NumberFormat.fixed($0, decimals: 4) } ?? "-",
                 result.decomposesTo.map { "\($0.formula) \(NumberFormat.fixed($0.amount, decimals: 3))" }
                    .joined(separator: " + ")]
            }
            return OutputWriting.table(
                header: ["id", "formula", "E_form (eV/atom)", "E_hull (eV/atom)", "stable", "E_decomp (eV/atom)", "decomposes to (atom fractions)"],
                rows: rows) + Self.energyLegend.map { $0 + "\n" }.joined()
        }
    }
}

/// What the data must be checked against, from a first pass over the queries (their number,
/// their elements, and the first query that names each element or gives a formation energy),
/// so that the queries need not be kept for the second pass that answers them.
struct QuerySurvey {
    private(set) var count = 0
    /// Each element's first query (its line, formula as written and composition), by atomic
    /// number − 1.
    private var firstQueryOfElement = [(line: Int, formula: String, composition: Composition)?](
        repeating: nil, count: Element.all.count)
    /// The first query giving `formation_energy_per_atom`.
    private var firstFormationEnergyLine: Int?

    /// The elements of all the queries.
    var elements: [Element] { Element.all.filter { firstQueryOfElement[$0.atomicNumber - 1] != nil } }

    mutating func add(_ block: [JSONLines.EntryQuery]) {
        count += block.count
        for query in block {
            if firstFormationEnergyLine == nil, query.energyField == "formation_energy_per_atom" { firstFormationEnergyLine = query.line }
            for part in query.entry.composition.amounts where firstQueryOfElement[part.element.atomicNumber - 1] == nil {
                firstQueryOfElement[part.element.atomicNumber - 1] = (query.line, query.formula, query.entry.composition)
            }
        }
    }

    /// Refuses, as the first query in the file it would meet, a formation energy on data of
    /// total energies, or an element without entries in the data.
    func check(against data: LoadedData, file: String) throws {
        var first: (line: Int, error: any Error)?
        if data.dataset.energyKind == .total, let line = firstFormationEnergyLine {
            first = (line, DataError(
                file: data.dataset.name, problem: "has total energies; a query with \"formation_energy_per_atom\" cannot be compared with it (give \"energy_per_atom\" or \"energy\" on the data's scale)"))
        }
        for case let query? in firstQueryOfElement where query.line < first?.line ?? .max {
            do {
                try data.refuseElementsNotInData(of: query.composition, formula: query.formula)
            } catch {
                first = (query.line, error)
            }
        }
        if let first { throw QueryError(file: file, line: first.line, underlying: first.error) }
    }
}
