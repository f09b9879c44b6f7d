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
            element taken up per formula unit. Each step is labelled by its whole voltage range. \
            ΔE_rxn: the step's closed reaction energy, the open element at its reference (the \
            metal at 0 V), eV per atom of the reactants: > 0 for an oxidation step, which only the \
            potential drives. ΔΦ: the grand-potential change at the step's potentials, eV per atom \
            of the input, ≤ 0 for a step that happens, shown from the step's low-voltage end to its \
            high-voltage end.
            """)

    @Argument(help: "A formula (e.g. Li2PO2N).")
    var formula: String

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var fixedOptions: FixedPotentialOptions

    @Option(help: "The open element.")
    var open: String = QuestionKind.defaultOpenElement.symbol

    @Option(name: .customLong("from"), parsing: .unconditional, help: ArgumentHelp("Lowest voltage to show (V vs the open metal; metal working ions only).", valueName: "V"), transform: decimalArgument)
    var fromVoltage: Double?

    @Option(name: .customLong("to"), parsing: .unconditional, help: ArgumentHelp("Highest voltage to show (V vs the open metal; metal working ions only).", valueName: "V"), transform: decimalArgument)
    var toVoltage: Double?

    @Option(name: .customLong("mu-from"), parsing: .unconditional, help: ArgumentHelp("Lowest chemical potential to show (μ − μ⁰, eV ≤ 0; any open element).", valueName: "eV"), transform: decimalArgument)
    var fromChemicalPotential: Double?

    @Option(name: .customLong("mu-to"), parsing: .unconditional, help: ArgumentHelp("Highest chemical potential to show (μ − μ⁰, eV ≤ 0; any open element).", valueName: "eV"), transform: decimalArgument)
    var toChemicalPotential: Double?

    @Option(help: "Output format.")
    var format: Format = .table

    /// The output formats of `sweep`: exactly what `--format` accepts and its help lists.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json, csv
    }

    func validate() throws {
        if (fromVoltage != nil || toVoltage != nil) && (fromChemicalPotential != nil || toChemicalPotential != nil) {
            throw ValidationError("bound the sweep by --from/--to (V) or by --mu-from/--mu-to (eV), not both")
        }
    }

    /// The sweep range of `--from`/`--to` or `--mu-from`/`--mu-to`, or `nil`.
    private var sweepRange: SweepRange? {
        if fromVoltage != nil || toVoltage != nil { return .voltages(from: fromVoltage, to: toVoltage) }
        if fromChemicalPotential != nil || toChemicalPotential != nil {
            return .chemicalPotentials(from: fromChemicalPotential, to: toChemicalPotential)
        }
        return nil
    }

    func run() throws {
        try reportingErrors(reading: dataOptions) {
            let composition = try Composition(parsing: formula)
            let conditions = try dataOptions.conditions {
                $0.openElement = try parseElement(open, option: "--open")
                $0.sweepRange = sweepRange
                try fixedOptions.apply(to: &$0)
            }
            let data = try dataOptions.load(.elements(of: [composition]), under: conditions)
            let element = conditions.openElement!
            let profile = try data.ask(.voltageProfile, about: [(formula, composition)], under: conditions) {
                try $0.voltageProfile(of: composition, formula: formula, under: conditions)
            }
            let steps = profile.steps
            let inputAtoms = composition.numberOfAtoms
            /// ΔΦ of `step` at μ − μ⁰ = `mu`, eV per atom of the input.
            func grandPotentialChange(_ step: ProfileStep, at mu: Double) -> Double {
                step.grandPotentialChangePerAtom(
                    atChemicalPotential: mu, inputAtoms: inputAtoms, fixedChemicalPotentials: profile.fixedChemicalPotentials)
            }
            /// ΔΦ from the step's low-voltage (high-μ) end to its other end: `a … b`, `−∞` when
            /// the step runs on without limit and exchanges the open element.
            func grandPotentialChangeRange(_ step: ProfileStep) -> String {
                let start = NumberFormat.fixed(grandPotentialChange(step, at: step.chemicalPotentialHigh), decimals: 4)
                let end = step.chemicalPotentialLow.map { NumberFormat.fixed(grandPotentialChange(step, at: $0), decimals: 4) }
                    ?? (abs(step.openElementUptake) > 0 ? "-∞" : start)
                return "\(start) … \(end)"
            }
            switch format {
            case .json:
                print(try OutputWriting.json(profile), terminator: "")
            case .csv:
                print(OutputWriting.csv(
                    header: ["voltage_low", "voltage_high", "mu_low", "mu_high", "open_element_uptake", "products", "reaction", "reaction_energy_per_atom",
                             "grand_potential_change_per_atom_at_mu_high", "grand_potential_change_per_atom_at_mu_low"],
                    rows: steps.map { step in
                        [step.voltageLow.map { "\($0)" } ?? "", step.voltageHigh.map { "\($0)" } ?? "",
                         step.chemicalPotentialLow.map { "\($0)" } ?? "", "\(step.chemicalPotentialHigh)",
                         "\(step.openElementUptake)", step.products.map { "\($0.formula):\($0.amount)" }.joined(separator: " "),
                         step.reaction, "\(step.reactionEnergyPerAtom)",
                         "\(grandPotentialChange(step, at: step.chemicalPotentialHigh))",
                         step.chemicalPotentialLow.map { "\(grandPotentialChange(step, at: $0))" } ?? ""]
                    }), terminator: "")
            case .table:
                let metal = element.workingIonCharge != nil
                print("\(profile.formula) against \(element.symbol)" + (element.workingIonCouple.map { " (V vs \($0)\(element.voltageMeaning.map { "; " + $0 } ?? ""))" } ?? " (μ − μ⁰ in eV)"))
                if let line = fixedPotentialsLine(profile.fixedChemicalPotentials) { print(line) }
                let reference = metal ? "\(element.symbol) at 0 V" : "μ = μ⁰"
                print(OutputWriting.table(
                    header: (metal ? ["from (V)", "to (V)"] : ["μ high (eV)", "μ low (eV)"])
                        + ["uptake", "products", "ΔE_rxn, \(reference) (eV/atom)", "ΔΦ over the step (eV/atom)"],
                    rows: steps.map { step in
                        let low = metal ? step.voltageLow.map { NumberFormat.fixed($0, decimals: 3) } ?? "-"
                            : NumberFormat.fixed(step.chemicalPotentialHigh, decimals: 3)
                        let high = metal ? step.voltageHigh.map { NumberFormat.fixed($0, decimals: 3) } ?? "∞"
                            : step.chemicalPotentialLow.map { NumberFormat.fixed($0, decimals: 3) } ?? "-∞"
                        return [low, high, NumberFormat.fixed(step.openElementUptake, decimals: 3),
                                step.products.map { "\(NumberFormat.fixed($0.amount, decimals: 3)) \($0.formula)" }.joined(separator: " + "),
                                NumberFormat.fixed(step.reactionEnergyPerAtom, decimals: 4),
                                grandPotentialChangeRange(step)]
                    }), terminator: "")
                print(ProfileStep.reactionEnergyLegend)
                print(ProfileStep.grandPotentialChangeLegend)
            }
        }
    }
}
