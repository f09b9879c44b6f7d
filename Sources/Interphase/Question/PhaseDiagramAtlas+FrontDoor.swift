/// The front door: every question a client asks, each under one ``Conditions`` value that is
/// checked once (``Conditions/resolved(for:compositions:availableElements:)``) and then carried
/// out in full on the hull of exactly the question's chemical system.
extension PhaseDiagramAtlas {
    /// `conditions` checked for `question` about `compositions` against this atlas's data.
    ///
    /// - Throws: ``StabilityError/conditions(_:)``.
    package func resolve(
        _ conditions: Conditions, for question: QuestionKind, _ compositions: [(formula: String, composition: Composition)] = []
    ) throws(StabilityError) -> ResolvedConditions {
        do throws(ConditionsError) {
            return try conditions.resolved(
                for: question, compositions: compositions, availableElements: Set(index.allElements.elements))
        } catch {
            throw .conditions(error)
        }
    }

    /// The electrochemical stability window of `composition` against the open element of
    /// `conditions`, at its fixed potentials and gases, under its constraints.
    ///
    /// Limits are voltages vs the open metal (V = −(μ − μ⁰)/z) and μ − μ⁰ (eV); the products
    /// are those of the step just beyond each limit. Under fixed potentials the window is the
    /// range over which the composition exchanges none of the open element and none of any fixed
    /// one, and ``StabilityWindow/windowEmpty`` when there is no such range.
    ///
    /// - Parameters:
    ///   - composition: One formula unit as written.
    ///   - formula: The formula as the user wrote it (default: the composition's).
    ///   - stabilize: Put a metastable compound of the data onto the hull first (Zhu et al.).
    ///   - uptakeTolerance: Atoms of the open element per formula unit for the fallback window of
    ///     compositions that are not exactly charge-balanced (finite, ≥ 0).
    ///   - conditions: The open element (required), fixed potentials, gases and constraints.
    /// - Returns: The window, its products and the whole profile.
    /// - Throws: ``StabilityError``; ``StabilityError/conditions(_:)`` for conditions a window
    ///   cannot carry out (a voltage, a sweep range, Monte Carlo: see
    ///   ``monteCarloStabilityWindow(of:formula:stabilize:uptakeTolerance:under:)``).
    /// - Complexity: one hull of the question's system (cached), then one profile.
    public func stabilityWindow(
        of composition: Composition, formula: String? = nil, stabilize: Bool = false,
        uptakeTolerance: Double = StabilityWindow.defaultUptakeTolerance, under conditions: Conditions
    ) throws(StabilityError) -> StabilityWindow {
        let resolved = try resolve(conditions, for: .stabilityWindow, [(formula ?? composition.formula, composition)])
        guard uptakeTolerance.isFinite, uptakeTolerance >= 0 else { throw .invalidUptakeTolerance(uptakeTolerance) }
        return try constrained(by: resolved.constraints).stabilityWindow(
            of: composition, formula: formula, openElement: resolved.openElement!, stabilize: stabilize,
            uptakeTolerance: uptakeTolerance, fixed: resolved.fixed)
    }

    /// The windows of every stable phase of the data that contains the open element of
    /// `conditions` (pure elements excluded), at its fixed potentials and gases: each window is
    /// ``stabilityWindow(of:formula:stabilize:uptakeTolerance:under:)`` of that phase. Phases
    /// made only of open and fixed elements (Li3N with N fixed) drop out of the grand-potential
    /// diagram, as in pymatgen's `GrandPotentialPhaseDiagram`, and get no window.
    ///
    /// - Parameter conditions: The open element (required), fixed potentials, gases, constraints.
    /// - Returns: One window per stable phase, in entry order.
    /// - Throws: ``StabilityError``.
    public func stabilityWindowsOfStablePhases(under conditions: Conditions) throws(StabilityError) -> [StabilityWindow] {
        let resolved = try resolve(conditions, for: .stabilityWindowsOfStablePhases)
        let open = resolved.openElement!
        var windows: [StabilityWindow] = []
        let reservoirs = resolved.reservoirElements
        for entry in try constrained(by: resolved.constraints).stablePhases(containing: open)
        where !Set(entry.composition.elements).isSubset(of: reservoirs) {
            windows.append(try stabilityWindow(of: entry.composition, formula: entry.formula, under: conditions))
        }
        return windows
    }

    /// The exact voltage profile of `composition` against the open element of `conditions`,
    /// restricted to the steps that overlap its ``Conditions/sweepRange`` (all steps without one).
    ///
    /// - Parameters:
    ///   - composition: One formula unit as written.
    ///   - formula: The formula as the user wrote it (default: the composition's).
    ///   - conditions: The open element (required), an optional sweep range, fixed potentials,
    ///     gases and constraints.
    /// - Returns: Steps from μ − μ⁰ = 0 (0 V) downward in μ.
    /// - Throws: ``StabilityError``.
    public func voltageProfile(
        of composition: Composition, formula: String? = nil, under conditions: Conditions
    ) throws(StabilityError) -> VoltageProfile {
        let resolved = try resolve(conditions, for: .voltageProfile, [(formula ?? composition.formula, composition)])
        var profile = try constrained(by: resolved.constraints).voltageProfile(
            of: composition, formula: formula, openElement: resolved.openElement!, fixed: resolved.fixed)
        if let range = resolved.sweep { profile.steps = profile.steps.filter { $0.overlaps(chemicalPotentials: range) } }
        return profile
    }

    /// What `composition` becomes alone (no open element) or with the open element of
    /// `conditions` at its potential, and the fixed potentials and gases: the grand-canonical
    /// linear program over the question's system (pymatgen's `GrandPotentialPhaseDiagram` with
    /// every open and fixed element open; phases made only of them drop out).
    ///
    /// - Parameters:
    ///   - composition: One formula unit as written.
    ///   - formula: The formula as the user wrote it (default: the composition's).
    ///   - conditions: An optional open element with its potential, fixed potentials, gases,
    ///     constraints.
    /// - Returns: Products, uptake, reaction and energies.
    /// - Throws: ``StabilityError``.
    public func decompose(
        _ composition: Composition, formula: String? = nil, under conditions: Conditions
    ) throws(StabilityError) -> GrandCanonicalDecomposition {
        let resolved = try resolve(conditions, for: .decomposition, [(formula ?? composition.formula, composition)])
        return try constrained(by: resolved.constraints).decompose(
            composition, formula: formula, openElements: resolved.open.map { [$0] } ?? [], fixed: resolved.fixed)
    }

    /// The interface reaction between `a` (x = 1) and `b` (x = 0), closed or with the open
    /// element of `conditions` at its potential and the fixed potentials and gases: every kink
    /// of the reaction energy along x·a + (1−x)·b (Richards et al. 2016; pymatgen's
    /// `InterfacialReactivity` and `GrandPotentialInterfacialReactivity`).
    ///
    /// - Parameters:
    ///   - a: Reactant A, one formula unit as written.
    ///   - b: Reactant B.
    ///   - formulaA: A as the user wrote it (default: its formula).
    ///   - formulaB: B as the user wrote it (default: its formula).
    ///   - includeNoMixingEnergy: Measure ΔΦ from each reactant's own grand potential (pymatgen's
    ///     `include_no_mixing_energy=True`); needs a reservoir (an open or fixed element).
    ///   - conditions: An optional open element with its potential, fixed potentials, gases,
    ///     constraints.
    /// - Returns: Every kink, the most exothermic one, and what the constraints did.
    /// - Throws: ``StabilityError``; ``StabilityError/noMixingEnergyNeedsReservoir`` for
    ///   `includeNoMixingEnergy` without a reservoir.
    public func interfaceReaction(
        _ a: Composition, _ b: Composition, formulaA: String? = nil, formulaB: String? = nil,
        includeNoMixingEnergy: Bool = false, under conditions: Conditions
    ) throws(StabilityError) -> InterfaceReaction {
        let resolved = try resolve(
            conditions, for: .interfaceReaction, [(formulaA ?? a.formula, a), (formulaB ?? b.formula, b)])
        if includeNoMixingEnergy, resolved.open == nil, resolved.fixed.isEmpty { throw .noMixingEnergyNeedsReservoir }
        return try constrained(by: resolved.constraints).interfaceReaction(
            a, b, formulaA: formulaA, formulaB: formulaB, openElement: resolved.open, fixed: resolved.fixed,
            includeNoMixingEnergy: includeNoMixingEnergy)
    }

    /// The equilibrium interphase between the open element of `conditions` (the metal, swept
    /// from the metal to the electrolyte) and `electrolyte`, at the fixed potentials and gases.
    ///
    /// - Parameters:
    ///   - electrolyte: One formula unit as written.
    ///   - formula: As the user wrote it (default: its formula).
    ///   - conditions: The metal as the open element (required), fixed potentials, gases,
    ///     constraints.
    /// - Returns: The layers from the metal to the electrolyte.
    /// - Throws: ``StabilityError``.
    public func interphaseProfile(
        of electrolyte: Composition, formula: String? = nil, under conditions: Conditions
    ) throws(StabilityError) -> InterphaseProfile {
        let resolved = try resolve(conditions, for: .interphaseLayers, [(formula ?? electrolyte.formula, electrolyte)])
        return try constrained(by: resolved.constraints).interphaseProfile(
            of: electrolyte, formula: formula, metal: resolved.openElement!, fixed: resolved.fixed)
    }

    /// The grand-potential phase diagram at the open element's potential (and the fixed
    /// potentials and gases), projected on `closedElements`.
    ///
    /// - Parameters:
    ///   - closedElements: The two or three closed elements to draw, or `nil` for every element
    ///     of the data that is neither open nor fixed; each must have entries and be neither
    ///     open nor fixed.
    ///   - conditions: The open element and its potential (required), fixed potentials, gases,
    ///     constraints.
    /// - Returns: The grand hull over the closed elements.
    /// - Throws: ``StabilityError``; ``StabilityError/conditions(_:)`` for a closed element that is
    ///   open, fixed or absent.
    public func grandPotentialDiagram(
        closedElements: [Element]? = nil, under conditions: Conditions
    ) throws(StabilityError) -> GrandPotentialDiagram {
        let resolved = try resolve(conditions, for: .grandPotentialDiagram)
        guard resolved.open != nil else { throw .conditions(.openElementNeeded(.grandPotentialDiagram)) }
        let reservoirs = resolved.reservoirElements
        let closed = closedElements ?? index.allElements.elements.filter { !reservoirs.contains($0) }
        for element in closed {
            guard index.allElements.contains(element) else { throw .conditions(.closedElementNotInData(element)) }
            guard !reservoirs.contains(element) else { throw .conditions(.closedElementIsReservoir(element)) }
        }
        guard !closed.isEmpty else { throw .conditions(.noClosedElements(formula: reservoirs.sorted().map(\.symbol).joined(separator: "-"))) }
        let diagram = try constrained(by: resolved.constraints).diagram(for: Set(closed).union(reservoirs)).diagram
        return try GrandPotentialDiagram(diagram: diagram, openElements: resolved.openAndFixed)
    }

    /// The chemical-potential diagram of the system of `elements` (Todd et al. 2021; pymatgen's
    /// `ChemicalPotentialDiagram(formal_chempots=True)`) under the constraints of `conditions`;
    /// every element's potential is free, so fixed potentials and gases are refused (slice the
    /// diagram with ``chemicalPotentialMap(of:axes:minimumChemicalPotential:under:)``).
    ///
    /// - Parameters:
    ///   - elements: The system's elements (at least two, each once), in the order of the output.
    ///   - minimumChemicalPotential: The lower bound of every chemical potential, eV per atom
    ///     relative to the reference (default pymatgen's −50).
    ///   - conditions: Constraints only.
    /// - Returns: The domain of every stable phase.
    /// - Throws: ``ChemicalPotentialDiagramError``.
    public func chemicalPotentialDiagram(
        of elements: [Element], minimumChemicalPotential: Double = ChemicalPotentialDiagram.defaultMinimumChemicalPotential,
        under conditions: Conditions
    ) throws(ChemicalPotentialDiagramError) -> ChemicalPotentialDiagram {
        let atlas = try constrainedForChemicalPotentials(conditions, .chemicalPotentialDiagram).atlas
        return try atlas.chemicalPotentialDiagram(of: elements, minimumChemicalPotential: minimumChemicalPotential)
    }

    /// The chemical-potential diagram of the system of `elements` on two `axes`, sliced at the
    /// fixed potentials and gases of `conditions` and projected over the other elements.
    ///
    /// - Parameters:
    ///   - elements: The system's elements (at least two, each once).
    ///   - axes: Two distinct elements of `elements`: horizontal, vertical.
    ///   - minimumChemicalPotential: The lower bound of every chemical potential (eV, < 0).
    ///   - conditions: Fixed potentials and gases (elements of the system other than the axes),
    ///     constraints.
    /// - Returns: The domain of every stable phase as a polygon on the two axes.
    /// - Throws: ``ChemicalPotentialDiagramError``.
    public func chemicalPotentialMap(
        of elements: [Element], axes: [Element],
        minimumChemicalPotential: Double = ChemicalPotentialDiagram.defaultMinimumChemicalPotential, under conditions: Conditions
    ) throws(ChemicalPotentialDiagramError) -> ChemicalPotentialMap {
        let (atlas, resolved) = try constrainedForChemicalPotentials(conditions, .chemicalPotentialMap)
        return try atlas.chemicalPotentialMap(
            of: elements, axes: axes, fixed: resolved.fixed, minimumChemicalPotential: minimumChemicalPotential)
    }

    /// The atlas under the constraints of `conditions`, checked for a chemical-potential question.
    private func constrainedForChemicalPotentials(
        _ conditions: Conditions, _ question: QuestionKind
    ) throws(ChemicalPotentialDiagramError) -> (atlas: PhaseDiagramAtlas, resolved: ResolvedConditions) {
        do throws(StabilityError) {
            let resolved = try resolve(conditions, for: question)
            return (try constrained(by: resolved.constraints), resolved)
        } catch {
            throw .stability(error)
        }
    }

    /// The stability of `entry`, not in the data, as if it were added to it alone
    /// (`stability(of:)`), under the constraints of `conditions`.
    ///
    /// - Parameters:
    ///   - entry: The candidate, energy in eV per formula unit on the data's scale.
    ///   - conditions: Constraints (other parts do not apply to the hull and are refused).
    /// - Returns: Its energy above hull, stability, decomposition and Bartel's decomposition energy.
    /// - Throws: ``StabilityError``.
    public func stability(of entry: Entry, under conditions: Conditions) throws(StabilityError) -> EntryStability {
        let resolved = try resolve(conditions, for: .entryStability)
        return try constrained(by: resolved.constraints).stability(of: entry)
    }

    /// ``stability(of:under:)`` of each of `entries`, concurrently on all cores, in order.
    ///
    /// - Parameters:
    ///   - entries: The candidates.
    ///   - conditions: Constraints.
    /// - Returns: One result per entry: its stability or why it could not be evaluated.
    /// - Throws: ``StabilityError`` for refused conditions, before any entry is evaluated.
    public func stabilities(of entries: [Entry], under conditions: Conditions) throws(StabilityError) -> [Result<EntryStability, StabilityError>] {
        try stabilities(of: entries, formulas: nil, under: conditions)
    }

    /// ``stabilities(of:under:)`` with the formula each result reports (the one the user typed,
    /// one per entry; `nil`: each entry's reduced formula), so that no formula is written twice.
    package func stabilities(
        of entries: [Entry], formulas: [String]?, under conditions: Conditions
    ) throws(StabilityError) -> [Result<EntryStability, StabilityError>] {
        let resolved = try resolve(conditions, for: .entryStability)
        return try constrained(by: resolved.constraints).stabilities(of: entries, formulas: formulas)
    }

    /// The stable phases of the data (under this atlas's constraints) that contain `element`,
    /// pure elements excluded, in entry order.
    func stablePhases(containing element: Element) throws(StabilityError) -> [Entry] {
        guard index.allElements.contains(element) else { throw .openElementNotInData(element) }
        if usesSingleHull {
            let diagram = try diagram(for: []).diagram
            return diagram.stableIndices.map { diagram.entries[$0] }.filter { $0.composition.contains(element) && !$0.isElement }
        }
        let whole = try wholeDataHull()
        return whole.stableIndices.map { whole.entries[$0] }.filter { $0.composition.contains(element) && !$0.isElement }
    }

    /// The phase diagram of the three-element system of `elements` as a Gibbs triangle: stable
    /// phases, tie lines and the unstable phases' energies above hull.
    ///
    /// - Parameters:
    ///   - elements: Three distinct elements with entries: bottom left, bottom right, top.
    ///   - conditions: Constraints (a closed diagram: other parts are refused).
    /// - Returns: The figure; its ``TernaryPhaseDiagramFigure/svg()`` throws ``FigureError``
    ///   when `elements` are not three distinct elements with entries.
    /// - Throws: ``StabilityError``; ``StabilityError/conditions(_:)`` for refused conditions.
    public func ternaryPhaseDiagramFigure(of elements: [Element], under conditions: Conditions) throws(StabilityError) -> TernaryPhaseDiagramFigure {
        let resolved = try resolve(conditions, for: .ternaryPhaseDiagram)
        return TernaryPhaseDiagramFigure(diagram: try constrained(by: resolved.constraints).subsystemDiagram(of: Set(elements)), elements: elements)
    }
}
