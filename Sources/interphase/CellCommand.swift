import ArgumentParser
import Foundation
import Interphase

/// `interphase cell`: a whole cell, anode | electrolyte | coatings | cathode, or a screen of
/// electrolytes or of coatings.
struct CellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cell",
        abstract: "A whole cell: the electrolyte's window and its reactions with both electrodes (and coatings); or a screen of candidates.",
        discussion: """
            Voltages are V vs the working-ion metal (Li). The anode is an element or a compound of \
            the data (a metal anode is at 0 V; a compound anode needs --anode-voltage). Each side: \
            the electrolyte alone at the electrode's voltage (decomposition, ΔΦ per atom), its \
            interface reaction with the electrode closed (pymatgen's InterfacialReactivity(norm=True, \
            use_hull_energy=True), eV per atom of mixture) and with Li open at the electrode's voltage \
            (GrandPotentialInterfacialReactivity(norm=True, include_no_mixing_energy=False, \
            use_hull_energy=True), eV per closed atom), x = atom fraction of the electrode; against a \
            metal anode, the interphase layers. The verdict: where each voltage lies against the \
            window, how strongly the electrolyte decomposes by itself there (ΔΦ per atom of \
            electrolyte) and, apart from that, how strongly the electrode reacts with it beyond \
            (the open ΔΦ per closed atom; nothing for a metal anode): none, weak > −0.05, moderate \
            > −0.2, strong eV/atom; each compared only with its own kind. JSON: one object with anode, electrolyte, cathode, \
            working_ion, anode_voltage, cathode_voltage, window, anode_side and cathode_side \
            ({electrode, voltage, window_position, window_margin_V, decomposition, closed, open, \
            layers, reaction_energy, reactivity, decomposition_energy, decomposition_reactivity, \
            electrode_reaction_energy, electrode_reactivity, and the two energies' normalisations}), verdict.

            Coatings: --coating C (repeatable, from the cathode outwards) puts C between the cathode and \
            the electrolyte: cathode | C1 | C2 … | electrolyte | anode. Every coating interface sits at the \
            cathode's voltage. Each interface (cathode|coating, coating|coating, coating|electrolyte) is \
            reported as a side is: the outer layer alone at the cathode's voltage against its own window \
            (so the electrolyte's own decomposition at the cathode's potential is at coating|electrolyte), \
            and the inner layer's reactions with it, closed and with Li open, exactly as `interphase react \
            INNER OUTER [--open Li --voltage V]` prints them. JSON adds coatings, coating_windows and \
            cathode_interfaces (each with its `interface` label); cathode_side is then coating|electrolyte.

            A screen: --input FILE.jsonl (one {"formula": ...} per line) or --candidates Li,P,O,N \
            (every stable compound of those elements in the data) replaces --electrolyte; each \
            candidate is ranked as Xiao et al. (Joule 2019) screen coatings: criteria met (window \
            covers the anode's voltage, the cathode's, each electrode reacts at most weakly beyond \
            the candidate's own decomposition), then the less negative worst own decomposition, \
            then the less negative worst electrode reaction. With --electrolyte as well, the candidates are \
            coatings between the cathode and that electrolyte, ranked as Xiao et al. (Joule 3, 1252 (2019)) \
            screen them, by three criteria: the coating's window contains the cathode's voltage; the cathode \
            and the electrolyte each react with it at most weakly (ΔΦ with Li open at the cathode's voltage, \
            beyond each one's own decomposition); then the less negative ΔΦ of the coating alone at the \
            cathode's voltage, then the worse of its two reactions (the closed ΔE of both are reported). \
            --format jsonl writes one row per candidate in input order (so that --shard I/N outputs \
            concatenate); table and json are ranked.
            """)

    @Option(help: "The anode: an element or a compound of the data.")
    var anode: String = "Li"

    @Option(help: "The electrolyte (e.g. Li2PO2N); with --candidates or --input, the electrolyte the screened coatings face.")
    var electrolyte: String?

    @Option(name: .customLong("coating"), help: ArgumentHelp(
        "A coating on the cathode, between it and the electrolyte (repeatable: from the cathode outwards), e.g. LiNbO3.",
        valueName: "formula"))
    var coatings: [String] = []

    @Option(help: "The cathode (e.g. LiNi0.5Mn1.5O4).")
    var cathode: String

    @Option(parsing: .unconditional, help: ArgumentHelp("The cathode's voltage vs the working-ion metal.", valueName: "V"))
    var cathodeVoltage: String

    @Option(parsing: .unconditional, help: ArgumentHelp("The anode's voltage vs the working-ion metal; only for a compound anode (a metal anode is at 0 V).", valueName: "V"))
    var anodeVoltage: String?

    @Flag(help: "Put the electrolyte onto the hull before taking its window (Zhu et al.'s convention).")
    var stabilize = false

    @Option(help: ArgumentHelp("Screen every stable compound of these elements in the data, comma-separated (e.g. Li,P,O,N).", valueName: "elements"))
    var candidates: String?

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var fixedOptions: FixedPotentialOptions
    @OptionGroup var batch: BatchOptions

    @Option(help: "Output format.")
    var format: Format = .table

    /// The output formats of `cell`: exactly what `--format` accepts and its help lists.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json, jsonl
    }

    func validate() throws {
        let screens = [batch.input != nil, candidates != nil].filter { $0 }.count
        if screens > 1 || (screens == 0 && electrolyte == nil) {
            throw ValidationError("give --electrolyte, --input FILE.jsonl or --candidates ELEMENTS (one screen at a time; with --electrolyte, a screen ranks coatings)")
        }
        if screens == 1 && !coatings.isEmpty {
            throw ValidationError("--coating is for one cell: a screen's candidates are the coatings (give --electrolyte with --candidates or --input)")
        }
        if batch.shard != nil && candidates != nil { throw ValidationError("--shard needs --input") }
        if format == .jsonl && screens == 0 { throw ValidationError("--format jsonl is for a screen (--input or --candidates)") }
    }

    func run() throws {
        try reportingErrors(reading: dataOptions) {
            let cathodeVolts = try parseNumber(cathodeVoltage, option: "--cathode-voltage")
            let anodeVolts = try anodeVoltage.map { try parseNumber($0, option: "--anode-voltage") }
            let conditions = try dataOptions.conditions { try fixedOptions.apply(to: &$0) }
            let electrodes = [anode, cathode].compactMap { try? Composition(parsing: $0) }
            if let electrolyte, batch.input == nil, candidates == nil {
                let layers = ([electrolyte] + coatings).compactMap { formula in (try? Composition(parsing: formula)).map { (formula, $0) } }
                let data = try dataOptions.load(
                    .elements(of: electrodes + layers.map(\.1), plus: [Self.defaultWorkingIon]), under: conditions)
                let report = try data.ask(.cell, about: layers, alsoInvolving: electrodes, under: conditions) {
                    try $0.cell(
                        anode: anode, electrolyte: electrolyte, cathode: cathode, coatings: coatings, cathodeVoltage: cathodeVolts,
                        anodeVoltage: anodeVolts, stabilizeElectrolyte: stabilize, under: conditions)
                }
                print(format == .json ? try OutputWriting.json(report) : Self.table(report), terminator: "")
                return
            }
            // A coating screen reads the electrolyte's elements with the electrodes'.
            let fixedLayers = electrodes + (electrolyte.flatMap { try? Composition(parsing: $0) }.map { [$0] } ?? [])
            try screen(electrodes: fixedLayers, conditions: conditions, cathodeVolts: cathodeVolts, anodeVolts: anodeVolts)
        }
    }

    /// The working ion when neither electrode is a metal (the library's default): its entries are
    /// read with the cell's.
    private static let defaultWorkingIon = Element(symbol: "Li")!

    /// The screen of `--input` or `--candidates`.
    private func screen(electrodes: [Composition], conditions: Conditions, cathodeVolts: Double, anodeVolts: Double?) throws {
        var formulas: [String]
        let data: LoadedData
        if let candidates {
            let elements = try candidates.split(separator: ",", omittingEmptySubsequences: false).map {
                try parseElement(String($0), option: "--candidates")
            }
            data = try dataOptions.load(.elements(of: electrodes, plus: elements + [Self.defaultWorkingIon]), under: conditions)
            formulas = try data.ask(.entryStability, under: Conditions(constraints: conditions.constraints)) {
                try $0.stableCompounds(within: Set(elements), under: Conditions(constraints: conditions.constraints))
            }
        } else {
            let lines = try batch.readQueries()!
            let queries = try lines.compositionQueries(at: batch.shardValue.range(of: lines.count))
            formulas = queries.map(\.formula)
            data = try dataOptions.load(
                .elements(of: electrodes + queries.map(\.composition), plus: [Self.defaultWorkingIon]), under: conditions)
        }
        var progress = ProgressReporter(total: formulas.count, label: "cells")
        var rows: [CellScreenRow] = []
        // Blocks of candidates, so that long screens report progress.
        let block = 64
        for start in stride(from: 0, to: formulas.count, by: block) {
            rows += try data.atlas.screen(
                candidates: Array(formulas[start..<min(start + block, formulas.count)]), anode: anode, cathode: cathode,
                electrolyte: electrolyte, cathodeVoltage: cathodeVolts, anodeVoltage: anodeVolts, under: conditions)
            progress.update(done: rows.count)
        }
        progress.finish()
        switch format {
        case .jsonl: print(try OutputWriting.jsonLines(rows), terminator: "")
        case .json: print(try OutputWriting.json(CellScreenRow.ranked(rows)), terminator: "")
        case .table:
            let ranked = CellScreenRow.ranked(rows)
            print(electrolyte == nil ? Self.screenTable(ranked) : Self.coatingScreenTable(ranked), terminator: "")
        }
    }

    static func table(_ report: CellReport) -> String {
        let ion = report.workingIon
        let couple = ion.workingIonCouple ?? ion.symbol
        func volts(_ value: Double?) -> String { value.map { NumberFormat.fixed($0, decimals: 2) } ?? "never" }
        let stack = ([report.anode, report.electrolyte] + report.coatings.reversed() + [report.cathode]).joined(separator: " | ")
        var text = "\(stack): anode at \(volts(report.anodeVoltage)) V, cathode at \(volts(report.cathodeVoltage)) V vs \(couple)"
            + (ion.voltageMeaning.map { " (\($0))" } ?? "") + "\n"
        text += "window of \(report.electrolyte): \(report.window.voltageRangeText ?? "-")\n"
        for window in report.coatingWindows {
            text += "window of coating \(window.formula): \(window.voltageRangeText ?? "-")\n"
        }
        text += "\n"
        func products(_ list: [PhaseAmount]) -> String { list.isEmpty ? "-" : list.map(\.formula).joined(separator: " + ") }
        var rows: [[String]] = []
        for side in [report.anodeSide] + report.cathodeInterfaces {
            let name = side.label
            rows.append([name, "\(side.decomposition.formula) alone at \(volts(side.voltage)) V (\(side.windowPosition.rawValue))",
                         "ΔΦ", NumberFormat.fixed(side.decompositionEnergy, decimals: 4), products(side.decomposition.products)])
            rows.append([name, "with \(side.electrode), closed", side.closed.energySymbol,
                         NumberFormat.fixed(side.closed.mostExothermic.energyPerAtom, decimals: 4), side.closed.mostExothermic.reaction])
            if let open = side.open {
                rows.append([name, "with \(side.electrode), \(ion) open at \(volts(side.voltage)) V", open.energySymbol,
                             NumberFormat.fixed(open.mostExothermic.energyPerAtom, decimals: 4), open.mostExothermic.reaction])
            }
        }
        text += OutputWriting.table(
            header: ["interface", "reaction (most exothermic)", "energy", "(eV/atom)", "products or reaction"], rows: rows)
        text += CellReport.energyLegend.map { $0 + "\n" }.joined()
        if !report.coatings.isEmpty {
            text += "each interface A|B: B alone at the voltage against B's own window; A's reactions with B, A = reactant A as in `interphase react A B`\n"
        }
        if let layers = report.anodeSide.layers {
            text += "\nlayers from \(report.anode) to \(report.electrolyte): "
                + layers.layers.map { $0.phases.map(\.formula).joined(separator: " + ") }.joined(separator: " | ") + "\n"
        }
        text += "\n\(report.verdict)\n"
        return text
    }

    static func screenTable(_ rows: [CellScreenRow]) -> String {
        func value(_ number: Double?, _ decimals: Int = 3) -> String { number.map { NumberFormat.fixed($0, decimals: decimals) } ?? "-" }
        let table = rows.enumerated().map { rank, row in
            [String(rank + 1), row.candidate, value(row.reductionLimitVoltage, 2), row.error == nil ? (row.oxidationLimitVoltage.map { NumberFormat.fixed($0, decimals: 2) } ?? "never") : "-",
             value(row.anodeDecompositionEnergy), value(row.cathodeDecompositionEnergy),
             value(row.anodeElectrodeReactionEnergy), value(row.cathodeElectrodeReactionEnergy), "\(row.criteriaMet)/4", row.error ?? ""]
        }
        return OutputWriting.table(
            header: ["rank", "candidate", "reduction V", "oxidation V", "alone at anode ΔΦ", "alone at cathode ΔΦ",
                     "with anode ΔΦ", "with cathode ΔΦ", "criteria", "error"], rows: table)
            + CellScreenRow.energyLegend.map { $0 + "\n" }.joined()
    }

    static func coatingScreenTable(_ rows: [CellScreenRow]) -> String {
        func value(_ number: Double?, _ decimals: Int = 3) -> String { number.map { NumberFormat.fixed($0, decimals: decimals) } ?? "-" }
        let table = rows.enumerated().map { rank, row in
            [String(rank + 1), row.candidate, value(row.reductionLimitVoltage, 2),
             row.error == nil ? (row.oxidationLimitVoltage.map { NumberFormat.fixed($0, decimals: 2) } ?? "never") : "-",
             value(row.cathodeDecompositionEnergy), value(row.cathodeElectrodeReactionEnergy), value(row.electrolyteReactionEnergy),
             value(row.cathodeClosedReactionEnergy), value(row.electrolyteClosedReactionEnergy),
             "\(row.criteriaMet)/\(row.criteriaCount)", row.error ?? ""]
        }
        return OutputWriting.table(
            header: ["rank", "coating", "reduction V", "oxidation V", "alone at cathode ΔΦ", "with cathode ΔΦ", "with electrolyte ΔΦ",
                     "with cathode closed ΔE", "with electrolyte closed ΔE", "criteria", "error"], rows: table)
            + CellScreenRow.energyLegend(role: .coating).map { $0 + "\n" }.joined()
    }
}
