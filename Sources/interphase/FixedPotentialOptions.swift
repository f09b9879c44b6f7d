import ArgumentParser
import Foundation
import Interphase

/// `--fix X=μ` and `--gas O2=p --temperature T` (repeatable): elements held at fixed chemical
/// potentials besides the swept or given open element, for every command that asks about
/// equilibria with reservoirs. A gas's potential comes from its NIST-JANAF table (``Gas``) and is
/// reported on standard error.
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

    func validate() throws {
        if temperature != nil && gas.isEmpty { throw ValidationError("--temperature needs --gas (e.g. --gas O2=0.21)") }
    }

    /// The fixed chemical potentials, in the order given: `--gas` first, then `--fix`.
    func fixed() throws -> [OpenElement] {
        var potentials: [OpenElement] = []
        for text in gas {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw ValidationError("--gas: \(EchoedText.quoted(text)) is not GAS=bar (e.g. O2=0.21)")
            }
            let species = try Gas(named: parts[0])
            let pressure = try parseNumber(parts[1], option: "--gas \(species)")
            let open = try species.openElement(temperature: temperature ?? Gas.standardTemperature, pressure: pressure)
            if potentials.contains(where: { $0.element == open.element }) { throw StabilityError.repeatedFixedElement(open.element) }
            potentials.append(open)
            let line = "note: \(species) at \(OutputWriting.number(pressure, decimals: 6)) bar and \(OutputWriting.number(temperature ?? Gas.standardTemperature, decimals: 2)) K: "
                + "μ\(open.element.symbol) − μ⁰ = \(OutputWriting.number(open.chemicalPotential, decimals: 4)) eV per atom "
                + "(NIST-JANAF \(species.janafTable); the data's references stand for the gas at 298.15 K; solids' entropy neglected)\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        for text in fix {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw ValidationError("--fix: \(EchoedText.quoted(text)) is not ELEMENT=eV (e.g. O=-0.5)")
            }
            let element = try parseElement(parts[0], option: "--fix")
            if potentials.contains(where: { $0.element == element }) {
                throw StabilityError.repeatedFixedElement(element)
            }
            let value = try parseNumber(parts[1], option: "--fix \(element.symbol)")
            do {
                potentials.append(try OpenElement(element, chemicalPotential: value))
            } catch {
                throw OptionError(option: "--fix \(element.symbol)", underlying: error)
            }
        }
        return potentials
    }
}

/// A library error caused by one option's value, printed with the option named first.
struct OptionError: Error, CustomStringConvertible {
    let option: String
    let underlying: any Error
    var description: String { "\(option): \(underlying)" }
}

/// The fixed potentials as the table headers show them: `μ_N − μ⁰ = -0.296 eV, …`, or `nil`.
func fixedPotentialsLine(_ fixed: [String: Double]) -> String? {
    guard !fixed.isEmpty else { return nil }
    return "fixed: " + fixed.sorted { $0.key < $1.key }
        .map { "μ\($0.key) − μ⁰ = \(OutputWriting.number($0.value, decimals: 4)) eV" }.joined(separator: ", ")
}
