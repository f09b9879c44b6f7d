import ArgumentParser
import Foundation
import Interphase

/// `interphase sweep`: the voltage profile of one composition as a table.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "The exact voltage profile of a composition: every step, its products and uptake.",
        discussion: """
            Steps run from 0 V (the pure open element) upward. uptake > 0: atoms of the open \
            element taken up per formula unit. Each step is labelled by its whole voltage range.
            """)

    @Argument(help: "A formula (e.g. Li2PO2N).")
    var formula: String

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var fixedOptions: FixedPotentialOptions

    @Option(help: "The open element.")
    var open: String = "Li"

    @Option(name: .customLong("from"), parsing: .unconditional, help: ArgumentHelp("Lowest voltage to show (V).", valueName: "V"), transform: decimalArgument)
    var fromVoltage: Double?

    @Option(name: .customLong("to"), parsing: .unconditional, help: ArgumentHelp("Highest voltage to show (V).", valueName: "V"), transform: decimalArgument)
    var toVoltage: Double?

    @Option(help: "Output format.")
    var format: Format = .table

    /// The output formats of `sweep`: exactly what `--format` accepts and its help lists.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json, csv
    }

    func validate() throws {
        for (name, value) in [("--from", fromVoltage), ("--to", toVoltage)] {
            if let value, !value.isFinite { throw ValidationError("\(name) must be a finite number") }
        }
        if let fromVoltage, let toVoltage, fromVoltage > toVoltage { throw ValidationError("--from must not exceed --to") }
    }

    func run() throws {
        try reportingErrors {
            let element = try parseElement(open, option: "--open")
            let composition = try Composition(parsing: formula)
            let fixed = try fixedOptions.fixed()
            let profile = try dataOptions.load().ask(about: [composition], open: [element], fixed: fixed) {
                try $0.voltageProfile(of: composition, formula: formula, openElement: element, fixed: fixed)
            }
            let steps = profile.steps.filter { step in
                let low = step.voltageLow ?? 0, high = step.voltageHigh ?? .infinity
                return high >= (fromVoltage ?? -.infinity) && low <= (toVoltage ?? .infinity)
            }
            switch format {
            case .json:
                print(try OutputWriting.json(VoltageProfile(
                    formula: profile.formula, openElement: element, steps: steps,
                    fixedChemicalPotentials: profile.fixedChemicalPotentials)), terminator: "")
            case .csv:
                print(OutputWriting.csv(
                    header: ["voltage_low", "voltage_high", "mu_low", "mu_high", "open_element_uptake", "products", "reaction", "reaction_energy_per_atom"],
                    rows: steps.map { step in
                        [step.voltageLow.map { "\($0)" } ?? "", step.voltageHigh.map { "\($0)" } ?? "",
                         step.chemicalPotentialLow.map { "\($0)" } ?? "", "\(step.chemicalPotentialHigh)",
                         "\(step.openElementUptake)", step.products.map { "\($0.formula):\($0.amount)" }.joined(separator: " "),
                         step.reaction, "\(step.reactionEnergyPerAtom)"]
                    }), terminator: "")
            case .table:
                let metal = element.workingIonCharge != nil
                print("\(profile.formula) against \(element.symbol)" + (metal ? " (V vs \(element.symbol)/\(element.symbol)+)" : " (μ − μ⁰ in eV)"))
                if let line = fixedPotentialsLine(profile.fixedChemicalPotentials) { print(line) }
                print(OutputWriting.table(
                    header: metal ? ["from (V)", "to (V)", "uptake", "products", "ΔE_rxn (eV/atom)"] : ["μ high (eV)", "μ low (eV)", "uptake", "products", "ΔE_rxn (eV/atom)"],
                    rows: steps.map { step in
                        let low = metal ? step.voltageLow.map { OutputWriting.number($0, decimals: 3) } ?? "-"
                            : OutputWriting.number(step.chemicalPotentialHigh, decimals: 3)
                        let high = metal ? step.voltageHigh.map { OutputWriting.number($0, decimals: 3) } ?? "∞"
                            : step.chemicalPotentialLow.map { OutputWriting.number($0, decimals: 3) } ?? "-∞"
                        return [low, high, OutputWriting.number(step.openElementUptake, decimals: 3),
                                step.products.map { "\(OutputWriting.number($0.amount, decimals: 3)) \($0.formula)" }.joined(separator: " + "),
                                OutputWriting.number(step.reactionEnergyPerAtom)]
                    }), terminator: "")
                print(ProfileStep.reactionEnergyLegend)
            }
        }
    }
}
