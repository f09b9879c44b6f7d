/// The convex hull of formation energies: stable phases, energies above the hull and
/// decompositions.
///
/// Built as pymatgen's `PhaseDiagram` is, so that the two agree to rounding: each element's
/// reference is its lowest pure entry per atom; the hull is taken over the lowest entry of each
/// composition whose formation energy is below −1e-11 eV/atom, plus the references, plus one
/// artificial point far above the centre of the composition simplex so that the input is never
/// flat; facets touching that point, facing upward or of zero volume (|det| ≤ 1e-14) are dropped.
/// What remains is the lower hull; its vertices are the stable entries.
///
/// An entry lying exactly on a facet is not a vertex, so not stable (energy above hull 0).
package struct PhaseDiagram: Sendable {
    /// The elements of the diagram, in order of atomic number.
    package let elements: [Element]
    /// All entries, in the order given.
    package let entries: [Entry]
    /// Each element's reference: the index in ``entries`` of its lowest pure entry per atom.
    package let referenceIndices: [Element: Int]
    /// Each entry's formation energy, eV/atom, relative to the references.
    package let formationEnergiesPerAtom: [Double]
    /// Indices of the stable entries (hull vertices), ascending.
    package let stableIndices: [Int]
    /// The facets of the lower hull.
    let facets: [HullFacet]
    /// The facets' planes one after another (facet f's chemical potential of element e at
    /// `f * elements.count + e`): the facet location's scan reads one array, not one per facet.
    private let facetPlanes: [Double]
    /// What the entries' compositions determine.
    let layout: Layout
    private let stableSet: Set<Int>

    /// Builds the hull of `entries`.
    ///
    /// - Parameter entries: At least one pure entry per element; energies in eV per formula unit.
    /// - Throws: ``PhaseDiagramError`` for no entries, a missing elemental reference or a
    ///   non-finite energy.
    /// - Complexity: one qhull call on at most one point per composition.
    package init(entries: [Entry]) throws(PhaseDiagramError) {
        guard !entries.isEmpty else { throw .noEntries }
        for entry in entries where !entry.energy.isFinite { throw .nonFiniteEnergy(entry: entry.label) }
        try self.init(entries: entries, layout: Layout(entries: entries))
    }

    /// What a diagram's entries' compositions determine, independent of their energies: kept so
    /// that the same entries with other energies (Monte Carlo samples) need not recompute it.
    struct Layout: Sendable {
        /// The elements, in order of atomic number.
        let elements: [Element]
        /// Atom fractions of every entry over ``elements``.
        let fractionTable: [[Double]]
        /// For a pure entry, the position of its element in ``elements``; `nil` otherwise.
        let pureElement: [Int?]
        /// The entries of each composition (up to a multiple), in order of first appearance.
        let compositionGroups: [[Int]]
        /// The position in ``compositionGroups`` of each composition's group.
        let groupOfComposition: [CompositionKey: Int]
        /// One reduced formula unit of every entry (`P2O5` for P4O10).
        let reducedUnits: [Composition]

        init(entries: [Entry]) {
            let elements = Set(entries.flatMap(\.composition.elements)).sorted()
            self.elements = elements
            fractionTable = entries.map { $0.composition.atomicFractions(over: elements) }
            pureElement = entries.map { entry in entry.isElement ? elements.firstIndex(of: entry.composition.elements[0]) : nil }
            var groupOfKey: [CompositionKey: Int] = [:]
            var groups: [[Int]] = []
            for index in entries.indices {
                let key = CompositionKey(fractions: fractionTable[index])
                if let group = groupOfKey[key] {
                    groups[group].append(index)
                } else {
                    groupOfKey[key] = groups.count
                    groups.append([index])
                }
            }
            compositionGroups = groups
            groupOfComposition = groupOfKey
            reducedUnits = entries.map { $0.composition.reducedCompositionAndFactor.composition }
        }

        /// The lowest entry of each composition by `energies` (one value per entry, per atom), the
        /// first of equals, in order of the compositions' first appearance: the one rule by which
        /// the hull, the LP and every look-up pick among polymorphs.
        func lowestEntryOfEachComposition(by energies: [Double]) -> [Int] {
            compositionGroups.map { CompositionKey.lowest(of: $0) { energies[$0] } }
        }

        /// The lowest entry (by `energies`, per atom) whose composition has atom fractions
        /// `fractions` over ``elements``, if any.
        func lowestEntry(withFractions fractions: [Double], by energies: [Double]) -> Int? {
            groupOfComposition[CompositionKey(fractions: fractions)].map { CompositionKey.lowest(of: compositionGroups[$0]) { energies[$0] } }
        }
    }

    /// The index of the lowest entry (by formation energy per atom, the first of equals) with the
    /// composition of `composition` up to a multiple, if any.
    package func lowestEntryIndex(matching composition: Composition) -> Int? {
        guard let x = try? fractions(of: composition) else { return nil }
        return layout.lowestEntry(withFractions: x, by: formationEnergiesPerAtom)
    }

    /// The diagram of `entries`, whose compositions `layout` describes.
    private init(entries: [Entry], layout: Layout) throws(PhaseDiagramError) {
        let elements = layout.elements
        let references = Entry.referenceIndices(of: entries)
        for element in elements where references[element] == nil { throw .missingElementalReference(element) }
        let referenceList = elements.map { references[$0]! }
        let referenceEnergies = referenceList.map { entries[$0].energyPerAtom }
        let formationEnergies = zip(entries, layout.fractionTable).map { entry, fractions in
            Entry.formationEnergyPerAtom(energyPerAtom: entry.energyPerAtom, terms: zip(fractions, referenceEnergies))
        }
        self.elements = elements
        self.entries = entries
        self.layout = layout
        self.referenceIndices = references
        self.formationEnergiesPerAtom = formationEnergies
        self.facets = try PhaseDiagram.lowerHullFacets(
            layout: layout, energiesPerAtom: entries.map(\.energyPerAtom), references: referenceList,
            formationEnergies: formationEnergies)
        self.facetPlanes = facets.flatMap(\.chemicalPotentials)
        self.stableSet = Set(facets.flatMap(\.vertices))
        self.stableIndices = stableSet.sorted()
    }

    /// The same entries with other energies (eV per formula unit, one per entry), rebuilt without
    /// recomputing what their compositions determine — for Monte Carlo samples.
    ///
    /// - Throws: ``PhaseDiagramError/nonFiniteEnergy(entry:)`` and hull failures.
    func replacingEnergies(_ energies: [Double]) throws(PhaseDiagramError) -> PhaseDiagram {
        var changed = entries
        for index in changed.indices {
            guard energies[index].isFinite else { throw .nonFiniteEnergy(entry: changed[index].label) }
            changed[index].energy = energies[index]
        }
        return try PhaseDiagram(entries: changed, layout: layout)
    }

    /// Atom fractions of `composition` over ``elements``.
    ///
    /// - Throws: ``PhaseDiagramError/elementNotInDiagram(formula:element:)``.
    func fractions(of composition: Composition) throws(PhaseDiagramError) -> [Double] {
        for element in composition.elements where !elements.contains(element) {
            throw .elementNotInDiagram(formula: composition.reducedFormula, element: element)
        }
        return composition.atomicFractions(over: elements)
    }

    /// The formation energy per atom (eV/atom) of any entry over this diagram's references.
    ///
    /// - Parameter entry: Any entry of this chemical space, energy in eV per formula unit.
    /// - Returns: Its formation energy, eV/atom.
    /// - Throws: ``PhaseDiagramError/elementNotInDiagram(formula:element:)``.
    package func formationEnergyPerAtom(of entry: Entry) throws(PhaseDiagramError) -> Double {
        let x = try fractions(of: entry.composition)
        return Entry.formationEnergyPerAtom(
            energyPerAtom: entry.energyPerAtom, terms: zip(x, elements.lazy.map { entries[referenceIndices[$0]!].energyPerAtom }))
    }

    /// The facet whose plane is highest at `x` (the lower hull is the maximum of its facet
    /// planes) together with `x`'s barycentric coordinates in it.
    func locate(_ x: [Double]) -> (facet: HullFacet, coordinates: [Double]) {
        let d = x.count
        let best = facetPlanes.withUnsafeBufferPointer { planes in
            x.withUnsafeBufferPointer { x in
                var best = 0
                var bestEnergy = -Double.infinity
                var base = 0
                for index in 0..<facets.count {
                    var energy = 0.0
                    for element in 0..<d { energy += x[element] * planes[base + element] }
                    if energy > bestEnergy {
                        bestEnergy = energy
                        best = index
                    }
                    base += d
                }
                return best
            }
        }
        let coordinates = facets[best].barycentricCoordinates(of: x)
        if coordinates.allSatisfy({ $0 >= -Tolerance.barycentricInside }) { return (facets[best], coordinates) }
        // Rounding picked a neighbouring facet's plane: take the facet that contains x best.
        var fallback = (facet: facets[best], coordinates: coordinates, violation: -(coordinates.min() ?? 0))
        for facet in facets {
            let candidate = facet.barycentricCoordinates(of: x)
            let violation = -(candidate.min() ?? 0)
            if violation < fallback.violation { fallback = (facet, candidate, violation) }
        }
        return (fallback.facet, fallback.coordinates)
    }

    /// The hull's formation energy (eV/atom) at `composition`.
    ///
    /// - Parameter composition: Any composition of the diagram's elements.
    /// - Returns: The lower hull's formation energy there, eV/atom (≤ 0).
    /// - Throws: ``PhaseDiagramError/elementNotInDiagram(formula:element:)``.
    /// - Complexity: O(F·d) for F facets and d elements.
    package func hullFormationEnergyPerAtom(at composition: Composition) throws(PhaseDiagramError) -> Double {
        let (facet, coordinates) = locate(try fractions(of: composition))
        return hullFormationEnergyPerAtom(on: facet, at: coordinates)
    }

    /// The hull's formation energy (eV/atom) at barycentric `coordinates` on `facet`.
    private func hullFormationEnergyPerAtom(on facet: HullFacet, at coordinates: [Double]) -> Double {
        zip(facet.vertices, coordinates).reduce(0) { $0 + $1.1 * formationEnergiesPerAtom[$1.0] }
    }

    /// The hull at `composition` from one facet location: its decomposition (as
    /// ``decomposition(of:)``) and the hull's formation energy there (eV/atom, as
    /// ``hullFormationEnergyPerAtom(at:)``), for a question that needs both.
    ///
    /// - Parameter composition: Any composition of the diagram's elements.
    /// - Throws: ``PhaseDiagramError/elementNotInDiagram(formula:element:)``.
    /// - Complexity: O(F·d) for F facets and d elements, once.
    package func hull(
        at composition: Composition
    ) throws(PhaseDiagramError) -> (decomposition: [DecompositionComponent], formationEnergyPerAtom: Double) {
        let (decomposition, energy) = try hullIndices(at: composition)
        return (decomposition.map { DecompositionComponent(entry: entries[$0.index], fraction: $0.fraction) }, energy)
    }

    /// ``hull(at:)`` with the decomposition as indices into ``entries`` (no entry copied).
    func hullIndices(
        at composition: Composition
    ) throws(PhaseDiagramError) -> (decomposition: [(index: Int, fraction: Double)], formationEnergyPerAtom: Double) {
        let (facet, coordinates) = locate(try fractions(of: composition))
        return (decompositionIndices(on: facet, at: coordinates), hullFormationEnergyPerAtom(on: facet, at: coordinates))
    }

    /// The stable phases `composition` decomposes into, with atom fractions summing to 1
    /// (amounts at or below `Tolerance.decompositionFraction` left out), ordered by entry index.
    ///
    /// - Parameter composition: Any composition of the diagram's elements.
    /// - Returns: Stable entries and their atom fractions.
    /// - Throws: ``PhaseDiagramError/elementNotInDiagram(formula:element:)``.
    package func decomposition(of composition: Composition) throws(PhaseDiagramError) -> [DecompositionComponent] {
        try decompositionIndices(of: composition).map { DecompositionComponent(entry: entries[$0.index], fraction: $0.fraction) }
    }

    /// ``decomposition(of:)`` as indices into ``entries``.
    func decompositionIndices(of composition: Composition) throws(PhaseDiagramError) -> [(index: Int, fraction: Double)] {
        let (facet, coordinates) = locate(try fractions(of: composition))
        return decompositionIndices(on: facet, at: coordinates)
    }

    /// The decomposition at barycentric `coordinates` on `facet`, as indices into ``entries``.
    private func decompositionIndices(on facet: HullFacet, at coordinates: [Double]) -> [(index: Int, fraction: Double)] {
        zip(facet.vertices, coordinates)
            .filter { $0.1 > Tolerance.decompositionFraction }
            .sorted { $0.0 < $1.0 }
            .map { (index: $0.0, fraction: $0.1) }
    }

    /// The energy above the hull (eV/atom) of any entry of this chemical space: its formation
    /// energy minus the hull's at its composition. ≥ 0 (to rounding) for entries of the diagram;
    /// negative for a foreign entry below the hull.
    ///
    /// - Parameter entry: An entry of the diagram or a foreign one of the same elements.
    /// - Returns: E_hull, eV/atom.
    /// - Throws: ``PhaseDiagramError/elementNotInDiagram(formula:element:)``.
    package func energyAboveHull(of entry: Entry) throws(PhaseDiagramError) -> Double {
        try formationEnergyPerAtom(of: entry) - hullFormationEnergyPerAtom(at: entry.composition)
    }

    /// The energy above the hull (eV/atom) of ``entries``[`index`]; exactly 0 for a vertex, never
    /// negative (an entry qhull left on a facet within rounding reads 0).
    ///
    /// - Parameter index: An index into ``entries``.
    /// - Returns: E_hull, eV/atom.
    /// - Complexity: O(F·d) (the hull at its composition) for an entry that is not a vertex.
    package func energyAboveHull(ofEntryAt index: Int) -> Double {
        if isStable(entryAt: index) { return 0 }
        // Every entry's elements are in the diagram.
        return EntryStability.energyAboveHull(
            formation: formationEnergiesPerAtom[index], hull: try! hullFormationEnergyPerAtom(at: entries[index].composition))
    }

    /// ``energyAboveHull(ofEntryAt:)`` of every entry, in order: the same values, the hull
    /// located once per distinct composition (exactly equal atom fractions: polymorphs and
    /// multiples share it), on all cores. What a caller that needs only every entry's E_hull
    /// reads (pymatgen's `PatchedPhaseDiagram` through the C interface), without building rows.
    ///
    /// - Returns: E_hull of each of ``entries``, eV/atom; exactly 0 for a vertex.
    /// - Complexity: O(F·d) per distinct composition of an unstable entry.
    package func energiesAboveHull() -> [Double] {
        var slotOfFractions: [[Double]: Int] = [:]
        var located: [[Double]] = []
        var slots = [Int](repeating: -1, count: entries.count)
        for index in entries.indices where !isStable(entryAt: index) {
            // Every entry's elements are in the diagram.
            let x = try! fractions(of: entries[index].composition)
            if let slot = slotOfFractions[x] {
                slots[index] = slot
            } else {
                slots[index] = located.count
                slotOfFractions[x] = located.count
                located.append(x)
            }
        }
        let points = located
        let hulls = concurrentBlocks(count: points.count, size: 256) { range in
            range.map { slot in
                let (facet, coordinates) = locate(points[slot])
                return hullFormationEnergyPerAtom(on: facet, at: coordinates)
            }
        }.flatMap { $0 }
        return entries.indices.map { index in
            slots[index] < 0 ? 0 : EntryStability.energyAboveHull(formation: formationEnergiesPerAtom[index], hull: hulls[slots[index]])
        }
    }

    /// Whether ``entries``[`index`] is a vertex of the hull.
    ///
    /// - Parameter index: An index into ``entries``.
    package func isStable(entryAt index: Int) -> Bool {
        stableSet.contains(index)
    }

    /// The stable entries.
    package var stableEntries: [Entry] { stableIndices.map { entries[$0] } }

    /// Bartel et al.'s decomposition energy (eV/atom) of ``entries``[`index`], as pymatgen's
    /// `get_decomp_and_phase_separation_energy` defines it (``EntryStability``'s rule), exactly:
    /// for an entry whose composition has a stable entry (itself or a polymorph), its formation
    /// energy less the hull at its composition of **all** other entries of its chemical system,
    /// unstable ones included, other than its polymorphs (negative for the stable entry; for an
    /// unstable polymorph (f − f_S) + Ed(S)); otherwise its energy above the hull; `nil` for a
    /// pure element. (pymatgen's `get_equilibrium_reaction_energy` uses only the stable entries
    /// and differs where an unstable phase lies between the entry and the rest of the hull.)
    ///
    /// Bartel, C. J. et al. npj Comput. Mater. 6, 97 (2020).
    ///
    /// - Parameter index: An index into ``entries``.
    /// - Returns: The decomposition energy, eV/atom (negative for a stable compound), or `nil`.
    /// - Complexity: one hull of the entry's chemical subsystem when its composition is on the
    ///   hull.
    package func decompositionEnergy(ofEntryAt index: Int) -> Double? {
        decompositionEnergy(ofEntryAt: index) { hullOfOtherCompositions(at: index) }
    }

    /// ``decompositionEnergy(ofEntryAt:)`` with the hull of the other compositions at the entry's
    /// composition (eV/atom; the same for all its polymorphs) given by `hullOfOtherCompositions`
    /// (called only when that composition has a stable entry), for callers that find it more
    /// cheaply than a hull of them (one linear program).
    func decompositionEnergy<Failure: Error>(
        ofEntryAt index: Int, hullOfOtherCompositions: () throws(Failure) -> Double?
    ) throws(Failure) -> Double? {
        try EntryStability.decompositionEnergy(
            isElement: entries[index].isElement, compositionIsOnHull: compositionIsOnHull(ofEntryAt: index),
            formationEnergy: formationEnergiesPerAtom[index], energyAboveHull: energyAboveHull(ofEntryAt: index),
            hullOfOtherCompositions: hullOfOtherCompositions)
    }

    /// Whether the composition of ``entries``[`index`] has a stable entry (it or a polymorph):
    /// only the lowest entry of a composition can be a vertex.
    func compositionIsOnHull(ofEntryAt index: Int) -> Bool {
        isStable(entryAt: index) || lowestEntryIndex(matching: entries[index].composition).map(isStable(entryAt:)) == true
    }

    /// The hull (eV/atom) at the composition of ``entries``[`index`] of the entries of its
    /// chemical system with other compositions, by a hull of them; `nil` if it cannot be built.
    func hullOfOtherCompositions(at index: Int) -> Double? {
        // The diagram spans the entry's elements, so the composition is inside it.
        otherCompositionsDiagram(at: index).map { try! $0.hullFormationEnergyPerAtom(at: entries[index].composition) }
    }

    /// The diagram of the entries of the chemical system of ``entries``[`index`] whose
    /// compositions differ from its own (its polymorphs left out): what Bartel's decomposition
    /// energy of a stable compound, and pymatgen's `get_decomp_and_phase_separation_energy`,
    /// measure it against. `nil` if it cannot be built.
    ///
    /// - Parameter index: An index into ``entries``.
    /// - Complexity: one hull of the entry's chemical subsystem.
    package func otherCompositionsDiagram(at index: Int) -> PhaseDiagram? {
        let entry = entries[index]
        let others = ChemicalSystemIndex(entries: entries).entryIndices(within: ChemicalSystem(entry.composition)).filter {
            !entries[$0].composition.isSameReducedComposition(as: entry.composition)
        }
        // The references are pure entries, never `entry`, so the subsystem keeps them.
        return try? PhaseDiagram(entries: others.map { entries[$0] })
    }
}
