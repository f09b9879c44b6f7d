extension Entry {
    /// Attribute recording the corrections applied by Interphase, e.g. `oxide:-0.687*2; N:-0.361*1`
    /// (`none` when the scheme applied nothing).
    package static let correctionsAttribute = "corrections"
    /// Attribute naming the scheme that corrected the entry (`MP2020`).
    package static let correctionSchemeAttribute = "correction_scheme"
    /// Attribute holding the standard deviation of the entry's correction, eV per formula unit as
    /// written.
    package static let correctionUncertaintyAttribute = "correction_uncertainty"

    /// The standard deviation of ``correction`` in eV per formula unit as written, when a
    /// correction scheme recorded one; `nil` otherwise.
    package var correctionUncertainty: Double? {
        attributes[Entry.correctionUncertaintyAttribute].flatMap(Double.init)
    }

    /// The standard deviation of ``correction`` in eV/atom, when a scheme recorded one.
    package var correctionUncertaintyPerAtom: Double? {
        correctionUncertainty.map { $0 / composition.numberOfAtoms }
    }
}
