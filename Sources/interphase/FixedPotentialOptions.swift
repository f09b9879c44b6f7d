import ArgumentParser
import Foundation
import Interphase

/// `--fix X=μ` and `--gas O2=p --temperature T` (repeatable): elements held at fixed chemical
/// potentials besides the swept or given open element, for every command that asks about
/// equilibria with reservoirs. They go into ``Conditions`` as given; the library checks them and
/// resolves each gas's potential from its NIST-JANAF table (``Gas``), reported on standard error.
struct FixedPotentialOptions: ParsableArguments {
    @Option(
        name: .customLong("fix"), parsing: .singleValue,
        help: ArgumentHelp(
            "Hold an element at a fixed chemical potential, eV per atom relative to the data's reference (≤ 0), e.g. O=-0.5. Repeatable.",
            valueName: "X=eV"))
    var fix: [String] = []

    @Option(
        name: .customLong("gas"), parsing: .singleValue,
        help: ArgumentHelp(
            "Hold a gas's element at the chemical potential of that gas at a partial pressure in bar (NIST-JANAF tables: \(Gas.allCases.map(\.rawValue).joined(separator: ", "))), e.g. O2=0.21. Repeatable.",
            valueName: "X2=bar"))
    var gas: [String] = []

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Temperature of the gases (K; default 298.15).", valueName: "K"), transform: decimalArgument)
    var temperature: Double?

    /// Puts the gases, their temperature and the fixed chemical potentials into `conditions`,
    /// as given (the library checks them, ``Conditions``).
    func apply(to conditions: inout Conditions) throws {
        for text in gas {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw ValidationError("--gas: \(EchoedText.quoted(text)) is not GAS=bar (e.g. O2=0.21)")
            }
            let species = try Gas(named: parts[0])
            conditions.gases.append(GasReservoir(species, pressure: try parseNumber(parts[1], option: "--gas \(species)")))
        }
        if let temperature { conditions.gasTemperature = temperature }
        for text in fix {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw ValidationError("--fix: \(EchoedText.quoted(text)) is not ELEMENT=eV (e.g. O=-0.5)")
            }
            let element = try parseElement(parts[0], option: "--fix")
            conditions.fixedChemicalPotentials.append(
                FixedChemicalPotential(element, chemicalPotential: try parseNumber(parts[1], option: "--fix \(element.symbol)")))
        }
    }
}

/// The fixed potentials as the table headers show them: `μ_N − μ⁰ = -0.296 eV, …`, or `nil`.
func fixedPotentialsLine(_ fixed: [String: Double]) -> String? {
    guard !fixed.isEmpty else { return nil }
    return "fixed: " + fixed.sorted { $0.key < $1.key }
        .map { "μ\($0.key) − μ⁰ = \(NumberFormat.fixed($0.value, decimals: 4)) eV" }.joined(separator: ", ")
}
