import ArgumentParser
import Foundation
import Interphase

/// `interphase plot`: SVG figures of profiles, windows and phase diagrams.
struct PlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Draw SVG figures: voltage profiles, stability windows, ternary and grand-potential diagrams.",
        subcommands: [ProfilePlot.self, WindowsPlot.self, TernaryPlot.self, GrandPlot.self]
    )
}

/// `--output FILE.svg`: where a figure goes.
struct FigureOutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("The SVG file to write.", valueName: "file.svg"))
    var output: String

    /// Writes `svg` to ``output``.
    func write(_ svg: String) throws {
        do {
            try Data(svg.utf8).write(to: URL(fileURLWithPath: output))
        } catch {
            throw PlotFailure.cannotWrite(path: output, reason: error.localizedDescription)
        }
    }
}

/// Errors of the plot commands that are not the library's.
enum PlotFailure: Error, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)

    var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}

/// Checks `--max-voltage`: above 0 V and at most ``InputLimits/voltage``.
func validateMaximumVoltage(_ value: Double?) throws {
    if let value, !(value > 0 && value <= InputLimits.voltage) {
        throw ValidationError("--max-voltage must be above 0 and at most \(Int(InputLimits.voltage)) V, got \(value)")
    }
}

/// `--open X` for figures (default Li), `--stabilize`.
struct FigureOpenOptions: ParsableArguments {
    @Option(help: "The element open to a reservoir.")
    var open: String = "Li"

    @Flag(help: "Put each composition onto the hull first (Zhu, He & Mo 2015's convention).")
    var stabilize = false

    func element() throws -> Element { try parseElement(open, option: "--open") }
}

/// `interphase plot profile FORMULA`: the voltage-profile staircase with the window shaded.
struct ProfilePlot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "The open element's uptake against voltage, each step labelled with its products.")

    @Argument(help: "The formula (e.g. Li2PO2N).")
    var formula: String

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var openOptions: FigureOpenOptions
    @OptionGroup var outputOptions: FigureOutputOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("Right end of the voltage axis (V); default max(5, last critical voltage + 0.5).", valueName: "V"), transform: decimalArgument)
    var maxVoltage: Double?

    func validate() throws { try validateMaximumVoltage(maxVoltage) }

    func run() throws {
        try reportingErrors {
            let open = try openOptions.element()
            let window = try dataOptions.load().atlas.stabilityWindow(
                of: try Composition(parsing: formula), formula: formula, openElement: open, stabilize: openOptions.stabilize)
            try outputOptions.write(try VoltageProfileFigure(window: window, maximumVoltage: maxVoltage).svg())
        }
    }
}

/// `interphase plot windows FORMULA...`: stability windows as bars on one voltage axis.
struct WindowsPlot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "windows",
        abstract: "Stability windows of several materials as bars, with reduction and oxidation products.")

    @Argument(help: "One or more formulas (e.g. Li3PO4 Li2PO2N Li3N).")
    var formulas: [String]

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var openOptions: FigureOpenOptions
    @OptionGroup var outputOptions: FigureOutputOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("Right end of the voltage axis (V).", valueName: "V"), transform: decimalArgument)
    var maxVoltage: Double?

    @OptionGroup var uncertaintyOptions: UncertaintyOptions

    func validate() throws { try validateMaximumVoltage(maxVoltage) }

    func run() throws {
        try reportingErrors {
            let open = try openOptions.element()
            let data = try dataOptions.load()
            var bars: [StabilityWindowsFigure.Bar] = []
            for formula in formulas {
                let composition = try Composition(parsing: formula)
                let window = try data.atlas.stabilityWindow(
                    of: composition, formula: formula, openElement: open, stabilize: openOptions.stabilize)
                var bar = try StabilityWindowsFigure.Bar(window: window)
                if let policy = uncertaintyOptions.policy, let samples = uncertaintyOptions.samples {
                    // Error bars: the 5th to 95th percentile of each limit over the samples.
                    let dataset = try data.constrainedDataset(for: Set(composition.elements).union([open]))
                    let sigmas = try EnergyUncertainty.sigmas(of: dataset, policy: policy)
                    let spread = try MonteCarloWindows.run(
                        entries: dataset.allEntries, sigmas: sigmas, composition: composition, formula: formula,
                        openElement: open, stabilize: openOptions.stabilize, samples: samples, seed: uncertaintyOptions.seed)
                    bar.reductionUncertainty = spread.reductionLimitVoltage.map { .init(lower: $0.p05, upper: $0.p95) }
                    bar.oxidationUncertainty = spread.oxidationLimitVoltage.map { .init(lower: $0.p05, upper: $0.p95) }
                }
                bars.append(bar)
            }
            try outputOptions.write(StabilityWindowsFigure(bars: bars, openElement: open, maximumVoltage: maxVoltage).svg())
        }
    }
}

/// `interphase plot ternary --elements Li,P,O`: the Gibbs triangle of a three-element subsystem.
struct TernaryPlot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ternary",
        abstract: "The phase diagram of a three-element subsystem: stable phases, tie lines, energies above hull.")

    @Option(help: ArgumentHelp("Three elements, comma-separated: bottom left, bottom right, top.", valueName: "A,B,C"))
    var elements: String

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var outputOptions: FigureOutputOptions

    func run() throws {
        try reportingErrors {
            let list = try elements.split(separator: ",").map { try parseElement(String($0), option: "--elements") }
            guard list.count == 3 else { throw ValidationError("--elements needs three elements, e.g. Li,P,O") }
            let diagram = try dataOptions.load().atlas.diagram(for: Set(list)).diagram
            try outputOptions.write(try TernaryPhaseDiagramFigure(diagram: diagram, elements: list).svg())
        }
    }
}

/// `interphase plot grand --voltage V`: the grand-potential diagram projected on the closed elements.
struct GrandPlot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grand",
        abstract: "The grand-potential phase diagram at one voltage, projected onto the closed elements.")

    @Option(help: "The element open to a reservoir.")
    var open: String = "Li"

    @Option(parsing: .unconditional, help: ArgumentHelp("Voltage vs the open metal (V).", valueName: "V"), transform: decimalArgument)
    var voltage: Double = 0

    @Option(help: ArgumentHelp(
        "The two or three closed elements to draw, comma-separated (default: every element of the data but the open one).",
        valueName: "A,B[,C]"))
    var elements: String?

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var outputOptions: FigureOutputOptions

    func run() throws {
        try reportingErrors {
            let element = try parseElement(open, option: "--open")
            let atlas = try dataOptions.load().atlas
            let closed = try elements.map { list in
                try list.split(separator: ",").map { try parseElement(String($0), option: "--elements") }
            } ?? atlas.index.allElements.elements.filter { $0 != element }
            let diagram = try atlas.diagram(for: Set(closed).union([element])).diagram
            let figure = try GrandPotentialFigure(diagram: diagram, openElement: try OpenElement(element, voltage: voltage))
            try outputOptions.write(try figure.svg())
        }
    }
}
