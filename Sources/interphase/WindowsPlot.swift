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
        try reportingErrors(reading: dataOptions) {
            let conditions = try dataOptions.conditions {
                $0.openElement = try openOptions.element()
                uncertaintyOptions.apply(to: &$0)
            }
            let compositions = try formulas.map { try Composition(parsing: $0) }
            let data = try dataOptions.load(.elements(of: compositions), under: conditions)
            let open = conditions.openElement!
            var bars: [StabilityWindowsFigure.Bar] = []
            for (formula, composition) in zip(formulas, compositions) {
                let bar = try data.ask(.stabilityWindow, about: [(formula, composition)], under: conditions) { atlas in
                    var bar = try StabilityWindowsFigure.Bar(window: try atlas.stabilityWindow(
                        of: composition, formula: formula, stabilize: openOptions.stabilize, under: conditions))
                    if conditions.uncertainty != nil {
                        // Error bars: the 5th to 95th percentile of each limit over the samples.
                        let spread = try atlas.monteCarloStabilityWindow(
                            of: composition, formula: formula, stabilize: openOptions.stabilize, under: conditions)
                        bar.reductionUncertainty = spread.reductionLimitVoltage.map { .init(lower: $0.p05, upper: $0.p95) }
                        bar.oxidationUncertainty = spread.oxidationLimitVoltage.map { .init(lower: $0.p05, upper: $0.p95) }
                    }
                    return bar
                }
                bars.append(bar)
            }
            try outputOptions.write(StabilityWindowsFigure(bars: bars, openElement: open, maximumVoltage: maxVoltage).svg())
        }
    }
}
