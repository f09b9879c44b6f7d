import ArgumentParser
import Foundation
import Interphase

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
                let window = try data.ask(about: [composition], open: [open]) {
                    try $0.stabilityWindow(of: composition, formula: formula, openElement: open, stabilize: openOptions.stabilize)
                }
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
