import Interphase

/// The one line the tool prints for an error.
///
/// The library's messages name no command-line flags (it has none); where an option of this tool
/// is the cause or the fix, this names it (`--exclude Li9Q: …`, `(--mu, …)`). Every other error
/// prints its own description.
///
/// - Parameter error: An error from the library or from this tool.
/// - Returns: The message, without the `error: ` prefix.
func commandLineMessage(for error: any Error) -> String {
    switch error {
    case let error as ConstraintError:
        switch error {
        case .noMatch(let token):
            return "--exclude \(token): no entry has this id or composition"
        case .elementExcluded(let token):
            return "--exclude \(token): pure elements are the energy references and cannot be excluded by formula (exclude a polymorph by its id)"
        case .referenceExcluded(let element):
            return "--exclude removes every pure \(element.symbol) entry, but \(element.symbol) is the reference of other entries"
        case .invalidTolerance(let value):
            return "--metastable must be a finite energy ≥ 0 eV/atom, got \(value)"
        case .phaseDiagram:
            return error.description
        }
    case StabilityError.voltageNeedsWorkingIon(let element):
        return "\(element.symbol) is not a metal working ion, so it has no voltage; give its chemical potential (--mu, eV relative to the element) instead"
    case CorrectionError.alreadyCorrected(let entry, let correction):
        return "\(entry) already carries a correction of \(correction) eV per formula unit: MP2020 corrections are applied only to raw (uncorrected) energies; load the uncorrected energies or use --corrections none"
    case UncertaintyError.notCorrected(let entry):
        return "\(entry) has no correction uncertainty: apply a correction scheme (--corrections mp2020) to raw energies first, or choose another uncertainty policy"
    case let error as QueryError:
        return "\(error.file), line \(error.line): \(commandLineMessage(for: error.underlying))"
    default:
        return String(describing: error)
    }
}
