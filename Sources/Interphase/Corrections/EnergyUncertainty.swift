/// Where each entry's energy uncertainty σ (one standard deviation, eV/atom) comes from.
///
/// Pure elements are the references of every energy and get σ = 0 under every policy (a Monte
/// Carlo propagation leaves them unchanged); so do the implicit zero references of
/// formation-energy datasets.
public enum UncertaintyPolicy: Sendable, Hashable {
    /// The `uncertainty` column of the data (eV/atom; the CSV loader keeps it as an attribute).
    /// A compound without a value is an error.
    case column
    /// The uncertainty of the entry's corrections (``Entry/correctionUncertaintyPerAtom``),
    /// recorded by a correction scheme such as ``CorrectionScheme/mp2020``; a compound that no
    /// scheme processed is an error.
    case corrections
    /// ``column`` and ``corrections`` combined in quadrature: sqrt(σ_column² + σ_corrections²).
    case columnAndCorrections
    /// The same σ (eV/atom, ≥ 0) for every compound.
    case global(Double)
}

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
        case .missingColumn(let entry):
            return "\(entry) has no \"\(EnergyUncertainty.column)\" value (eV/atom); give one for every compound or choose another uncertainty policy"
        case .invalidValue(let entry, let text):
            return "\(entry): uncertainty \"\(text)\" is not a finite, non-negative number of eV/atom"
        case .notCorrected(let entry):
            return "\(entry) has no correction uncertainty: apply a correction scheme (--corrections mp2020) to raw energies first, or choose another uncertainty policy"
        case .invalidGlobal(let value):
            return "the global energy uncertainty \(value) eV/atom is not a finite, non-negative number"
        }
    }
}

/// Per-entry energy uncertainties.
public enum EnergyUncertainty: Sendable {
    /// The data column (attribute) holding σ in eV/atom.
    public static let column = "uncertainty"

    /// σ of one entry, eV/atom, under `policy` (0 for pure elements).
    ///
    /// - Throws: ``UncertaintyError`` for a compound whose σ is missing or invalid.
    public static func sigma(of entry: Entry, policy: UncertaintyPolicy) throws(UncertaintyError) -> Double {
        if case .global(let value) = policy, !(value.isFinite && value >= 0) { throw .invalidGlobal(value) }
        if entry.isElement { return 0 }
        switch policy {
        case .global(let value):
            return value
        case .column:
            return try columnSigma(of: entry)
        case .corrections:
            return try correctionSigma(of: entry)
        case .columnAndCorrections:
            let a = try columnSigma(of: entry), b = try correctionSigma(of: entry)
            return (a * a + b * b).squareRoot()
        }
    }

    /// σ of every entry of `dataset.allEntries` (given entries, then implicit references), in
    /// that order, eV/atom.
    ///
    /// - Throws: ``UncertaintyError`` naming the first compound whose σ is missing or invalid.
    public static func sigmas(of dataset: Dataset, policy: UncertaintyPolicy) throws(UncertaintyError) -> [Double] {
        var result: [Double] = []
        result.reserveCapacity(dataset.entries.count + dataset.implicitReferences.count)
        for entry in dataset.allEntries { result.append(try sigma(of: entry, policy: policy)) }
        return result
    }

    private static func columnSigma(of entry: Entry) throws(UncertaintyError) -> Double {
        guard let text = entry.attributes[column] else { throw .missingColumn(entry: entry.label) }
        guard let value = Double(text.trimmingWhitespace), value.isFinite, value >= 0 else {
            throw .invalidValue(entry: entry.label, text: text)
        }
        return value
    }

    private static func correctionSigma(of entry: Entry) throws(UncertaintyError) -> Double {
        guard let value = entry.correctionUncertaintyPerAtom else { throw .notCorrected(entry: entry.label) }
        return value
    }
}
