import ArgumentParser
import Foundation
import Interphase

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
        try reportingErrors(reading: dataOptions) {
            let composition = try Composition(parsing: formula)
            let conditions = try dataOptions.conditions { $0.openElement = try openOptions.element() }
            let data = try dataOptions.load(.elements(of: [composition]), under: conditions)
            let window = try data.ask(.stabilityWindow, about: [(formula, composition)], under: conditions) {
                try $0.stabilityWindow(of: composition, formula: formula, stabilize: openOptions.stabilize, under: conditions)
            }
            try outputOptions.write(try VoltageProfileFigure(window: window, maximumVoltage: maxVoltage).svg())
        }
    }
}
