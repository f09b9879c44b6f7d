import ArgumentParser
import Foundation
import Interphase

/// `interphase react`: the interface reaction between two compositions.
struct ReactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "react",
        abstract: "Interface reaction between two compositions: reaction energy along their tie line, every kink.",
        discussion: """
            Richards et al. 2016, as pymatgen's InterfacialReactivity(norm=True, use_hull_energy=True): \
            A and B are each normalised to one atom; x = atom fraction of A in the mixture; \
            energy_per_atom = hull energy of the mixture minus the atom-weighted hull energies of A and \
            B (eV per atom of mixture; with --open, the grand-potential change per atom of the closed \
            elements). Kinks are exact facet crossings, both ends included, ordered by x. JSON: an \
            object with reactant_a, reactant_b, open_element, voltage, mu, kinks ({x, energy_per_atom, \
            reaction, products: [{id, formula, amount = formula units in the reaction as written}], \
            open_element_uptake}), most_exothermic (one of the kinks), constraints, fixed_chemical_potentials \
            (--fix: further elements open at fixed μ, eV relative to the reference; {} when none) and \
            include_no_mixing_energy. With --open, each reactant is first taken at its own equilibrium at that \
            potential (pymatgen's GrandPotentialInterfacialReactivity(include_no_mixing_energy=False)), so \
            ΔΦ counts only what mixing adds; --include-no-mixing measures ΔΦ from each reactant's own grand \
            potential instead (include_no_mixing_energy=True, Richards et al.'s reference): the ends x = 0 and \
            x = 1 then carry each reactant's own reaction with the reservoir (its no-mixing energy, ≤ 0).
            """)

    @Argument(help: "Reactant A (x = 1), e.g. Li.")
    var reactantA: String

    @Argument(help: "Reactant B (x = 0), e.g. Li2PO2N.")
    var reactantB: String

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var openOptions: OpenElementOptions
    @OptionGroup var fixedOptions: FixedPotentialOptions

    @Flag(name: .customLong("include-no-mixing"),
          help: "With --open or --fix: measure ΔΦ from each reactant's own grand potential, so that it includes what each reactant does alone with the reservoir.")
    var includeNoMixing = false

    @OptionGroup var output: ReactionOutputOptions

    func run() throws {
        try reportingErrors(reading: dataOptions) {
            let conditions = try dataOptions.conditions {
                try openOptions.apply(to: &$0)
                try fixedOptions.apply(to: &$0)
            }
            let a = try Composition(parsing: reactantA), b = try Composition(parsing: reactantB)
            let data = try dataOptions.load(.elements(of: [a, b]), under: conditions)
            let reaction = try data.ask(.interfaceReaction, about: [(reactantA, a), (reactantB, b)], under: conditions) {
                try $0.interfaceReaction(
                    a, b, formulaA: reactantA, formulaB: reactantB, includeNoMixingEnergy: includeNoMixing, under: conditions)
            }
            try output.writeFigure { try InterfaceReactionFigure(reaction).svg() }
            if output.format == .json {
                print(try OutputWriting.json(reaction), terminator: "")
                return
            }
            let open = try reaction.openElement.map { element in try OpenElement(element, chemicalPotential: reaction.chemicalPotential ?? 0) }
            print("\(reaction.reactantA) | \(reaction.reactantB)" + (open.map { ", open element: \($0)" } ?? ""))
            if let line = fixedPotentialsLine(reaction.fixedChemicalPotentials) { print(line) }
            let rows = reaction.kinks.map { kink in
                [NumberFormat.fixed(kink.x, decimals: 4), NumberFormat.fixed(kink.energyPerAtom, decimals: 4),
                 kink.products.map(\.formula).joined(separator: " + "), kink.reaction,
                 kink == reaction.mostExothermic ? "most exothermic" : ""]
            }
            let energyHeader = open == nil && reaction.fixedChemicalPotentials.isEmpty ? "ΔE (eV/atom)" : "ΔΦ (eV/closed atom)"
            print(OutputWriting.table(header: ["x", energyHeader, "products", "reaction", "note"], rows: rows), terminator: "")
            print("x = atom fraction of \(reaction.reactantA) in x·\(reaction.reactantA) + (1−x)·\(reaction.reactantB)")
            print(reaction.energyLegend)
            if reaction.includesNoMixingEnergy {
                print("ΔΦ from each reactant's own grand potential (no-mixing energies included: the ends are each reactant alone)")
            }
        }
    }
}
