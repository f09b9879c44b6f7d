import ArgumentParser
import Foundation
import Interphase

/// `interphase cell`: a whole cell, anode | electrolyte | cathode, or a screen of electrolytes.
struct CellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cell",
        abstract: "A whole cell: the electrolyte's window and its reactions with both electrodes; or a screen of candidates.",
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

            A screen: --input FILE.jsonl (one {"formula": ...} per line) or --candidates Li,P,O,N \
            (every stable compound of those elements in the data) replaces --electrolyte; each \
            candidate is ranked as Xiao et al. (Joule 2019) screen coatings: criteria met (window \
            covers the anode's voltage, the cathode's, each electrode reacts at most weakly beyond \
            the candidate's own decomposition), then the less negative worst own decomposition, \
            then the less negative worst electrode reaction. --format jsonl writes one row per candidate in \
            input order (so that --shard I/N outputs concatenate); table and json are ranked.
            """)

    @Option(help: "The anode: an element or a compound of the data.")
    var anode: String = "Li"

    @Option(help: "The electrolyte or coating (e.g. Li2PO2N).")
    var electrolyte: String?

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
        let sources = [electrolyte != nil, batch.input != nil, candidates != nil].filter { $0 }.count
        if sources != 1 { throw ValidationError("give exactly one of --electrolyte, --input FILE.jsonl or --candidates ELEMENTS") }
        if batch.shard != nil && candidates != nil { throw ValidationError("--shard needs --input") }
        if format == .jsonl && electrolyte != nil { throw ValidationError("--format jsonl is for a screen (--input or --candidates)") }
    }

    func run() throws {
        try reportingErrors(reading: dataOptions) {
            let cathodeVolts = try parseNumber(cathodeVoltage, option: "--cathode-voltage")
            let anodeVolts = try anodeVoltage.map { try parseNumber($0, option: "--anode-voltage") }
            let conditions = try dataOptions.conditions { try fixedOptions.apply(to: &$0) }
            let electrodes = [anode, cathode].compactMap { try? Composition(parsing: $0) }
            if let electrolyte {
                let electrolyteComposition = try? Composition(parsing: electrolyte)
                let data = try dataOptions.load(
                    .elements(of: electrodes + [electrolyteComposition].compactMap { $0 }, plus: [Self.defaultWorkingIon]), under: conditions)
                let report = try data.ask(
                    .cell, about: electrolyteComposition.map { [(electrolyte, $0)] } ?? [], alsoInvolving: electrodes, under: conditions
                ) {
                    try $0.cell(
                        anode: anode, electrolyte: electrolyte, cathode: cathode, cathodeVoltage: cathodeVolts,
                        anodeVoltage: anodeVolts, stabilizeElectrolyte: stabilize, under: conditions)
                }
                print(format == .json ? try OutputWriting.json(report) : Self.table(report), terminator: "")
                return
            }
            try screen(electrodes: electrodes, conditions: conditions, cathodeVolts: cathodeVolts, anodeVolts: anodeVolts)
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
            let input = try batch.readInput()!
            var queries = try JSONLines.compositionQueries(input.data, file: input.name)
            queries = Array(queries[batch.shardValue.range(of: queries.count)])
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
                cathodeVoltage: cathodeVolts, anodeVoltage: anodeVolts, under: conditions)
            progress.update(done: rows.count)
        }
        progress.finish()
        switch format {
        case .jsonl: print(try OutputWriting.jsonLines(rows), terminator: "")
        case .json: print(try OutputWriting.json(CellScreenRow.ranked(rows)), terminator: "")
        case .table: print(Self.screenTable(CellScreenRow.ranked(rows)), terminator: "")
        }
    }

    static func table(_ report: CellReport) -> String {
        let ion = report.workingIon.symbol
        func volts(_ value: Double?) -> String { value.map { NumberFormat.fixed($0, decimals: 2) } ?? "never" }
        var text = "\(report.anode) | \(report.electrolyte) | \(report.cathode): anode at \(volts(report.anodeVoltage)) V, cathode at \(volts(report.cathodeVoltage)) V vs \(ion)/\(ion)+\n"
        text += "window of \(report.electrolyte): \(volts(report.window.reductionLimitVoltage))–\(volts(report.window.oxidationLimitVoltage)) V\n\n"
        func products(_ list: [PhaseAmount]) -> String { list.isEmpty ? "-" : list.map(\.formula).joined(separator: " + ") }
        var rows: [[String]] = []
        for (name, side) in [("anode", report.anodeSide), ("cathode", report.cathodeSide)] {
            rows.append([name, "\(report.electrolyte) alone at \(volts(side.voltage)) V (\(side.windowPosition.rawValue))",
                         "ΔΦ", NumberFormat.fixed(side.decompositionEnergy, decimals: 4), products(side.decomposition.products)])
            rows.append([name, "with \(side.electrode), closed", side.closed.energySymbol,
                         NumberFormat.fixed(side.closed.mostExothermic.energyPerAtom, decimals: 4), side.closed.mostExothermic.reaction])
            if let open = side.open {
                rows.append([name, "with \(side.electrode), \(ion) open at \(volts(side.voltage)) V", open.energySymbol,
                             NumberFormat.fixed(open.mostExothermic.energyPerAtom, decimals: 4), open.mostExothermic.reaction])
            }
        }
        text += OutputWriting.table(
            header: ["side", "reaction (most exothermic)", "energy", "(eV/atom)", "products or reaction"], rows: rows)
        text += CellReport.energyLegend.map { $0 + "\n" }.joined()
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
}
