import ArgumentParser
import Foundation
import Interphase

/// `--output FILE.svg`: where a figure of `interphase plot` goes.
struct FigureOutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("The SVG file to write.", valueName: "file.svg"))
    var output: String

    /// Writes `svg` to ``output``.
    func write(_ svg: String) throws { try writeFigure(svg, to: output) }
}

/// Writes a figure's SVG text to `path`, or throws ``PlotFailure/cannotWrite(path:reason:)``.
func writeFigure(_ svg: String, to path: String) throws {
    do {
        try Data(svg.utf8).write(to: URL(fileURLWithPath: path))
    } catch {
        throw PlotFailure.cannotWrite(path: path, reason: error.localizedDescription)
    }
}
