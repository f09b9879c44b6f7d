/// The convex hull of a large dataset computed one chemical system at a time: the stability of
/// every entry of, say, all 85,014 Materials Project compositions over 84 elements, where one
/// hull over everything would be an 83-dimensional qhull call that cannot finish.
///
/// The result of a ``HullStore``'s whole-data pass (``HullStore/wholeDataHull()``), which builds
/// it bottom-up by element count on all cores, deterministically. Every entry gets the
/// ``EntryStability`` a single `PhaseDiagram` over all entries would give it (energy above
/// hull, stability, decomposition products, Bartel's decomposition energy), to rounding: the
/// hull facets are the same, only the points qhull sees differ.
package struct PatchedPhaseDiagram: Sendable {
    /// The entries and their chemical systems.
    package let index: ChemicalSystemIndex
    /// The stability of each of ``entries``, in the same order.
    package let stabilities: [EntryStability]
    /// Indices of the stable entries, ascending.
    package let stableIndices: [Int]

    /// The entries, in the order given.
    package var entries: [Entry] { index.entries }

    /// The elements of the data, in order of atomic number.
    package var elements: [Element] { index.allElements.elements }

    /// The whole-data hull of `store`.
    ///
    /// - Parameters:
    ///   - store: The hull store of the entries (its stable sets are kept for later questions).
    ///   - decompositionEnergies: Whether stable compounds get Bartel's decomposition energy
    ///     (see ``HullStore/wholeDataHull(decompositionEnergies:)``).
    /// - Throws: ``PhaseDiagramError`` as ``HullStore/wholeDataHull(decompositionEnergies:)``.
    package init(store: HullStore, decompositionEnergies: Bool = true) throws(PhaseDiagramError) {
        let hull = try store.wholeDataHull(decompositionEnergies: decompositionEnergies)
        index = store.index
        stabilities = hull.stabilities
        stableIndices = hull.stableIndices
    }

    /// Builds the hull of `entries` system by system, in a store of its own.
    ///
    /// - Parameters:
    ///   - entries: At least one pure entry per element; energies in eV per formula unit.
    ///   - policy: The routing thresholds (the measured defaults unless a test forces a route).
    /// - Throws: ``PhaseDiagramError`` as `PhaseDiagram.init(entries:)`: no entries, a
    ///   non-finite energy, a missing elemental reference, or a qhull failure (the first one in
    ///   the order of the systems).
    /// - Complexity: see ``HullStore/wholeDataHull()``.
    package init(entries: [Entry], policy: HullRoutingPolicy = .standard) throws(PhaseDiagramError) {
        try self.init(store: HullStore(entries: entries, policy: policy))
    }

    /// The stability of ``entries``[`index`] (see `PhaseDiagram.stability(ofEntryAt:)`).
    ///
    /// - Complexity: O(1); computed when the diagram was built.
    package func stability(ofEntryAt index: Int) -> EntryStability { stabilities[index] }

    /// The energy above the hull (eV/atom) of ``entries``[`index`].
    ///
    /// - Complexity: O(1).
    package func energyAboveHull(ofEntryAt index: Int) -> Double { stabilities[index].energyAboveHull }

    /// Whether ``entries``[`index`] is a vertex of the hull.
    ///
    /// - Complexity: O(1).
    package func isStable(entryAt index: Int) -> Bool { stabilities[index].isStable }
}
