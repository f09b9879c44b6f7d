import Interphase

/// Every Materials Project composition (85,014, over 84 elements): ground-state formation
/// energies (eV/atom) with MP's legacy corrections, as extracted by Bartel et al., npj Comput.
/// Mater. 6, 97 (2020). Elements are the zero reference.
///
/// Compiled into this library (`InterphaseMPLegacy`, a product of its own so that clients of
/// `Interphase` alone do not compile its 5 MB of text) from `Data/mp-legacy.csv` by
/// `Scripts/generate-bundled-data.sh`. Provenance, licence and citations: `Data/README.md`.
/// Large: ask a `PhaseDiagramAtlas` of it, which builds the hull of each chemical system a
/// question needs.
public enum MPLegacyDataset {
    /// The dataset's name, `mp-legacy`: what the command-line tool's `--data` takes and what
    /// ``load()`` names the dataset.
    public static let name = "mp-legacy"

    /// The dataset, parsed (0.4 s of CPU in a release build).
    ///
    /// - Throws: `DataError` only if the compiled-in text is corrupt (a build defect).
    public static func load() throws(DataError) -> Dataset {
        var dataset = try Dataset.read(csv: BundledMPLegacyText.csv, name: name)
        dataset.notes.append("bundled whole-Materials-Project set: formation energies (legacy corrections) via Bartel et al. 2020")
        return dataset
    }
}
