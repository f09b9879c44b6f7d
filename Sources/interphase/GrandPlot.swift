import ArgumentParser
import Foundation
import Interphase

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
    @OptionGroup var fixedOptions: FixedPotentialOptions
    @OptionGroup var outputOptions: FigureOutputOptions

    func run() throws {
        try reportingErrors {
            let element = try parseElement(open, option: "--open")
            let fixed = try fixedOptions.fixed()
            let data = try dataOptions.load()
            let atlas = data.atlas
            let closed = try elements.map { list in
                try list.split(separator: ",").map { try parseElement(String($0), option: "--elements") }
            } ?? atlas.index.allElements.elements.filter { $0 != element && !fixed.map(\.element).contains($0) }
            let open = [try OpenElement(element, voltage: voltage)] + fixed
            let system = Set(closed).union(open.map(\.element))
            let diagram = try data.ask(about: [], open: open.map(\.element), fixed: fixed) { try $0.diagram(for: system).diagram }
            let figure = GrandPotentialFigure(try GrandPotentialDiagram(diagram: diagram, openElements: open))
            try outputOptions.write(try figure.svg())
        }
    }
}
