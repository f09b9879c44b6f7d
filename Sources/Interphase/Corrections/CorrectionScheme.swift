/// Which energy corrections to apply to a dataset before any computation.
public enum CorrectionScheme: String, CaseIterable, Sendable, Codable {
    /// Use the energies as given (the default).
    case none
    /// The Materials Project 2020 anion corrections (`MP2020Correction`), for raw GGA energies.
    case mp2020

    /// The dataset with this scheme's corrections applied (unchanged for ``none``).
    ///
    /// - Parameter dataset: The dataset, raw total energies for ``mp2020``.
    /// - Returns: The corrected dataset (or `dataset` itself for ``none``).
    /// - Throws: ``CorrectionError`` as `MP2020Correction.corrected(_:)-(Dataset)`.
    public func apply(to dataset: Dataset) throws(CorrectionError) -> Dataset {
        switch self {
        case .none: return dataset
        case .mp2020: return try MP2020Correction().corrected(dataset)
        }
    }
}
