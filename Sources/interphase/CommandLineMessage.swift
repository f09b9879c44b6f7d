import Foundation
import Interphase

/// The one line the tool prints for an error.
///
/// The library's messages name no command-line flags (it has none). Where an option of this tool
/// is the cause or the fix, the library's words are kept and the option is named in them
/// (`cannot exclude Li9Q: …` becomes `--exclude Li9Q: …`; `(eV relative to the element)` becomes
/// `(--mu, eV relative to the element)`); every other error prints its own description.
/// The CLI tests and the bad-input table of CONTRIBUTING.md check the result.
///
/// - Parameter error: An error from the library or from this tool.
/// - Returns: The message, without the `error: ` prefix.
func commandLineMessage(for error: any Error) -> String {
    let text = String(describing: error)
    switch error {
    case FormulaError.unknownElement(let formula, _, _), FormulaError.unexpectedCharacter(let formula, _, _):
        return text + (MaterialName.note(for: formula).map { "; \($0)" } ?? "")
    case ConstraintError.noMatch, ConstraintError.elementExcluded:
        return text.replacingPrefix("cannot exclude ", with: "--exclude ")
    case ConstraintError.referenceExcluded:
        return text.replacingPrefix("the exclusions remove ", with: "--exclude removes ")
    case ConstraintError.invalidTolerance:
        return "--metastable: " + text
    case StabilityError.invalidVoltage:
        return "--voltage: " + text
    case CellError.invalidVoltage(let part, _):
        return "--\(part.rawValue)-voltage: " + text
    case CellError.anodeVoltageNeeded:
        return text.replacingOccurrences(of: "give its voltage", with: "give its voltage with --anode-voltage")
    case StabilityError.invalidChemicalPotential:
        return "--mu: " + text
    case StabilityError.voltageNeedsWorkingIon:
        return text.replacingOccurrences(of: "(eV relative to the element)", with: "(--mu, eV relative to the element)")
    case CorrectionError.alreadyCorrected:
        return text.replacingOccurrences(of: "or apply no corrections", with: "or use --corrections none")
    case UncertaintyError.notCorrected:
        return text.replacingOccurrences(of: "(such as MP2020)", with: "(--corrections mp2020)")
    case StabilityError.constraints(let underlying), CellError.stability(_, .constraints(let underlying)),
        CellError.constraints(let underlying), ChemicalPotentialDiagramError.stability(.constraints(let underlying)):
        return commandLineMessage(for: underlying)
    case StabilityError.conditions(.voltageNeedsWorkingIon):
        return text.replacingOccurrences(of: "(eV relative to the element)", with: "(--mu, eV relative to the element)")
    case StabilityError.conditions(.sweepVoltsNeedWorkingIon):
        return text.replacingOccurrences(of: "(eV relative to the element)", with: "(--mu-from/--mu-to, eV relative to the element)")
    case StabilityError.conditions(let refused), CellError.conditions(let refused),
        ChemicalPotentialDiagramError.stability(.conditions(let refused)):
        return optionName(of: refused).map { "\($0): " + text } ?? text
    case StabilityError.noMixingEnergyNeedsReservoir:
        return "--include-no-mixing: " + text
    case StabilityError.invalidUptakeTolerance:
        return "--uptake-tolerance: " + text
    case let error as QueryError:
        return "\(error.file), line \(error.line): \(commandLineMessage(for: error.underlying))"
    default:
        return text
    }
}

extension String {
    /// The string with `prefix` replaced by `replacement`, or unchanged when it does not start
    /// with `prefix`.
    fileprivate func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}

/// The option of the command line that set the part of ``Conditions`` `error` refuses, when one
/// option alone did.
private func optionName(of error: ConditionsError) -> String? {
    switch error {
    case .invalidVoltage: "--voltage"
    case .invalidChemicalPotential: "--mu"
    case .invalidFixedPotential(let element, _): "--fix \(element.symbol)"
    case .invalidSweepBound(_, let unit): unit == "V" ? "--from/--to" : "--mu-from/--mu-to"
    case .invalidSampleCount: "--samples"
    case .invalidSigma: "--sigma"
    case .invalidMetastableTolerance: "--metastable"
    case .temperatureWithoutGas: "--temperature"
    default: nil
    }
}
