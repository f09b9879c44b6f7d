extension PhaseDiagramAtlas {
    /// What a candidate's stability reports below the hull.
    package enum CandidateReport: Sendable {
        /// The row of `interphase hull --input`: a candidate below the hull is stable with energy
        /// above hull 0, and gets Bartel's decomposition energy.
        case row
        /// pymatgen's `get_e_above_hull(entry, allow_negative=True)`: a candidate below the hull
        /// reports minus its distance below the data's hull as its energy above hull. Bartel's
        /// decomposition energy of such a candidate is left `nil` where it would cost a hull (a
        /// stable polymorph in the data).
        case signedEnergyAboveHull
    }

    /// The stability of an entry that is not in the data, as if it were added to it alone,
    /// read off the data's hull of the entry's chemical system (no new hull per entry).
    ///
    /// With f its formation energy and h the hull's at its composition (eV/atom):
    /// - f below h by more than `Tolerance.onHull` (and below −`Tolerance.formationEnergy`):
    ///   stable (energy above hull 0). Otherwise unstable: energy above hull max(f − h, 0) (a
    ///   tie within `Tolerance.onHull` is on the hull, not stable), decomposing into the hull's
    ///   phases there (`EntryStability.liesBelowHull(formation:hull:)`, the one verdict).
    /// - Bartel's decomposition energy as pymatgen's `get_decomp_and_phase_separation_energy`
    ///   defines it, exactly: when the data hold a stable entry S of its composition,
    ///   (f − f_S) + S's own decomposition energy (f less the hull of the *other* compositions,
    ///   its polymorphs excluded), whether the candidate lies above S or below it; otherwise
    ///   f − h (negative for a new stable composition).
    /// - A pure element: its formation energy against the data's reference, kept as given. Below
    ///   the reference it is stable (energy above hull 0: added to the data it would be the
    ///   element's new reference, the terminal entry of pymatgen's `PhaseDiagram`) and its
    ///   decomposition energy is that formation energy, negative: how far below the data's
    ///   reference it lies (pymatgen's `get_decomp_and_phase_separation_energy` of an element, its
    ///   energy above the data's hull allowed negative). At or above it, unstable with energy above
    ///   hull and decomposition energy both the formation energy, decomposing into the reference.
    ///
    /// Energies must be on the data's scale (formation energies for formation-energy data).
    ///
    /// With `report` ``CandidateReport/signedEnergyAboveHull``, a candidate below the hull
    /// reports f − h (negative) as its energy above hull, an element its formation energy.
    ///
    /// - Parameters:
    ///   - entry: The candidate, energy in eV per formula unit.
    ///   - report: What to report below the hull (the CLI's row by default).
    /// - Returns: The row of `interphase hull --input`.
    /// - Throws: ``StabilityError/elementNotInData(formula:element:)`` for an element without
    ///   entries, ``StabilityError/phaseDiagram(_:)`` for a non-finite energy, and the errors of
    ///   ``diagram(for:)``.
    /// - Complexity: O(F·d) for the F facets of its system's hull of d elements, once that hull
    ///   is built; one more hull per stable polymorph met for the first time.
    package func stability(of entry: Entry, report: CandidateReport = .row) throws(StabilityError) -> EntryStability {
        try stabilities(of: [entry], report: report)[0].get()
    }

    /// `stability(of:report:)` of each of `entries`, computed concurrently on all cores, in order.
    ///
    /// The candidates are answered one chemical system at a time (in blocks of at most
    /// `candidateBlockSize`, so that a system with thousands of candidates is shared among the
    /// cores): one look-up of the system's hull or linear programs serves the block, and a block
    /// answered by linear programs is one program over the system's columns, prepared once (each candidate's program solved from a fresh basis, so that its
    /// answer does not depend on the others asked with it). No formula is written but those of
    /// the products (each once per block).
    ///
    /// - Parameters:
    ///   - entries: The candidates.
    ///   - formulas: The formula each result reports (the one the user typed), one per entry;
    ///     `nil`: each entry's reduced formula.
    ///   - report: What to report below the hull (the CLI's row by default).
    /// - Returns: One result per entry: its stability or why it could not be evaluated.
    /// - Complexity: one hull (or one set of linear programs) per distinct chemical system among
    ///   the entries (shared), then O(F·d) or a few simplex pivots per entry, spread over the cores.
    package func stabilities(
        of entries: [Entry], formulas: [String]? = nil, report: CandidateReport = .row
    ) -> [Result<EntryStability, StabilityError>] {
        let count = entries.count
        guard count > 0 else { return [] }
        // Each entry's chemical system (concurrently), then the entries grouped by system in
        // order of first appearance by one counting pass: no array per system.
        let systemOfEntry = concurrentBlocks(count: count, size: 4096) { range in range.map { ChemicalSystem(entries[$0].composition) } }
            .flatMap { $0 }
        var groupOfSystem: [ChemicalSystem: Int] = [:]
        var systems: [ChemicalSystem] = []
        var sizes: [Int] = []
        var groupOfEntry = [Int](repeating: 0, count: count)
        for position in 0..<count {
            let system = systemOfEntry[position]
            let group: Int
            if let known = groupOfSystem[system] {
                group = known
            } else {
                group = systems.count
                groupOfSystem[system] = group
                systems.append(system)
                sizes.append(0)
            }
            sizes[group] += 1
            groupOfEntry[position] = group
        }
        var next = [Int](repeating: 0, count: systems.count)
        var blocks: [(system: ChemicalSystem, range: Range<Int>)] = []
        var start = 0
        for (group, size) in sizes.enumerated() {
            next[group] = start
            for blockStart in stride(from: start, to: start + size, by: Self.candidateBlockSize) {
                blocks.append((systems[group], blockStart..<min(blockStart + Self.candidateBlockSize, start + size)))
            }
            start += size
        }
        var grouped = [Int](repeating: 0, count: count)
        for position in 0..<count {
            grouped[next[groupOfEntry[position]]] = position
            next[groupOfEntry[position]] += 1
        }
        let work = blocks
        let positions = grouped
        let signed = report == .signedEnergyAboveHull
        // Each block's answers go straight to their places in the result.
        return concurrentlyFilled(count: count, workItems: work.count) { block, deliver in
            let members = positions[work[block].range]
            self.stabilities(of: members, in: work[block].system, entries: entries, formulas: formulas, signed: signed) { offset, outcome in
                deliver(members[members.startIndex + offset], outcome)
            }
        }
    }

    /// At most this many candidates of one system are answered together (one work item of the
    /// cores, one sequence of linear programs).
    static var candidateBlockSize: Int { 512 }

    /// The candidates at `positions` of `entries`, all of the chemical system `system`: each
    /// one's result is handed to `deliver` with its offset in `positions`, exactly once.
    private func stabilities(
        of positions: ArraySlice<Int>, in system: ChemicalSystem, entries: [Entry], formulas: [String]?, signed: Bool,
        deliver: (Int, consuming Result<EntryStability, StabilityError>) -> Void
    ) {
        var valid: [Int] = []  // offsets into `positions`
        for (offset, position) in positions.enumerated() {
            do throws(StabilityError) {
                guard entries[position].energy.isFinite else { throw .phaseDiagram(.nonFiniteEnergy(entry: entries[position].label)) }
                for element in entries[position].composition.elements where !index.allElements.contains(element) {
                    throw .elementNotInData(formula: entries[position].formula, element: element)
                }
                valid.append(offset)
            } catch {
                deliver(offset, .failure(error))
            }
        }
        guard !valid.isEmpty else { return }
        let formula = { (position: Int) -> String in formulas?[position] ?? entries[position].formula }
        let diagram: PhaseDiagram?
        do throws(StabilityError) {
            diagram = try candidateDiagram(for: system)
        } catch {
            for offset in valid { deliver(offset, .failure(error)) }
            return
        }
        guard let diagram else {
            let answers = linearProgrammingStabilities(
                of: valid.map { (entries[positions[positions.startIndex + $0]], formula(positions[positions.startIndex + $0])) },
                in: system, signed: signed)
            for (offset, answer) in zip(valid, answers) { deliver(offset, answer) }
            return
        }
        // The products' formulas, each written once per block (by entry of the diagram).
        var names: [Int: String] = [:]
        for offset in valid {
            let position = positions[positions.startIndex + offset]
            deliver(offset, .success(hullStability(of: entries[position], formula: formula(position), on: diagram, signed: signed, names: &names)))
        }
    }

    /// A candidate whose elements are all in `diagram`'s, read off its hull (see ``stability(of:report:)``).
    private func hullStability(
        of entry: Entry, formula: String, on diagram: PhaseDiagram, signed: Bool, names: inout [Int: String]
    ) -> EntryStability {
        // The entry's elements are the diagram's (checked by the caller).
        let formation = try! diagram.formationEnergyPerAtom(of: entry)
        if entry.isElement {
            let below = EntryStability.liesBelowHull(formation: formation, hull: 0)
            let reference = diagram.referenceIndices[entry.composition.elements[0]]!
            return EntryStability(
                id: entry.id, formula: formula, formationEnergyPerAtom: formation,
                energyAboveHull: signed ? formation : max(formation, 0), isStable: below, decompositionEnergyPerAtom: formation,
                decomposesTo: below ? [] : [PhaseAmount(id: diagram.entries[reference].id, formula: entry.formula, amount: 1)])
        }
        // One facet location: the hull there and, for an unstable candidate, its products.
        let (hullProducts, hull) = try! diagram.hullIndices(at: entry.composition)
        let isStable = EntryStability.liesBelowHull(formation: formation, hull: hull)
        let energyAboveHull = isStable ? 0 : EntryStability.energyAboveHull(formation: formation, hull: hull)
        // With a stable polymorph S in the data, the hull of the other compositions is
        // f_S − Ed(S) (cached per S); without one, the data's hull there is that hull. A signed
        // report (pymatgen's allow_negative) leaves the former out: it costs a hull per S.
        let stablePolymorph = diagram.lowestEntryIndex(matching: entry.composition).flatMap { diagram.isStable(entryAt: $0) ? $0 : nil }
        let decomposition = signed && stablePolymorph != nil ? nil : EntryStability.decompositionEnergy(
            isElement: false, compositionIsOnHull: isStable || stablePolymorph != nil, formationEnergy: formation,
            energyAboveHull: energyAboveHull,
            hullOfOtherCompositions: { () -> Double? in
                guard let own = stablePolymorph else { return hull }
                return decompositionEnergy(ofStableEntryAt: own, in: diagram).map { diagram.formationEnergiesPerAtom[own] - $0 }
            })
        let products: [PhaseAmount] = isStable ? [] : hullProducts.map { product in
            let entry = diagram.entries[product.index]
            let name = names[product.index] ?? entry.formula
            names[product.index] = name
            return PhaseAmount(id: entry.id, formula: name, amount: product.fraction)
        }
        return EntryStability(
            id: entry.id, formula: formula, formationEnergyPerAtom: formation,
            energyAboveHull: signed ? formation - hull : energyAboveHull,
            isStable: isStable, decompositionEnergyPerAtom: decomposition, decomposesTo: products)
    }

    /// The hull a candidate of `system` is read off, or `nil` for a system whose candidates are
    /// answered by linear programs (``HullRoutingPolicy/answersCandidatesByLinearPrograms(elementCount:)``).
    /// Without constraints, on data larger than `singleHullElementLimit` elements: the store's
    /// hull of the system's stable set (``HullStore/candidateDiagram(of:)``). Otherwise the
    /// question's diagram (``diagram(for:)``).
    func candidateDiagram(for system: ChemicalSystem) throws(StabilityError) -> PhaseDiagram? {
        guard !usesSingleHull, constraints.isEmpty else { return try diagram(for: Set(system.elements)).diagram }
        guard !store.policy.answersCandidatesByLinearPrograms(elementCount: system.count) else { return nil }
        do throws(PhaseDiagramError) { return try store.candidateDiagram(of: system) } catch { throw .phaseDiagram(error) }
    }

    /// Candidates of one system of many elements, by the linear programs that stand for its hull
    /// (``HullStore/candidateHull(of:)``): each candidate is added to the system's entries alone,
    /// and one program at its composition answers it, all of them over one prepared program.
    /// `signed`: a candidate below the hull reports minus its distance below the data's hull
    /// there (the lower of the other compositions' hull and the data's lowest entry of its
    /// composition on the hull).
    private func linearProgrammingStabilities(
        of candidates: [(entry: Entry, formula: String)], in system: ChemicalSystem, signed: Bool
    ) -> [Result<EntryStability, StabilityError>] {
        let hull: LinearProgrammingHull
        do throws(PhaseDiagramError) {
            hull = try store.candidateHull(of: system)
        } catch {
            return candidates.map { _ in .failure(.phaseDiagram(error)) }
        }
        let keys = candidates.map { CompositionKey($0.entry.composition) }
        // Each from a fresh basis: a candidate's answer does not depend on the others asked with it.
        let others = hull.eachHullOfOtherCompositions(at: zip(candidates, keys).map { ($0.entry, $1) }, warmStarted: false)
        var names: [Int: String] = [:]
        let entries = index.entries
        return zip(zip(candidates, keys), others).map { candidateAndKey, other in
            let ((entry, formula), key) = candidateAndKey
            switch other {
            case .failure(let error): return .failure(.phaseDiagram(error))
            case .success(let others):
                var row = hull.candidateStability(
                    of: entry, formula: formula, key: key, others: others, entry: { entries[$0] }, names: &names)
                if signed, row.isStable {
                    let dataHull = min(others.energy, hull.columnOfKey[key].map { hull.columnEnergies[$0] } ?? .infinity)
                    row.energyAboveHull = row.formationEnergyPerAtom - dataHull
                }
                return .success(row)
            }
        }
    }

    /// Bartel's decomposition energy of the stable entry `index` of `diagram`, cached (it costs a
    /// hull of the other entries of its system).
    private func decompositionEnergy(ofStableEntryAt index: Int, in diagram: PhaseDiagram) -> Double? {
        let key = DecompositionKey(system: ChemicalSystem(diagram.elements), entry: index)
        return cache.decompositionEnergies.value(for: key) { diagram.decompositionEnergy(ofEntryAt: index) }
    }
}
