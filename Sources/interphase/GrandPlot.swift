import ArgumentParser
import Foundation
import Interphase

/// `interphase plot grand --voltage V`: the grand-potential diagram projected on the closed elements.
struct GrandPlot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grand",
        abstract: "The grand-potential phase diagram at one voltage, projected onto the closed elements.")

    @Option(help: "The element open to a reservoir.")
    var open: String = QuestionKind.defaultOpenElement.symbol

    @Option(parsing: .unconditional, help: ArgumentHelp("Voltage vs the open metal (V).", valueName: "V"), transform: decimalArgument)
    var voltage: Double = 0

    @Option(help: ArgumentHelp(
        "The two or three closed elements to draw, comma-separated (default: every element of the data but the open one).",
        valueName: "A,B[,C]"))
    var elements: String?

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var fixedOptions: FixedPotentialOptions
    @OptionGroup var outputOptions: FigureOutputOptions

    func run() throws {
        try reportingErrors(reading: dataOptions) {
            let conditions = try dataOptions.conditions {
                $0.openElement = try parseElement(open, option: "--open")
                $0.openPotential = .voltage(voltage)
                try fixedOptions.apply(to: &$0)
            }
            let closed = try elements.map { list in
                try list.split(separator: ",", omittingEmptySubsequences: false).map { try parseElement(String($0), option: "--elements") }
            }
            // Without --elements the figure draws every element of the data.
            let data = try dataOptions.load(closed.map { .elements(of: [], plus: $0) } ?? .wholeData, under: conditions)
            let diagram = try data.ask(.grandPotentialDiagram, about: [], alsoInvolving: try (closed ?? []).map { try Composition([$0: 1]) }, under: conditions) {
                try $0.grandPotentialDiagram(closedElements: closed, under: conditions)
            }
            let figure = GrandPotentialFigure(diagram)
            try outputOptions.write(try figure.svg())
        }
    }
}
