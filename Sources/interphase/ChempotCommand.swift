import ArgumentParser
import Foundation
import Interphase

/// `interphase chempot`: the domain of every stable phase in chemical-potential space.
struct ChempotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chempot",
        abstract: "The domain of every stable phase in the space of a system's chemical potentials.",
        discussion: """
            The chemical-potential diagram (Todd et al. 2021; pymatgen's ChemicalPotentialDiagram \
            with formal_chempots=True): for each stable phase of the system, the vertices of the \
            region of chemical potentials (eV per atom relative to the elemental references, each \
            from --min-mu to 0) where it is stable, computed exactly by halfspace intersection \
            (qhull). JSON: {"elements", "min_mu", "domains": [{"formula", "id", "vertices": \
            [[μ in the order of "elements"]]}]}. The table gives each domain's range of every \
            chemical potential.

            --svg F draws the diagram on two axes (--axes, default the first two elements of the \
            system), each domain a labelled polygon: sliced exactly at each --fix or --gas \
            chemical potential, and projected over every other element (each domain drawn as the \
            hull of its vertices on the axes, as pymatgen draws domains of a larger system); the \
            subtitle says which. With every element but the axes fixed, each domain is a segment. \
            Each axis runs to 0 from 1 eV below the lowest vertex not on the --min-mu bound (rounded \
            down to 0.5 eV), as pymatgen's get_plot zooms. The table or JSON is unchanged.
            """)

    @Argument(help: ArgumentHelp("The chemical system, elements joined by '-' (e.g. Li-P-O-N), in the order of the output.", valueName: "system"))
    var system: String

    @OptionGroup var dataOptions: DataOptions

    @Option(
        name: .customLong("min-mu"), parsing: .unconditional,
        help: ArgumentHelp("Lower bound of every chemical potential, eV per atom relative to the reference (below 0, at least −10000).", valueName: "eV"),
        transform: decimalArgument)
    var minMu: Double = ChemicalPotentialDiagram.defaultMinimumChemicalPotential

    @Option(help: "Output format.")
    var format: Format = .table

    @Option(help: ArgumentHelp("Also draw the diagram on two axes as an SVG figure.", valueName: "file.svg"))
    var svg: String?

    @Option(help: ArgumentHelp(
        "The figure's two axes, comma-separated: horizontal, vertical (default the first two elements of the system).",
        valueName: "A,B"))
    var axes: String?

    @OptionGroup var fixedOptions: FixedPotentialOptions

    /// The output formats of `chempot`: exactly what `--format` accepts and its help lists.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json
    }

    func validate() throws {
        if svg == nil, axes != nil { throw ValidationError("--axes chooses the axes of the figure: it needs --svg FILE") }
    }

    func run() throws {
        try reportingErrors(reading: dataOptions) {
            let elements = try system.split(separator: "-", omittingEmptySubsequences: false).map {
                try parseElement(String($0), option: "chempot")
            }
            let axisElements = try axes.map { list in
                let parsed = try list.split(separator: ",", omittingEmptySubsequences: false).map {
                    try parseElement(String($0), option: "--axes")
                }
                guard parsed.count == 2 else { throw ValidationError("--axes needs two elements, e.g. Li,O") }
                return parsed
            } ?? Array(elements.prefix(2))
            let conditions = try dataOptions.conditions { try fixedOptions.apply(to: &$0) }
            let data = try dataOptions.load(.elements(of: [], plus: elements + axisElements), under: conditions)
            // The table is the whole diagram, every potential free: the figure alone is sliced.
            let tableConditions = svg == nil ? conditions : Conditions(constraints: conditions.constraints)
            let diagram = try data.ask(.chemicalPotentialDiagram, under: tableConditions) {
                try $0.chemicalPotentialDiagram(of: elements, minimumChemicalPotential: minMu, under: tableConditions)
            }
            if let svg {
                let map = try data.ask(.chemicalPotentialMap, under: conditions) {
                    try $0.chemicalPotentialMap(of: elements, axes: axisElements, minimumChemicalPotential: minMu, under: conditions)
                }
                try writeFigure(try ChemicalPotentialMapFigure(map).svg(), to: svg)
            }
            switch format {
            case .json:
                print(try OutputWriting.json(diagram), terminator: "")
            case .table:
                print("chemical potentials (eV/atom, relative to the references) from \(NumberFormat.fixed(minMu, decimals: 2)) to 0")
                let rows = diagram.domains.map { domain in
                    [domain.formula, domain.id ?? "-", String(domain.vertices.count)]
                        + diagram.elements.indices.map { position in
                            let values = domain.vertices.map { $0[position] }
                            return "\(NumberFormat.fixed(values.min() ?? 0, decimals: 4)) … \(NumberFormat.fixed(values.max() ?? 0, decimals: 4))"
                        }
                }
                print(OutputWriting.table(
                    header: ["formula", "id", "vertices"] + diagram.elements.map { "μ\($0.symbol)" }, rows: rows), terminator: "")
                print("μX: μX − μ⁰X, eV per atom of X relative to X's lowest pure entry in the data (0: X itself); each cell: the range of μX over the phase's domain (the phase is stable there)")
            }
        }
    }
}
