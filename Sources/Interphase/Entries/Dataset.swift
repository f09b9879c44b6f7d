/// A set of entries read from one source, with what their energies mean.
///
/// Formation energies (``EnergyKind/formation``) take every element as its own zero reference:
/// an element with no pure entry at or below 0 eV/atom gets an implicit one at 0 eV/atom,
/// kept apart in `implicitReferences` so that outputs list only the entries that were given.
public struct Dataset: Sendable {
    /// What the energies of a dataset are.
    public enum EnergyKind: String, Sendable, Codable {
        /// Total (or otherwise referenced) energies: every element must have a pure entry,
        /// whose lowest energy per atom is that element's reference.
        case total
        /// Formation energies: the elements are the zero reference.
        case formation
    }

    /// The source's name (a file name, or `lipon-mp-legacy` for the bundled set).
    public var name: String
    /// The entries as given, in input order.
    public var entries: [Entry]
    /// Zero-energy elemental entries added for formation energies (empty for total energies).
    package var implicitReferences: [Entry]
    /// What the energies are.
    public var energyKind: EnergyKind
    /// What the loader decided and why (e.g. which energy column it used), for the user.
    package var notes: [String]

    /// A dataset from entries.
    ///
    /// - Parameters:
    ///   - name: The source's name.
    ///   - entries: The entries, energies in eV per formula unit.
    ///   - energyKind: With ``EnergyKind/formation``, elements lacking a pure entry at or below
    ///     0 eV/atom get an implicit zero reference.
    ///   - notes: What the loader decided.
    public init(name: String, entries: [Entry], energyKind: EnergyKind, notes: [String] = []) {
        self.name = name
        self.entries = entries
        self.energyKind = energyKind
        self.notes = notes
        self.implicitReferences = []
        addImplicitReferences(for: [])
    }

    /// With formation energies, gives the zero reference to every element of the entries and of
    /// `others` that has no pure entry at or below 0 eV/atom (none with total energies).
    ///
    /// `others`: elements the source has although no entry here contains them, as when only the
    /// entries of some chemical systems were read from a larger source
    /// (`MPLegacyDataset.load(within:)`), so that such an element has its reference as in the
    /// whole source.
    package mutating func addImplicitReferences(for others: Set<Element>) {
        guard energyKind == .formation else { return }
        var referenced = Set<Element>()
        var present = others
        for entry in entries {
            present.formUnion(entry.composition.elements)
            if entry.isElement, entry.energyPerAtom <= 0 { referenced.insert(entry.composition.elements[0]) }
        }
        implicitReferences = present.subtracting(referenced).sorted().map { element in
            let composition = Composition.element(element)
            return Entry(id: nil, composition: composition, energy: 0,
                         attributes: ["source": "implicit zero reference (formation energies)"])
        }
    }

    /// Every entry a computation uses: the given ones and the implicit references.
    public var allEntries: [Entry] { entries + implicitReferences }

    /// The elements present, in order of atomic number.
    public var elements: [Element] {
        Set(entries.flatMap(\.composition.elements)).sorted()
    }
}

extension Composition {
    /// One atom of `element`; written with pymatgen's conventions (`O2` when reduced).
    package static func element(_ element: Element) -> Composition {
        // A single positive amount always forms a valid composition.
        try! Composition([element: 1])
    }
}
