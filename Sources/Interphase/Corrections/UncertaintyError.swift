/// Why an energy uncertainty could not be found.
public enum UncertaintyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A compound has no `uncertainty` value.
    case missingColumn(entry: String)
    /// A compound's `uncertainty` is not a finite, non-negative number.
    case invalidValue(entry: String, text: String)
    /// A compound was not processed by a correction scheme, so its correction uncertainty is
    /// unknown.
    case notCorrected(entry: String)
    /// A global σ that is negative or not finite.
    case invalidGlobal(Double)

    /// One line for the user.
    public var description: String {
        switch self {
        case .missingColumn(let entry): "\(entry) has no \"\(EnergyUncertainty.column)\" value (eV/atom); give one for every compound or choose another uncertainty policy"
        case .invalidValue(let entry, let text): "\(entry): uncertainty \"\(text)\" is not a finite, non-negative number of eV/atom"
        case .notCorrected(let entry): "\(entry) has no correction uncertainty: apply a correction scheme (such as MP2020) to raw energies first, or choose another uncertainty policy"
        case .invalidGlobal(let value): "the global energy uncertainty \(value) eV/atom is not a finite, non-negative number"
        }
    }
}
