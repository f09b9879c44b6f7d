import Foundation

/// The phase diagrams of a dataset, one per chemical system, built only when a question needs
/// them: the library's answer to "which hull answers this question?".
///
/// A question about a composition (its window, its decomposition), a pair of reactants (their
/// interface reaction) or an electrolyte and a metal (their interphase) involves only the
/// chemical system of its elements plus any open element. The atlas returns the hull of exactly
/// that system, built from the entries of the system and its subsystems, cached by system and
/// safe to share between threads; a dataset of the whole Materials Project (84 elements) then
/// answers any question with hulls of a few elements.
///
/// - Data of at most `singleHullElementLimit` elements (Li–P–O–N) get one hull over everything,
///   as a `PhaseDiagram` of the whole data gives: results are those of that diagram, bit for bit.
/// - Larger data get a hull per question system. A system of more than `hullElementLimit`
///   elements is refused (``StabilityError/systemTooLarge(_:limit:)``) rather than started.
/// - ``EntryConstraints`` apply to the whole data when it is small, and to each system's entries
///   otherwise (exclusions are checked against the whole data once; admitted metastable phases are
///   those within the tolerance of their own system's hull, the same ones a whole-data hull finds).
///
/// - Complexity: building costs O(N) to index N entries; each question costs one index look-up
///   plus, the first time its system is asked for, one hull of that system's entries.
public struct PhaseDiagramAtlas: Sendable {
    /// Data spanning at most this many elements get one hull over everything: a qhull call in at
    /// most 4 dimensions over the data is milliseconds, and whole-data results stay what a single
    /// `PhaseDiagram` gives. Read from the library's one routing policy, where it is measured.
    package static var singleHullElementLimit: Int { HullRoutingPolicy.standard.singleHullElementLimit }

    /// The largest chemical system (number of elements) whose hull the atlas builds; larger
    /// questions are refused with this limit named. The cost of a qhull hull grows exponentially
    /// with its dimension: over the Materials Project a system of 6 elements takes about 0.1 s,
    /// of 8 elements a few seconds, of 9 and more minutes and gigabytes. Read from the library's
    /// one routing policy.
    package static var hullElementLimit: Int { HullRoutingPolicy.standard.hullElementLimit }

    /// Candidates (`stability(of:)`) of systems of at least this many elements are answered by
    /// a linear program each rather than read off their system's hull (a quaternary system's
    /// hull costs about as much as 30 LPs, and screening sets put about 10 candidates in each
    /// system of 4 or more elements). Read from the library's one routing policy.
    package static var candidateLinearProgrammingElementCount: Int { HullRoutingPolicy.standard.candidateLinearProgrammingElementCount }

    /// The stable sets of the data's systems, built bottom-up as questions need them (without
    /// constraints); shared by every copy of this atlas and every atlas ``constrained(by:)``.
    package let store: HullStore
    /// The entries, indexed by chemical system.
    package var index: ChemicalSystemIndex { store.index }
    /// The constraints applied to every diagram.
    package private(set) var constraints: EntryConstraints
    /// The hulls (and decomposition energies) computed so far under ``constraints``, shared by
    /// every copy of this atlas.
    private(set) var cache: Cache
    /// The caches of every set of constraints asked for, the unconstrained one included; shared
    /// by every atlas made from the same data (``constrained(by:)``).
    let scopes: Scopes

    /// An atlas of `entries` (energies in eV per formula unit, every element with a pure entry).
    /// Questions carry their constraints in their ``Conditions``.
    ///
    /// - Parameter entries: Every entry a computation may use (a dataset's ``Dataset/allEntries``).
    /// - Complexity: O(N·k) for N entries of at most k elements.
    public init(entries: [Entry]) {
        store = HullStore(entries: entries)
        scopes = Scopes()
        constraints = EntryConstraints()
        cache = scopes.cache(for: constraints)
    }

    /// An atlas of `entries` whose own diagrams apply `constraints` (the CLI's and the tests'
    /// shorthand for ``constrained(by:)``).
    ///
    /// - Throws: ``ConstraintError`` for an exclusion that matches no entry.
    package init(entries: [Entry], constraints: EntryConstraints) throws(ConstraintError) {
        self.init(entries: entries)
        if !constraints.isEmpty { try constraints.validateExclusions(against: entries) }
        self.constraints = constraints
        cache = scopes.cache(for: constraints)
    }

    /// This atlas with `constraints` applied to every diagram instead of its own: the same
    /// entries and index, and a cache of hulls kept per set of constraints and shared with every
    /// atlas of the same data (asking twice under the same constraints builds each hull once).
    ///
    /// - Parameter constraints: Phases to exclude and metastable phases to admit.
    /// - Throws: ``StabilityError/constraints(_:)`` for an exclusion that matches no entry of the
    ///   data.
    /// - Complexity: O(N) per exclusion token the first time a set of constraints is asked for.
    package func constrained(by constraints: EntryConstraints) throws(StabilityError) -> PhaseDiagramAtlas {
        if constraints == self.constraints { return self }
        if !constraints.isEmpty, !scopes.hasCache(for: constraints) {
            do throws(ConstraintError) { try constraints.validateExclusions(against: index.entries) } catch { throw .constraints(error) }
        }
        return constrained(unchecked: constraints)
    }

    /// ``constrained(by:)`` without checking the exclusions against the data.
    private func constrained(unchecked constraints: EntryConstraints) -> PhaseDiagramAtlas {
        var copy = self
        copy.constraints = constraints
        copy.cache = scopes.cache(for: constraints)
        return copy
    }

    /// An atlas of a dataset's entries and implicit references.
    ///
    /// - Parameter dataset: The data.
    public init(dataset: Dataset) {
        self.init(entries: dataset.allEntries)
    }

    /// An atlas of a dataset whose own diagrams apply `constraints`.
    ///
    /// - Throws: ``ConstraintError`` for an exclusion that matches no entry.
    package init(dataset: Dataset, constraints: EntryConstraints) throws(ConstraintError) {
        try self.init(entries: dataset.allEntries, constraints: constraints)
    }

    /// Whether the data get one hull over everything (at most `singleHullElementLimit`
    /// elements).
    package var usesSingleHull: Bool { store.policy.usesSingleHull(elementCount: index.allElements.count) }

    /// The phase diagram that answers questions about the chemical system of `elements`, with
    /// what the constraints did in it: for small data the whole data's diagram, otherwise the
    /// hull of every entry whose elements lie in `elements` (elements without entries ignored).
    ///
    /// - Parameter elements: The question's elements, open elements included.
    /// - Throws: ``StabilityError/systemTooLarge(_:limit:)`` above `hullElementLimit` elements;
    ///   ``StabilityError/constraints(_:)`` and ``StabilityError/phaseDiagram(_:)`` from building.
    /// - Complexity: a cache look-up; the first time, one hull of the system's entries.
    package func diagram(for elements: Set<Element>) throws(StabilityError) -> ConstrainedDiagram {
        try cachedDiagram(of: usesSingleHull ? index.allElements : ChemicalSystem(elements).intersection(index.allElements))
    }

    /// The diagram of exactly the chemical system of `elements` (elements without entries
    /// ignored), with the constraints applied: what a question's geometry is read off (a window's
    /// voltage profile, a ternary figure). For larger data it is ``diagram(for:)``'s; for small
    /// data it is the hull of the single hull's entries within the system (under constraints, the
    /// whole data's constrained entries, as a single hull has them), cached like every diagram.
    ///
    /// - Parameter elements: The system's elements.
    /// - Throws: as ``diagram(for:)``.
    /// - Complexity: a cache look-up; the first time, one hull of the system's entries.
    package func subsystemDiagram(of elements: Set<Element>) throws(StabilityError) -> PhaseDiagram {
        let system = ChemicalSystem(elements).intersection(index.allElements)
        // No element with entries: ``diagram(for:)``'s answer, whose queries throw the usual errors.
        if system.isEmpty { return try diagram(for: elements).diagram }
        return try cachedDiagram(of: system).diagram
    }

    /// The diagram of `system` from the cache, built the first time.
    private func cachedDiagram(of system: ChemicalSystem) throws(StabilityError) -> ConstrainedDiagram {
        guard !store.policy.refusesHull(elementCount: system.count) else {
            throw .systemTooLarge(system.elements, limit: store.policy.hullElementLimit)
        }
        return try cache.diagrams.value(for: system) {
            Result { () throws(StabilityError) -> ConstrainedDiagram in try build(system) }
        }.get()
    }

    /// The whole data's hull, every entry's stability (without constraints), computed by the
    /// store's parallel pass (whose stable sets later questions read).
    ///
    /// - Parameter decompositionEnergies: Whether stable compounds get Bartel's decomposition
    ///   energy (see ``HullStore/wholeDataHull(decompositionEnergies:)``).
    /// - Throws: ``StabilityError/phaseDiagram(_:)`` from building.
    /// - Complexity: see ``HullStore/wholeDataHull(decompositionEnergies:)``.
    package func wholeDataHull(decompositionEnergies: Bool = true) throws(StabilityError) -> PatchedPhaseDiagram {
        do throws(PhaseDiagramError) {
            return try PatchedPhaseDiagram(store: store, decompositionEnergies: decompositionEnergies)
        } catch {
            throw .phaseDiagram(error)
        }
    }

    /// The diagram of `system` with the constraints applied to its entries. A subsystem of small
    /// data under constraints takes the whole data's constrained entries within it (the
    /// constraints apply to the whole data there).
    private func build(_ system: ChemicalSystem) throws(StabilityError) -> ConstrainedDiagram {
        if usesSingleHull, !constraints.isEmpty, system != index.allElements {
            let whole = try cachedDiagram(of: index.allElements)
            let kept = ChemicalSystemIndex(entries: whole.diagram.entries)
            do throws(PhaseDiagramError) {
                return ConstrainedDiagram(
                    diagram: try PhaseDiagram(entries: kept.entryIndices(within: system).map { kept.entries[$0] }),
                    record: whole.record)
            } catch {
                throw .phaseDiagram(error)
            }
        }
        var entries = index.entryIndices(within: system).map { index.entries[$0] }
        if entries.isEmpty, let lightest = index.allElements.elements.first {
            // No element of the question has entries: the lightest element's diagram, so that
            // queries on it throw the usual "element not in the data" errors.
            entries = index.entryIndices(within: ChemicalSystem([lightest])).map { index.entries[$0] }
        }
        var record: ConstraintRecord?
        if !constraints.isEmpty {
            do throws(ConstraintError) {
                let constrained = try constraints.apply(to: entries, requiringMatches: usesSingleHull)
                entries = constrained.entries
                record = constrained.record
            } catch {
                throw .constraints(error)
            }
        }
        do throws(PhaseDiagramError) {
            return ConstrainedDiagram(diagram: try PhaseDiagram(entries: entries), record: record)
        } catch {
            throw .phaseDiagram(error)
        }
    }

    /// One ``Cache`` per set of constraints, made when first asked for; a lock makes it safe to
    /// share between threads.
    final class Scopes: @unchecked Sendable {
        private let lock = NSLock()
        private var caches: [EntryConstraints: Cache] = [:]

        func cache(for constraints: EntryConstraints) -> Cache {
            lock.withLock {
                if let cache = caches[constraints] { return cache }
                let cache = Cache()
                caches[constraints] = cache
                return cache
            }
        }

        func hasCache(for constraints: EntryConstraints) -> Bool {
            lock.withLock { caches[constraints] != nil }
        }
    }

    /// What the atlas has computed so far under one set of constraints: diagrams by chemical
    /// system and decomposition energies of stable entries, each built once however many
    /// threads ask for it.
    final class Cache: Sendable {
        let diagrams = OnceCache<ChemicalSystem, Result<ConstrainedDiagram, StabilityError>>()
        let decompositionEnergies = OnceCache<DecompositionKey, Double?>()

        /// How many diagrams were built so far (each system at most once).
        var diagramBuildCount: Int { diagrams.buildCount }
    }

    /// A stable entry of the diagram of a chemical system.
    struct DecompositionKey: Hashable, Sendable {
        let system: ChemicalSystem
        let entry: Int
    }
}
