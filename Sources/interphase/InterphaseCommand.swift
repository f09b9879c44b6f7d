import ArgumentParser
import Interphase

/// The `interphase` command: a thin shell over the Interphase library.
@main
struct InterphaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interphase",
        abstract: "Grand-potential phase stability from DFT formation energies.",
        discussion: """
            Without --data, every command uses the bundled whole Materials Project (mp-legacy: \
            formation energies with legacy corrections, via Bartel et al. 2020), reading only the \
            chemical systems a question needs; --data lipon-mp-legacy is its Li–P–O–N subset.
            """,
        // The library's and the tool's version (semantic versioning); CHANGELOG.md lists what each
        // release contains, and CI checks that its newest entry is this one.
        version: "0.1.0",
        subcommands: [
            HullCommand.self, DecomposeCommand.self, WindowCommand.self, SweepCommand.self, ReactCommand.self,
            LayersCommand.self, CellCommand.self, ChempotCommand.self, PlotCommand.self,
        ]
    )

    /// Runs the command with Monte Carlo progress on standard error (a line every two seconds
    /// for runs longer than that): every command's sampling reports through it.
    static func main() {
        MonteCarloSampler.$progress.withValue(.init(MonteCarloProgress.standardError)) { Self.main(nil) }
    }
}
