import ArgumentParser
import Foundation
import Interphase

/// `--fix X=μ` (repeatable): elements held at fixed chemical potentials besides the swept or
/// given open element, for every command that asks about equilibria with reservoirs.
struct FixedPotentialOptions: ParsableArguments {
    @Option(
        name: .customLong("fix"), parsing: .singleValue,
        help: ArgumentHelp(
            "Hold an element at a fixed chemical potential, eV per atom relative to the data's reference (≤ 0), e.g. O=-0.5. Repeatable.",
            valueName: "X=eV"))
    var fix: [String] = []

    /// The fixed chemical potentials, in the order given.
    func fixed() throws -> [OpenElement] {
        var potentials: [OpenElement] = []
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
