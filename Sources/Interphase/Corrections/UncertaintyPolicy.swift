/// Where each entry's energy uncertainty σ (one standard deviation, eV/atom) comes from.
///
/// Pure elements are the references of every energy and get σ = 0 under every policy (a Monte
/// Carlo propagation leaves them unchanged); so do the implicit zero references of
/// formation-energy datasets.
public enum UncertaintyPolicy: Sendable, Hashable {
    /// The `uncertainty` column of the data (eV/atom; the CSV loader keeps it as an attribute).
    /// A compound without a value is an error.
    case column
    /// The uncertainty of the entry's corrections (`Entry.correctionUncertaintyPerAtom`),
    /// recorded by a correction scheme such as ``CorrectionScheme/mp2020``; a compound that no
    /// scheme processed is an error.
    case corrections
    /// ``column`` and ``corrections`` combined in quadrature: sqrt(σ_column² + σ_corrections²).
    case columnAndCorrections
    /// The same σ (eV/atom, ≥ 0) for every compound.
    case global(Double)
}
