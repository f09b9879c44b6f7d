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
        try reportingErrors {
            let open = try openOptions.openElement()
            let fixed = try fixedOptions.fixed()
            let data = try dataOptions.load()
            let openElements = open.map { [$0] } ?? []
            var results: [GrandCanonicalDecomposition] = []
            for formula in formulas {
                let composition = try Composition(parsing: formula)
                results.append(try data.ask(about: [composition], open: openElements.map(\.element), fixed: fixed) {
                    try $0.decompose(composition, formula: formula, openElements: openElements, fixed: fixed)
                })
            }
            var spreads: [DecompositionUncertainty?] = Array(repeating: nil, count: results.count)
            if let policy = uncertaintyOptions.policy, let samples = uncertaintyOptions.samples {
                for (index, formula) in formulas.enumerated() {
                    let composition = try Composition(parsing: formula)
                    let dataset = try data.constrainedDataset(
                        for: Set(composition.elements).union(openElements.map(\.element)).union(fixed.map(\.element)))
                    let sigmas = try EnergyUncertainty.sigmas(of: dataset, policy: policy)
                    spreads[index] = try MonteCarloDecomposition.run(
                        entries: dataset.allEntries, sigmas: sigmas, composition: composition,
                        formula: formula, openElements: openElements + fixed, samples: samples, seed: uncertaintyOptions.seed)
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
                 result.products.map { "\(OutputWriting.number($0.amount, decimals: 4)) \($0.formula)" }.joined(separator: " + "),
                 result.openElement == nil ? "-" : OutputWriting.number(result.openElementUptake),
                 OutputWriting.number(result.reactionEnergyPerAtom),
                 OutputWriting.number(result.grandPotentialChangePerAtom),
                 result.reaction]
            }
            if let open {
                print("open element: \(open)")
            }
            if let line = fixedPotentialsLine(results.first?.fixedChemicalPotentials ?? [:]) { print(line) }
            print(OutputWriting.table(
                header: ["formula", "products (per formula unit)", "uptake", "ΔE_rxn (eV/atom)", "ΔΦ (eV/atom)", "reaction"],
                rows: rows), terminator: "")
            for line in GrandCanonicalDecomposition.energyLegend { print(line) }
            for spread in spreads.compactMap({ $0 }) {
                print("\(spread.formula): \(spread.samples) samples, seed \(spread.seed): uptake \(OutputWriting.number(spread.openElementUptake.mean)) ± \(OutputWriting.number(spread.openElementUptake.standardDeviation)); "
                    + spread.products.prefix(4).map { "\(OutputWriting.productSet($0.products)) \(OutputWriting.number($0.frequency * 100, decimals: 1))%" }.joined(separator: "; "))
            }
        }
    }
}
