/// Per-entry energy uncertainties.
package enum EnergyUncertainty: Sendable {
    /// The data column (attribute) holding σ in eV/atom.
    package static let column = "uncertainty"

    /// σ of one entry, eV/atom, under `policy` (0 for pure elements).
    ///
    /// - Throws: ``UncertaintyError`` for a compound whose σ is missing or invalid.
    package static func sigma(of entry: Entry, policy: UncertaintyPolicy) throws(UncertaintyError) -> Double {
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
    package static func sigmas(of dataset: Dataset, policy: UncertaintyPolicy) throws(UncertaintyError) -> [Double] {
        var result: [Double] = []
        result.reserveCapacity(dataset.entries.count + dataset.implicitReferences.count)
        for entry in dataset.allEntries { result.append(try sigma(of: entry, policy: policy)) }
        return result
    }

    private static func columnSigma(of entry: Entry) throws(UncertaintyError) -> Double {
        guard let text = entry.attributes[column] else { throw .missingColumn(entry: entry.label) }
        guard let value = DecimalNumber.value(of: text.trimmingWhitespace), value.isFinite, value >= 0 else {
            throw .invalidValue(entry: entry.label, text: text)
        }
        return value
    }

    private static func correctionSigma(of entry: Entry) throws(UncertaintyError) -> Double {
        guard let value = entry.correctionUncertaintyPerAtom else { throw .notCorrected(entry: entry.label) }
        return value
    }
}
