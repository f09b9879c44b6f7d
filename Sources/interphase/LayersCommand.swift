import ArgumentParser
import Foundation
import Interphase

/// `interphase layers`: the equilibrium interphase between a metal and an electrolyte.
struct LayersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layers",
        abstract: "The equilibrium interphase between a metal and an electrolyte, layer by layer.",
        discussion: """
            Along x·M + (1−x)·E from x = 1 (the metal) to x = 0 (the electrolyte), each segment \
            between kinks of the interface reaction is a layer: its coexisting phases (the metal \
            included where present), its x range (atom fraction of the metal) and the metal's \
            chemical potential there (mu, eV relative to the metal; voltage = −mu/z V vs the metal). \
            JSON: an object with electrolyte, metal, layers ({x_high, x_low, phases: [{id, formula}], \
            mu, voltage}), constraints and fixed_chemical_potentials ({} when none).
            """)

    @Argument(help: "The electrolyte (e.g. Li2PO2N).")
    var electrolyte: String

    @Option(help: "The metal at the interface.")
    var metal: String = QuestionKind.defaultOpenElement.symbol

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var fixedOptions: FixedPotentialOptions

    @OptionGroup var output: ReactionOutputOptions

    func run() throws {
        try reportingErrors(reading: dataOptions) {
            let composition = try Composition(parsing: electrolyte)
            let conditions = try dataOptions.conditions {
                $0.openElement = try parseElement(metal, option: "--metal")
                try fixedOptions.apply(to: &$0)
            }
            let data = try dataOptions.load(.elements(of: [composition]), under: conditions)
            let element = conditions.openElement!
            let profile = try data.ask(.interphaseLayers, about: [(electrolyte, composition)], under: conditions) {
                try $0.interphaseProfile(of: composition, formula: electrolyte, under: conditions)
            }
            try output.writeFigure { try InterphaseLayersFigure(profiles: [profile]).svg() }
            if output.format == .json {
                print(try OutputWriting.json(profile), terminator: "")
                return
            }
            print("\(element.symbol) | \(profile.electrolyte): layers from the metal to the electrolyte")
            if let line = fixedPotentialsLine(profile.fixedChemicalPotentials) { print(line) }
            let rows = profile.layers.map { layer in
                [NumberFormat.fixed(layer.metalFractionHigh, decimals: 4), NumberFormat.fixed(layer.metalFractionLow, decimals: 4),
                 layer.voltage.map { NumberFormat.fixed($0, decimals: 3) } ?? "-",
                 NumberFormat.fixed(layer.chemicalPotential, decimals: 3),
                 layer.phases.map(\.formula).joined(separator: " + ")]
            }
            print(OutputWriting.table(header: ["x from", "x to", "V", "μ (eV)", "phases"], rows: rows), terminator: "")
            print("x = atom fraction of \(element.symbol) in x·\(element.symbol) + (1−x)·\(profile.electrolyte)")
            print(element.workingIonCharge != nil
                ? "V vs \(element.symbol)/\(element.symbol)+ and μ = μ\(element.symbol) − μ⁰ (eV per atom) at which each layer is in equilibrium"
                : "μ = μ\(element.symbol) − μ⁰ (eV per atom) at which each layer is in equilibrium")
        }
    }
}
