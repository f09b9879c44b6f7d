import ArgumentParser
import Foundation
import Interphase

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
        try reportingErrors(reading: dataOptions) {
            let list = try elements.split(separator: ",").map { try parseElement(String($0), option: "--elements") }
            guard list.count == 3 else { throw ValidationError("--elements needs three elements, e.g. Li,P,O") }
            let conditions = dataOptions.conditions { _ in }
            let data = try dataOptions.load(.elements(of: [], plus: list), under: conditions)
            let figure = try data.ask(.ternaryPhaseDiagram, alsoInvolving: try list.map { try Composition([$0: 1]) }, under: conditions) {
                try $0.ternaryPhaseDiagramFigure(of: list, under: conditions)
            }
            try outputOptions.write(try figure.svg())
        }
    }
}
