extension PhaseDiagramAtlas {
    /// The elements of `compositions` plus `openElements`: the chemical system of a question.
    private static func system(_ compositions: [Composition], _ openElements: [Element] = [], _ fixed: [OpenElement] = []) -> Set<Element> {
        Set(compositions.flatMap(\.elements)).union(openElements).union(fixed.map(\.element))
    }

    /// Fixed chemical potentials checked against the whole data (a fixed element must have
    /// entries, be fixed once, and not be one of `open`).
    private func validate(_ fixed: [OpenElement], open: [Element]) throws(StabilityError) {
        try FixedPotentialHull.validate(fixed, open: open, available: Set(index.allElements.elements))
    }

    /// The distinct reduced formulas of the data's phases made only of `elements` (pure elements
    /// included), sorted: the phases that drop out of a grand-potential hull when every one of
    /// `elements` is open or fixed (as in pymatgen's `GrandPotentialPhaseDiagram`), for a note.
    ///
    /// - Parameter elements: The open and fixed elements.
    /// - Returns: Reduced formulas, e.g. `["Li", "Li3N", "LiN3", "N2"]`.
    package func phasesMadeOnly(of elements: Set<Element>) -> [String] {
        let system = ChemicalSystem(elements).intersection(index.allElements)
        let formulas = index.entryIndices(within: system).map { index.entries[$0].composition.reducedFormula }
        return Array(Set(formulas)).sorted()
    }

    /// The electrochemical stability window of `composition` against `openElement`
    /// (`PhaseDiagram.stabilityWindow(of:formula:openElement:stabilize:uptakeTolerance:fixed:)` on
    /// the hull of the composition's elements plus the open one).
    ///
    /// - Parameters:
    ///   - composition: One formula unit as written.
    ///   - formula: The formula as the user wrote it (default: the composition's).
    ///   - openElement: The element exchanged with the reservoir.
    ///   - stabilize: Put a metastable compound onto the hull first (Zhu et al.).
    ///   - uptakeTolerance: Atoms per formula unit for the fallback window.
    ///   - fixed: Other elements held at fixed chemical potentials (part of the question's system).
    /// - Returns: The window, its products and profile.
    /// - Throws: ``StabilityError``, including ``StabilityError/systemTooLarge(_:limit:)``.
    package func stabilityWindow(
        of composition: Composition, formula: String? = nil, openElement: Element, stabilize: Bool = false,
        uptakeTolerance: Double = PhaseDiagram.defaultUptakeTolerance, fixed: [OpenElement] = []
    ) throws(StabilityError) -> StabilityWindow {
        try validate(fixed, open: [openElement])
        let system = Self.system([composition], [openElement], fixed)
        return try diagram(for: system).diagram.stabilityWindow(
            of: composition, formula: formula, openElement: openElement, stabilize: stabilize,
            uptakeTolerance: uptakeTolerance, fixed: fixed, subsystem: subsystemDiagram(of: system))
    }

    /// The exact voltage profile of `composition` against `openElement`
    /// (`PhaseDiagram.voltageProfile(of:formula:openElement:fixed:)` on the question's hull).
    ///
    /// - Parameters:
    ///   - composition: One formula unit as written.
    ///   - formula: The formula as the user wrote it (default: the composition's).
    ///   - openElement: The element exchanged with the reservoir.
    ///   - fixed: Other elements held at fixed chemical potentials (part of the question's system).
    /// - Returns: Steps from 0 V upward.
    /// - Throws: ``StabilityError``.
    package func voltageProfile(
        of composition: Composition, formula: String? = nil, openElement: Element, fixed: [OpenElement] = []
    ) throws(StabilityError) -> VoltageProfile {
        try validate(fixed, open: [openElement])
        return try subsystemDiagram(of: Self.system([composition], [openElement], fixed)).voltageProfile(
            of: composition, formula: formula, openElement: openElement, fixed: fixed)
    }

    /// What `composition` becomes with `openElements` at their chemical potentials (the
    /// grand-canonical LP, `GrandCanonicalLP.decompose(_:formula:openElements:fixed:)`, over the
    /// entries of the question's system).
    ///
    /// - Parameters:
    ///   - composition: One formula unit as written.
    ///   - formula: The formula as the user wrote it (default: the composition's).
    ///   - openElements: Zero or more open elements at chemical potentials ≤ 0 (relative).
    ///   - fixed: Further elements held at fixed chemical potentials (part of the question's
    ///     system): the products are those of pymatgen's `GrandPotentialPhaseDiagram` with every
    ///     open and fixed element open; phases made only of them drop out.
    /// - Returns: Products, uptake, reaction and energies.
    /// - Throws: ``StabilityError``.
    package func decompose(
        _ composition: Composition, formula: String? = nil, openElements: [OpenElement] = [], fixed: [OpenElement] = []
    ) throws(StabilityError) -> GrandCanonicalDecomposition {
        try validate(fixed, open: openElements.map(\.element))
        let system = try diagram(for: Self.system([composition], openElements.map(\.element), fixed))
        return try GrandCanonicalLP(diagram: system.diagram).decompose(
            composition, formula: formula, openElements: openElements, fixed: fixed)
    }

    /// The interface reaction between `a` and `b`
    /// (`PhaseDiagram.interfaceReaction(_:_:formulaA:formulaB:openElement:fixed:includeNoMixingEnergy:)`
    /// on the hull of both reactants' elements plus the open one), with what the constraints did
    /// there.
    ///
    /// - Parameters:
    ///   - a: Reactant A (x = 1), one formula unit as written.
    ///   - b: Reactant B (x = 0).
    ///   - formulaA: A as the user wrote it (default: its formula).
    ///   - formulaB: B as the user wrote it (default: its formula).
    ///   - openElement: An element exchanged with a reservoir, or `nil`.
    ///   - fixed: Further elements held at fixed chemical potentials (part of the question's system).
    ///   - includeNoMixingEnergy: Measure ΔΦ from each reactant's own grand potential (pymatgen's
    ///     `include_no_mixing_energy=True`) rather than from its equilibrium; default `false`.
    /// - Returns: Every kink and the most exothermic one.
    /// - Throws: ``StabilityError``.
    package func interfaceReaction(
        _ a: Composition, _ b: Composition, formulaA: String? = nil, formulaB: String? = nil,
        openElement: OpenElement? = nil, fixed: [OpenElement] = [], includeNoMixingEnergy: Bool = false
    ) throws(StabilityError) -> InterfaceReaction {
        let open = openElement.map { [$0.element] } ?? []
        try validate(fixed, open: open)
        let system = try diagram(for: Self.system([a, b], open, fixed))
        var reaction = try system.diagram.interfaceReaction(
            a, b, formulaA: formulaA, formulaB: formulaB, openElement: openElement, fixed: fixed,
            includeNoMixingEnergy: includeNoMixingEnergy)
        reaction.constraints = system.record
        return reaction
    }

    /// The equilibrium interphase between `metal` and `electrolyte`
    /// (`PhaseDiagram.interphaseProfile(of:formula:metal:fixed:)` on the hull of their elements),
    /// with what the constraints did there.
    ///
    /// - Parameters:
    ///   - electrolyte: One formula unit as written.
    ///   - formula: As the user wrote it (default: its formula).
    ///   - metal: The metal (Li, Na, …).
    ///   - fixed: Elements held at fixed chemical potentials (part of the question's system).
    /// - Returns: The layers from the metal to the electrolyte.
    /// - Throws: ``StabilityError``.
    package func interphaseProfile(
        of electrolyte: Composition, formula: String? = nil, metal: Element, fixed: [OpenElement] = []
    ) throws(StabilityError) -> InterphaseProfile {
        try validate(fixed, open: [metal])
        let system = try diagram(for: Self.system([electrolyte], [metal], fixed))
        var profile = try system.diagram.interphaseProfile(of: electrolyte, formula: formula, metal: metal, fixed: fixed)
        profile.constraints = system.record
        return profile
    }
}
