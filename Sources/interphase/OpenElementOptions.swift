import ArgumentParser
import Foundation
import Interphase

/// `--open X (--voltage V | --mu M)`: one element open to a reservoir.
struct OpenElementOptions: ParsableArguments {
    @Option(help: "The element open to a reservoir (e.g. Li, Na, Mg, O); Li when --voltage or --mu is given without it.")
    var open: String?

    @Option(parsing: .unconditional, help: "Voltage vs the open metal (V; the metal is Li unless --open names another). Only for metal working ions (Li, Na, K, Mg, Ca, Zn, ...).")
    var voltage: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Chemical potential of the open element relative to its pure phase (eV, ≤ 0).", valueName: "eV"))
    var mu: String?

    /// Puts the open element and its potential into `conditions`, as given (the library checks
    /// them and holds Li at a potential given without an element: an element without its
    /// potential, a voltage for a non-metal, a value out of bounds).
    func apply(to conditions: inout Conditions) throws {
        if let open { conditions.openElement = try parseElement(open, option: "--open") }
        switch (voltage, mu) {
        case (let voltage?, nil): conditions.openPotential = .voltage(try parseNumber(voltage, option: "--voltage"))
        case (nil, let mu?): conditions.openPotential = .chemicalPotential(try parseNumber(mu, option: "--mu"))
        case (nil, nil): break
        case (_?, _?): throw ValidationError("give either --voltage or --mu, not both")
        }
    }
}

/// An element symbol from the command line, with a clear error.
func parseElement(_ text: String, option: String) throws -> Element {
    guard let element = Element(symbol: text.trimmingCharacters(in: .whitespaces)) else {
        throw ValidationError("\(option): \"\(text)\" is not an element symbol (e.g. Li)")
    }
    return element
}

/// A finite decimal number from the command line (``DecimalNumber``: no hexadecimal, `nan` or
/// `inf`), with a clear error naming the option.
func parseNumber(_ text: String, option: String) throws -> Double {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let value = DecimalNumber.value(of: trimmed), value.isFinite else {
        throw ValidationError("\(option): \(EchoedText.quoted(text)) is not a finite number")
    }
    return value
}

/// The `transform` of a numeric `@Option`: ``DecimalNumber``'s strict decimal reading instead of
/// `Double(String)`'s, which also takes `0x10`, `nan` and `inf`. ArgumentParser names the option
/// in its message.
func decimalArgument(_ text: String) throws -> Double {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let value = DecimalNumber.value(of: trimmed), value.isFinite else {
        throw ValidationError("not a finite decimal number")
    }
    return value
}
