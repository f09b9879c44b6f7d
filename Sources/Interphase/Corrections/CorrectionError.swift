/// Why energy corrections could not be applied to an entry or a dataset.
///
/// Every case names the entry (`Li2O (mp-1960)`) so that a chemist can find it in the data, and
/// its description says what to do about it.
public enum CorrectionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The entry already carries a correction (eV per formula unit) or a record of one: only raw
    /// (uncorrected) energies are corrected, never twice.
    case alreadyCorrected(entry: String, correction: Double)
    /// The dataset holds formation energies, which are normally already corrected (the bundled
    /// `lipon-mp-legacy` set includes MP's legacy corrections); corrections apply to raw totals.
    case formationEnergies(dataset: String)
    /// The entry's `oxide_type` attribute is not one of `oxide`, `hydroxide`, `peroxide`,
    /// `superoxide`, `ozonide`, `None`.
    case unknownOxideType(entry: String, value: String)
    /// The formula alone does not tell whether the entry is an oxide, a peroxide, a superoxide or
    /// an ozonide (see `OxideType.inferred(from:label:)`); `reason` says why.
    case ambiguousOxideType(entry: String, reason: String)
    /// The charge-balance rule finds `anion` negative in some oxidation-state assignments and
    /// positive in others, so whether the anion correction applies is undecided.
    case ambiguousAnion(entry: String, anion: String)
    /// The entry is from a calculation the scheme does not cover (MP2020 here covers GGA only;
    /// GGA+U mixing corrections and other functionals are not implemented).
    case unsupportedCalculation(entry: String, runType: String)
    /// The compiled-in correction table is corrupt (a build defect): where and what.
    case corruptTable(DataError)

    /// One line for the user.
    public var description: String {
        switch self {
        case .alreadyCorrected(let entry, let correction): "\(entry) already carries a correction of \(correction) eV per formula unit: MP2020 corrections are applied only to raw (uncorrected) energies; load the uncorrected energies or apply no corrections"
        case .formationEnergies(let dataset): "\(dataset) holds formation energies, which already include their source's corrections (the bundled lipon-mp-legacy set has MP's legacy corrections): MP2020 corrections apply only to raw total energies, such as the bundled lipon-mp2020-raw set"
        case .unknownOxideType(let entry, let value): "\(entry) has oxide_type \"\(value)\": expected oxide, hydroxide, peroxide, superoxide, ozonide or None"
        case .ambiguousOxideType(let entry, let reason): "cannot tell from the formula whether \(entry) is an oxide, peroxide, superoxide or ozonide (\(reason)); give the entry an oxide_type (a column or pymatgen's data.oxide_type)"
        case .ambiguousAnion(let entry, let anion): "cannot tell whether \(anion) in \(entry) is an anion: charge balance allows it both negative and positive; correct this entry yourself and give its correction"
        case .unsupportedCalculation(let entry, let runType): "\(entry) is a \(runType) calculation: only GGA (PBE) entries are corrected here (MP2020's GGA/GGA+U mixing corrections are not implemented)"
        case .corruptTable(let error): "the compiled-in MP2020 correction table is corrupt: \(error)"
        }
    }
}
