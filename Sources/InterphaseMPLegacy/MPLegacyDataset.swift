import Interphase

/// Every Materials Project composition (85,014, over 84 elements): ground-state formation
/// energies (eV/atom) with MP's legacy corrections, as extracted by Bartel et al., npj Comput.
/// Mater. 6, 97 (2020). Elements are the zero reference.
///
/// Compiled into this library (`InterphaseMPLegacy`, a product of its own so that clients of
/// `Interphase` alone do not compile its 5 MB of text) from `Data/mp-legacy.csv` by
/// `Scripts/generate-bundled-data.sh`. Provenance, licence and citations: `Data/README.md`.
/// Large: ask a `PhaseDiagramAtlas` of it, which builds the hull of each chemical system a
/// question needs, or read only the part of a question's elements with ``load(within:)``.
public enum MPLegacyDataset {
    /// The dataset's name, `mp-legacy`: what the command-line tool's `--data` takes and what
    /// ``load()`` names the dataset.
    public static let name = "mp-legacy"

    /// A note of what the dataset is, in `Dataset.notes`.
    private static let note = "bundled whole-Materials-Project set: formation energies (legacy corrections) via Bartel et al. 2020"

    /// The elements with entries in the dataset (84), in order of atomic number.
    public static var elements: [Element] { MPLegacyIndex.elements }

    /// The dataset, parsed (0.4 s of CPU in a release build).
    ///
    /// - Throws: `DataError` only if the compiled-in text is corrupt (a build defect).
    public static func load() throws(DataError) -> Dataset {
        var dataset = try Dataset.read(csv: BundledMPLegacyText.csv, name: name)
        dataset.notes.append(note)
        return dataset
    }

    /// The part of the dataset a question about `elements` needs: the entries made only of those
    /// elements (every chemical system within them and its subsystems), read through an index
    /// built into the data (Li–P–O–N: 60 rows, under a millisecond). Every hull of a system within
    /// `elements` is the same as from ``load()``, entries in the same order; an element of
    /// `elements` that the dataset has keeps its zero reference even when no compound of it lies
    /// within `elements`. Elements the dataset lacks stay absent.
    ///
    /// - Parameter elements: The elements of the question (compositions, open and fixed elements).
    /// - Throws: `DataError` only if the compiled-in text is corrupt (a build defect).
    public static func load(within elements: Set<Element>) throws(DataError) -> Dataset {
        // No compound within `elements` (a lone element, or elements that form none): only the
        // references below.
        var dataset = try MPLegacyIndex.csv(within: elements).map { text throws(DataError) in try Dataset.read(csv: text, name: name) }
            ?? Dataset(name: name, entries: [], energyKind: .formation)
        dataset.addImplicitReferences(for: elements.intersection(MPLegacyIndex.elements))
        dataset.notes.append(note)
        return dataset
    }
}
