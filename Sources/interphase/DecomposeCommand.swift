import ArgumentParser
import Foundation
import Interphase

/// `interphase decompose`: equilibrium products at fixed chemical potentials (GLPK).
struct DecomposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decompose",
        abstract: "What compositions become, alone or in contact with a reservoir of one open element.",
        discussion: """
            Solves the grand-canonical linear program with GLPK. Amounts are per formula unit of \
            each input as written; products are counted in units of their reduced formula. \
            open_element_uptake > 0: the open element is taken up. reaction_energy_per_atom: eV per \
            atom of the reactants with the open element at its reference; \
            grand_potential_change_per_atom: eV per atom of the input at the given potential (≤ 0). \
            --fix X=μ (repeatable) opens further elements at fixed chemical potentials (eV relative \
            to the data's reference): the products are those of pymatgen's \
            GrandPotentialPhaseDiagram with every open and fixed element open; phases made only of \
            them drop out (noted on standard error). JSON echoes fixed_chemical_potentials.
            """)

    @Argument(help: "One or more formulas (e.g. Li2PO2N Li3PO4).")
    var formulas: [String]

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var openOptions: OpenElementOptions
    @OptionGroup var fixedOptions: FixedPotentialOptions

    @Option(help: "Output format.")
    var format: Format = .table

    /// The output formats of `decompose`: exactly what `--format` accepts and its help lists.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json, jsonl
    }

    @OptionGroup var uncertaintyOptions: UncertaintyOptions

    func run() throws {
        try reportingErrors(reading: dataOptions) {
            let conditions = try dataOptions.conditions {
                try openOptions.apply(to: &$0)
                try fixedOptions.apply(to: &$0)
                uncertaintyOptions.apply(to: &$0)
            }
            let compositions = try formulas.map { try Composition(parsing: $0) }
            let data = try dataOptions.load(.elements(of: compositions), under: conditions)
            var results: [GrandCanonicalDecomposition] = []
            var spreads: [DecompositionUncertainty?] = []
            for (formula, composition) in zip(formulas, compositions) {
                try data.ask(.decomposition, about: [(formula, composition)], under: conditions) { atlas in
                    results.append(try atlas.decompose(composition, formula: formula, under: conditions))
                    spreads.append(conditions.uncertainty == nil ? nil : try atlas.monteCarloDecomposition(
                        of: composition, formula: formula, under: conditions))
                }
            }
            if format == .json {
                print(try OutputWriting.json(zip(results, spreads).map { ResultWithUncertainty(result: $0, uncertainty: $1) }),
                      terminator: "")
                return
            }
            if format == .jsonl {
                print(try OutputWriting.jsonLines(zip(results, spreads).map { ResultWithUncertainty(result: $0, uncertainty: $1) }),
                      terminator: "")
                return
            }
            let rows = results.map { result in
                [result.formula,
                 result.products.map { "\(NumberFormat.fixed($0.amount, decimals: 4)) \($0.formula)" }.joined(separator: " + "),
                 result.openElement == nil ? "-" : NumberFormat.fixed(result.openElementUptake, decimals: 4),
                 NumberFormat.fixed(result.reactionEnergyPerAtom, decimals: 4),
                 NumberFormat.fixed(result.grandPotentialChangePerAtom, decimals: 4),
                 result.reaction]
            }
            if let open = results.first?.openElement, let potential = results.first?.chemicalPotential {
                print("open element: \(try OpenElement(open, chemicalPotential: potential))")
            }
            if let line = fixedPotentialsLine(results.first?.fixedChemicalPotentials ?? [:]) { print(line) }
            // Each energy's header names its reference: ΔE_rxn with the reservoirs' elements at
            // their references, ΔΦ at the potentials asked.
            let first = results.first
            let fixed = !(first?.fixedChemicalPotentials.isEmpty ?? true)
            let reference: String, potential: String
            switch (first?.openElement, first?.voltage, first?.chemicalPotential) {
            case (let element?, let volts?, _):
                reference = ", \(element.symbol) at 0 V"
                potential = " at \(NumberFormat.significant(volts)) V" + (fixed ? " and the fixed μ" : "")
            case (let element?, nil, let mu?):
                reference = ", \(element.symbol) at μ⁰"
                potential = " at μ\(element.symbol) − μ⁰ = \(NumberFormat.significant(mu)) eV" + (fixed ? " and the fixed μ" : "")
            default:
                reference = fixed ? ", elements at μ⁰" : ""
                potential = fixed ? " at the fixed μ" : ""
            }
            print(OutputWriting.table(
                header: ["formula", "products (per formula unit)", "uptake", "ΔE_rxn\(reference) (eV/atom)", "ΔΦ\(potential) (eV/atom)", "reaction"],
                rows: rows), terminator: "")
            for line in GrandCanonicalDecomposition.energyLegend { print(line) }
            for spread in spreads.compactMap({ $0 }) {
                print("\(spread.formula): \(spread.samples) samples, seed \(spread.seed): uptake \(NumberFormat.fixed(spread.openElementUptake.mean, decimals: 4)) ± \(NumberFormat.fixed(spread.openElementUptake.standardDeviation, decimals: 4)); "
                    + spread.products.prefix(4).map { "\(OutputWriting.productSet($0.products)) \(NumberFormat.fixed($0.frequency * 100, decimals: 1))%" }.joined(separator: "; "))
            }
        }
    }
}
