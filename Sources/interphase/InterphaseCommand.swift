import ArgumentParser

/// The `interphase` command: a thin shell over the Interphase library.
@main
struct InterphaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interphase",
        abstract: "Grand-potential phase stability from DFT formation energies.",
        discussion: """
            Without --data, every command uses the bundled Li–P–O–N dataset (Materials Project \
            formation energies with legacy corrections, via Bartel et al. 2020).
            """,
        // The library's and the tool's version (semantic versioning); CHANGELOG.md lists what each
        // release contains, and CI checks that its newest entry is this one.
        version: "0.1.0",
        subcommands: [
            HullCommand.self, DecomposeCommand.self, WindowCommand.self, SweepCommand.self, ReactCommand.self,
            LayersCommand.self, CellCommand.self, ChempotCommand.self, PlotCommand.self,
        ]
    )
}
