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
