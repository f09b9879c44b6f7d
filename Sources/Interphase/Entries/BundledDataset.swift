import Foundation

/// The datasets compiled into the library, so that they work from any directory and survive
/// copying the executable elsewhere (no resource bundle to find at run time).
///
/// Their text lives in generated sources (`*.generated.swift`), written from `Data/` by
/// `Scripts/generate-bundled-data.sh`; CI regenerates them and fails when they are stale.
/// Provenance, licence and citations: `Data/README.md`. The whole Materials Project (`mp-legacy`,
/// 85,014 compositions, a 5 MB literal, the command-line tool's default) is not among them: it is
/// the separate library product `InterphaseMPLegacy` (`MPLegacyDataset`), so that a client that
/// does not use it does not compile it.
public enum BundledDataset: String, CaseIterable, Sendable {
    /// Li–P–O–N: ground-state formation energies (eV/atom) of the 60 Materials Project
    /// compositions made only of Li, P, O and N, GGA/GGA+U with MP's legacy corrections, as
    /// extracted by Bartel et al., npj Comput. Mater. 6, 97 (2020). Elements are the zero reference.
    case liponMPLegacy = "lipon-mp-legacy"
    /// Eleven raw Materials Project entries of Li–P–O–N (uncorrected GGA total energies, pymatgen
    /// `ComputedEntry` format, with `oxide_type`), from pymatgen 2024.11.13's MP2020 fitting set.
    case liponMP2020Raw = "lipon-mp2020-raw"

    /// The library's own default, Li–P–O–N (``liponMPLegacy``): what the examples and the seed
    /// study start from. The command-line tool's default is the whole Materials Project
    /// (`MPLegacyDataset` of the `InterphaseMPLegacy` product, read one chemical system at a
    /// time), of which this set is exactly the Li–P–O–N part.
    public static let `default`: BundledDataset = .liponMPLegacy

    /// The dataset, parsed.
    ///
    /// - Throws: ``DataError`` only if the compiled-in text is corrupt (a build defect).
    public func load() throws(DataError) -> Dataset {
        switch self {
        case .liponMPLegacy:
            var dataset = try Dataset.read(csv: BundledText.liponMPLegacyCSV, name: rawValue)
            dataset.notes.append("bundled Li–P–O–N set: Materials Project formation energies (legacy corrections) via Bartel et al. 2020")
            return dataset
        case .liponMP2020Raw:
            return try Dataset.read(json: Data(BundledText.liponMP2020RawJSON.utf8), name: rawValue)
        }
    }
}
