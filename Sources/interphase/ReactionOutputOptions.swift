import ArgumentParser
import Foundation
import Interphase

/// `--format` and `--svg` of `react` and `layers`: a table or JSON on standard output, and the
/// figure in a file when asked for.
struct ReactionOutputOptions: ParsableArguments {
    @Option(help: "Output format.")
    var format: Format = .table

    /// The output formats of `react` and `layers`: exactly what `--format` accepts and its help lists.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json
    }

    @Option(help: ArgumentHelp("Also write the figure (SVG) to this file.", valueName: "file"))
    var svg: String?

    /// Writes the figure `draw` makes to ``svg`` when that was given.
    func writeFigure(_ draw: () throws -> String) throws {
        if let svg { try interphase.writeFigure(try draw(), to: svg) }
    }
}
