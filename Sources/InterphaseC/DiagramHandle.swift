import Interphase

/// What a Python `PhaseDiagram` or `PatchedPhaseDiagram` holds across calls: the library's
/// diagram of the caller's entries, behind an opaque pointer that `interphase_diagram_free`
/// releases.
///
/// Each entry's id is `#` and its position in the caller's list, so that every entry the
/// library returns (a decomposition's phases, a profile's products) leads back to the caller's
/// own object, and messages name the entry by its position (`Li2O (#3)`).
final class DiagramHandle: Sendable {
    /// The two diagrams pymatgen offers, each answered by its library counterpart.
    enum Kind: Sendable {
        /// One hull over all entries (`PhaseDiagram`).
        case single(PhaseDiagram)
        /// pymatgen's `PatchedPhaseDiagram`: every entry's stability and energy above the hull
        /// from the hull store's whole-data pass (only these numbers are kept), and the atlas
        /// that routes a composition to the diagram of its system.
        case patched(WholeDataNumbers, PhaseDiagramAtlas)
    }

    /// What Python reads of every entry after building: whether it is stable and its energy
    /// above the hull (eV/atom), in the caller's order. No rows of products and formulas.
    struct WholeDataNumbers: Sendable {
        let isStable: [Bool]
        let energiesAboveHull: [Double]

        /// The numbers of the hull store's whole-data pass without decomposition energies
        /// (what pymatgen's `PatchedPhaseDiagram` computes), without its rows of products and
        /// formulas (measured: 10⁴ entries over 6 elements, ~40% less CPU than the rows).
        init(atlas: PhaseDiagramAtlas) throws {
            (isStable, energiesAboveHull) = try atlas.store.wholeDataEnergiesAboveHull()
        }
    }

    let kind: Kind
    /// The entries, in the caller's order.
    let entries: [Entry]

    /// Builds the diagram of `entries`.
    ///
    /// - Throws: the library's ``PhaseDiagramError`` or ``StabilityError``.
    init(entries: [Entry], patched: Bool) throws {
        self.entries = entries
        if patched {
            let atlas = PhaseDiagramAtlas(entries: entries)
            // pymatgen's PatchedPhaseDiagram computes no decomposition energies: neither does the pass.
            kind = .patched(try WholeDataNumbers(atlas: atlas), atlas)
        } else {
            kind = .single(try PhaseDiagram(entries: entries))
        }
    }

    /// The id that leads back to the caller's entry at `position`.
    static func id(ofPosition position: Int) -> String { "#\(position)" }

    /// The caller's position of an entry the library returned.
    static func position(ofID id: String?) -> Int32 {
        guard let id, id.first == "#", let position = Int32(id.dropFirst()) else { return -1 }
        return position
    }

    /// The diagram that answers questions about the chemical system of `elements`: the single
    /// diagram itself, or the hull store's (cached) hull of that system's stable set — the
    /// stable entries of its subsystems and its own entries, the same facets as the hull of all
    /// its entries from far fewer points (what the library reads candidates off). Elements
    /// without entries are left to the diagram's queries, which name them.
    func diagram(for elements: Set<Element>) throws -> PhaseDiagram {
        switch kind {
        case .single(let diagram):
            return diagram
        case .patched(_, let atlas):
            let system = ChemicalSystem(elements).intersection(atlas.index.allElements)
            // No element with entries: the atlas's diagram, whose queries throw the usual errors.
            if system.isEmpty { return try atlas.subsystemDiagram(of: elements) }
            return try atlas.store.candidateDiagram(of: system)
        }
    }

    /// Whether the caller's entry at `position` is a vertex of the hull.
    func isStable(at position: Int) -> Bool {
        switch kind {
        case .single(let diagram): diagram.isStable(entryAt: position)
        case .patched(let numbers, _): numbers.isStable[position]
        }
    }

    /// The energy above the hull (eV/atom) of the caller's entry at `position`.
    func energyAboveHull(at position: Int) -> Double {
        switch kind {
        case .single(let diagram): diagram.energyAboveHull(ofEntryAt: position)
        case .patched(let numbers, _): numbers.energiesAboveHull[position]
        }
    }

    /// The diagram of the system of the caller's entry at `position`, and the entry's index in it.
    func diagramAndIndex(ofEntryAt position: Int) throws -> (PhaseDiagram, Int) {
        let diagram = try diagram(for: Set(entries[position].composition.elements))
        if case .single = kind { return (diagram, position) }
        let id = Self.id(ofPosition: position)
        // The system's diagram holds every entry of the system, this one included.
        return (diagram, diagram.entries.firstIndex { $0.id == id }!)
    }
}
