import ArgumentParser
import Foundation
import Interphase

/// `interphase window`: electrochemical stability windows.
struct WindowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "window",
        abstract: "Electrochemical stability windows against a reservoir of one open element.",
        discussion: """
            Reduction limit: the highest voltage below which the composition takes up the open \
            element (0 when stable against the metal). Oxidation limit: the lowest voltage above \
            which it releases it (null when never). Products at a limit: those of the first step \
            beyond it. Voltages are V vs the open metal, V = −(μ − μ⁰)/z with μ⁰ the pure \
            element's energy in the same data; for non-metals (O, N) only the *_mu fields (eV) are \
            given. Metastable compositions: by default the zero-uptake step of their own profile \
            (possibly of zero width); --stabilize first puts a compound of the data onto the hull \
            (Zhu et al.).

            With --fix X=μ (repeatable) other elements are held at fixed chemical potentials (eV \
            relative to the data's reference): the window is then the range over which the \
            composition exchanges neither the open element nor any fixed one, read off the grand \
            hull at the fixed potentials; window_empty is true when there is no such range. Phases \
            made only of open and fixed elements drop out (noted on standard error), as in \
            pymatgen's GrandPotentialPhaseDiagram. JSON echoes fixed_chemical_potentials.

            With --input, the compositions come from a JSON Lines file (one {"formula": ...} object \
            per line; - for standard input); --format jsonl writes one window per line, and \
            --shard I/N answers only block I of N (the other lines are counted, not read). Every line \
            of the block is checked (formula, elements in the data) before the first window is \
            computed; windows are then written as they are computed (a table at the end). Each \
            composition needs only the hull of its own chemical system plus the open element, so \
            --data mp-legacy works.
            """)

    @Argument(help: "Formulas (e.g. Li2PO2N Li3PO4).")
    var formulas: [String] = []

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var batch: BatchOptions
    @OptionGroup var fixedOptions: FixedPotentialOptions

    @Option(help: "The open element.")
    var open: String = QuestionKind.defaultOpenElement.symbol

    @Flag(help: "Put metastable compounds onto the hull first (Zhu et al.'s convention).")
    var stabilize = false

    @Flag(help: "Compute the window of every stable phase that contains the open element.")
    var allStable = false

    @Option(parsing: .unconditional, help: ArgumentHelp("Uptake tolerance of the fallback window for compositions that are not exactly charge-balanced (atoms per formula unit).", valueName: "atoms"), transform: decimalArgument)
    var uptakeTolerance: Double = StabilityWindow.defaultUptakeTolerance

    @Option(help: "Output format.")
    var format: Format = .table

    /// The output formats of `window`: exactly what `--format` accepts and its help lists.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json, jsonl
    }

    @OptionGroup var uncertaintyOptions: UncertaintyOptions

    func validate() throws {
        if formulas.isEmpty && !allStable && batch.input == nil {
            throw ValidationError("give one or more formulas, --input FILE.jsonl, or --all-stable")
        }
        if !formulas.isEmpty && batch.input != nil { throw ValidationError("give formulas or --input, not both") }
    }

    func run() throws {
        try reportingErrors(reading: dataOptions) {
            let conditions = try dataOptions.conditions {
                $0.openElement = try parseElement(open, option: "--open")
                try fixedOptions.apply(to: &$0)
                uncertaintyOptions.apply(to: &$0)
            }
            let queries = try batch.readQueries()
            let owned = queries.map { batch.shardValue.range(of: $0.count) } ?? 0..<0
            let blocks = stride(from: owned.lowerBound, to: owned.upperBound, by: 4096).map { $0..<min($0 + 4096, owned.upperBound) }
            // Only the rows within the queries' elements are read: a first pass over the shard
            // collects them (nothing else is kept).
            var queriedElements: Set<Element> = []
            if let queries {
                for block in blocks {
                    for query in try queries.compositionQueries(at: block) { queriedElements.formUnion(query.composition.elements) }
                }
            }
            let compositions = try formulas.map { try Composition(parsing: $0) }
            let data = try dataOptions.load(
                allStable ? .wholeData : .elements(of: compositions, plus: Array(queriedElements)), under: conditions)
            // Results go out as they come (JSON, JSON Lines); a table keeps only its rows' text.
            var output = StreamedOutput<ResultWithUncertainty<StabilityWindow, MonteCarloWindowSummary>>(
                format == .json ? .jsonArray : format == .jsonl ? .jsonLines : .table)
            var rows: [[String]] = []
            var firstWindow: StabilityWindow?
            var uncertaintyTables = ""
            func add(_ window: StabilityWindow, _ spread: MonteCarloWindowSummary?) throws {
                try output.append(ResultWithUncertainty(result: window, uncertainty: spread))
                guard output.mode == .table else { return }
                if firstWindow == nil { firstWindow = window }
                rows.append(WindowCommand.tableRow(window))
                if let spread { uncertaintyTables += WindowCommand.uncertaintyTable(spread) }
            }
            func window(_ composition: Composition, _ formula: String) throws {
                try data.ask(.stabilityWindow, about: [(formula, composition)], under: conditions) { atlas in
                    let window = try atlas.stabilityWindow(
                        of: composition, formula: formula, stabilize: stabilize, uptakeTolerance: uptakeTolerance, under: conditions)
                    let spread = conditions.uncertainty == nil ? nil : try atlas.monteCarloStabilityWindow(
                        of: composition, formula: formula, stabilize: stabilize, uptakeTolerance: uptakeTolerance, under: conditions)
                    try add(window, spread)
                }
            }
            for (formula, composition) in zip(formulas, compositions) {
                try window(composition, formula)
            }
            if let queries {
                // Every line of the shard is read and checked (formula, elements in the data,
                // the conditions for it) before the first window is computed; nothing is kept.
                for block in blocks {
                    for query in try queries.compositionQueries(at: block) {
                        do {
                            _ = try data.atlas.resolve(conditions, for: .stabilityWindow, [(query.formula, query.composition)])
                            try data.refuseElementsNotInData(of: query.composition, formula: query.formula)
                        } catch {
                            throw QueryError(file: queries.file, line: query.line, underlying: error)
                        }
                    }
                }
                var progress = ProgressReporter(total: owned.count, label: "windows")
                var done = 0
                for block in blocks {
                    for query in try queries.compositionQueries(at: block) {
                        do {
                            try window(query.composition, query.formula)
                        } catch {
                            throw QueryError(file: queries.file, line: query.line, underlying: error)
                        }
                    }
                    output.flush()
                    done += block.count
                    progress.update(done: done)
                }
                progress.finish()
            }
            if allStable {
                let windows = try data.ask(.stabilityWindowsOfStablePhases, under: conditions) {
                    try $0.stabilityWindowsOfStablePhases(under: conditions)
                }
                for window in windows {
                    let spread = conditions.uncertainty == nil ? nil : try data.atlas.monteCarloStabilityWindow(
                        of: try Composition(parsing: window.formula), formula: window.formula, stabilize: stabilize,
                        uptakeTolerance: uptakeTolerance, under: conditions)
                    try add(window, spread)
                }
            }
            output.finish(table: WindowCommand.table(rows: rows, first: firstWindow) + uncertaintyTables)
        }
    }

    static func uncertaintyTable(_ summary: MonteCarloWindowSummary) -> String {
        func row(_ name: String, _ statistics: LimitStatistics?, _ products: [ProductSetFrequency]) -> [String] {
            guard let statistics else { return [name, "-", "-", "-", "-", "never (\(summary.samples) samples)"] }
            let unit = statistics
            return [name, NumberFormat.fixed(unit.mean, decimals: 3), NumberFormat.fixed(unit.standardDeviation, decimals: 3),
                    NumberFormat.fixed(unit.p05, decimals: 3), NumberFormat.fixed(unit.p95, decimals: 3),
                    products.prefix(3).map { "\(OutputWriting.productSet($0.products)) \(NumberFormat.fixed($0.frequency * 100, decimals: 1))%" }
                        .joined(separator: "; ")]
        }
        let metal = summary.openElement.workingIonCharge != nil
        let names = summary.openElement.exchangeLimitNames
        let empty = summary.emptySamples > 0 ? " (\(summary.emptySamples) with an empty window, left out below)" : ""
        return "\(summary.formula): \(summary.samples) samples, seed \(summary.seed)\(empty)\n" + OutputWriting.table(
            header: ["limit", "mean", "std", "p05", "p95", "products (frequency)"],
            rows: [row(names.upper, metal ? summary.reductionLimitVoltage : summary.reductionLimitChemicalPotential, summary.reductionProducts),
                   row(names.lower, metal ? summary.oxidationLimitVoltage : summary.oxidationLimitChemicalPotential, summary.oxidationProducts)])
    }

    /// The table of `windows`.
    static func table(_ windows: [StabilityWindow]) -> String {
        table(rows: windows.map(tableRow), first: windows.first)
    }

    /// One window's row of the table.
    static func tableRow(_ window: StabilityWindow) -> [String] {
        let metal = window.openElement.workingIonCharge != nil
        func limit(_ voltage: Double?, _ mu: Double?) -> String {
            if metal { return voltage.map { NumberFormat.fixed($0, decimals: 3) } ?? "never" }
            return mu.map { NumberFormat.fixed($0, decimals: 3) } ?? "never"
        }
        func products(_ list: [PhaseAmount]) -> String {
            list.isEmpty ? "-" : list.map(\.formula).joined(separator: " + ")
        }
        return [window.formula,
                window.energyAboveHull.map { NumberFormat.fixed($0, decimals: 4) } ?? "absent",
                limit(window.reductionLimitVoltage, window.reductionLimitChemicalPotential),
                limit(window.oxidationLimitVoltage, window.oxidationLimitChemicalPotential),
                products(window.reductionProducts),
                products(window.oxidationProducts),
                window.unusualNote]
    }

    /// The table of windows' `rows` (``tableRow(_:)``); `first`, the first window, gives the
    /// open element and the fixed potentials (the same for every row).
    static func table(rows: [[String]], first: StabilityWindow?) -> String {
        let metal = first.map { $0.openElement.workingIonCharge != nil } ?? true
        let unit = metal ? "V" : "eV"
        let element = first?.openElement ?? Element.all[2]  // Li when there is no window
        let names = element.exchangeLimitNames
        let meaning = metal ? element.voltageMeaning : element.uptakeMeaning
        let axis = (element.workingIonCouple.map { "V vs \($0)" } ?? "μ\(element.symbol) − μ⁰ (eV)") + (meaning.map { "; \($0)" } ?? "")
        return OutputWriting.table(
            header: ["formula", "E_hull (eV/atom)", "\(names.upper) (\(unit))", "\(names.lower) (\(unit))", "\(names.upper) products",
                     "\(names.lower) products", "note"],
            rows: rows) + "limits in \(axis); E_hull: eV per atom of the compound above the data's hull (0 on it; absent: not in the data)\n"
            + (fixedPotentialsLine(first?.fixedChemicalPotentials ?? [:]).map { $0 + "\n" } ?? "")
    }
}
