extension PhaseDiagram {
    /// `Tolerance.criticalPotential` scaled to this diagram's energies (eV): relative to the
    /// largest facet chemical potential when that is below 1 eV/atom, so that a system whose
    /// energies are all ~1e-9 eV/atom keeps its distinct critical values.
    var criticalPotentialResolution: Double {
        let scale = facets.lazy.flatMap(\.chemicalPotentials).map(abs).max() ?? 0
        return Tolerance.criticalPotential * min(1, scale)
    }

    /// The diagram of exactly `system`'s entries: self when it spans no more. Library questions
    /// call this on the atlas's diagram of their system (`PhaseDiagramAtlas.subsystemDiagram(of:)`,
    /// cached), where it is self; a diagram asked directly, which no atlas holds (a test pinning
    /// the geometric or the LP route, a figure of a hand-built diagram), gets its subsystem from a
    /// one-off atlas of its entries, uncached.
    ///
    /// - Complexity: O(1) when self is the system's; otherwise O(N·k) to index plus one hull.
    func subsystemDiagram(of system: Set<Element>) throws(StabilityError) -> PhaseDiagram {
        if Set(elements).isSubset(of: system) { return self }
        return try PhaseDiagramAtlas(entries: entries).subsystemDiagram(of: system)
    }

    /// The chemical potentials of `element` (relative to its reference, eV) of every facet of
    /// the hull, descending and de-duplicated: the only values at which any equilibrium with a
    /// reservoir of `element` can change (each facet's hyperplane gives every element's
    /// chemical potential in equilibrium with its phases).
    func facetChemicalPotentials(of element: Element) -> [Double] {
        guard let position = elements.firstIndex(of: element) else { return [] }
        let values = facets.map { min(0, $0.chemicalPotentials[position]) }.sorted(by: >)
        let tolerance = criticalPotentialResolution
        var distinct: [Double] = []
        for value in values where distinct.last.map({ $0 - value > tolerance }) ?? true {
            distinct.append(value)
        }
        if distinct.first.map({ $0 < -tolerance }) ?? true { distinct.insert(0, at: 0) }
        return distinct
    }

    /// The exact voltage profile of `composition` against a reservoir of `openElement`.
    ///
    /// The critical chemical potentials are taken from the facets of the closed hull of the
    /// composition's chemical system (its elements plus the open one); between each pair the
    /// equilibrium is found by the grand-canonical LP at the midpoint, and neighbouring ranges
    /// with the same products are merged. No grid is involved: every step boundary is a facet's
    /// chemical potential, exact to rounding.
    ///
    /// With `fixed` chemical potentials (O and N held by an atmosphere, say), the steps are read
    /// off the grand hull at those potentials instead (``GrandPotentialDiagram``, closed over
    /// every other element, the swept one included): the tie line runs from the composition
    /// without its fixed and open elements to the pure open element there, and each step also
    /// records what the composition exchanges with the fixed reservoirs
    /// (``ProfileStep/fixedElementUptakes``). Phases made only of open and fixed elements play no
    /// part, as in pymatgen's `GrandPotentialPhaseDiagram` with all of them open. The LP route
    /// (the grand-canonical LP with the swept and fixed elements open) gives the same steps.
    ///
    /// - Parameters:
    ///   - composition: One formula unit as written.
    ///   - formula: The formula as the user wrote it (default: the composition's).
    ///   - openElement: The element exchanged with the reservoir (Li, Na, Mg, O, ...).
    ///   - fixed: Other elements held at fixed chemical potentials (relative, eV, ≤ 0).
    /// - Returns: Steps from μ − μ⁰ = 0 (0 V) downward in μ.
    /// - Throws: ``StabilityError`` for an element without entries, an open or fixed element
    ///   absent from the data, an element both fixed and open or fixed twice, or a composition of
    ///   open and fixed elements only.
    /// - Complexity: O(F·d³) for the F facets of the system's hull of d elements (the steps are
    ///   read off the facets the tie line crosses, `tieLineSteps(of:formula:openElement:)`);
    ///   in degenerate geometry, one LP per range between facet potentials instead.
    package func voltageProfile(
        of composition: Composition, formula: String? = nil, openElement: Element, fixed: [OpenElement] = []
    ) throws(StabilityError) -> VoltageProfile {
        // The route with fallback always answers.
        try voltageProfile(of: composition, formula: formula, openElement: openElement, fixed: fixed, route: .geometry)!
    }

    /// `voltageProfile(of:formula:openElement:fixed:)` by `route`: the steps read off the tie line
    /// (`tieLineSteps(of:formula:openElement:)`), or by LPs; `nil` when `route` is
    /// ``GeometricRoute/geometryOnly`` and the geometry is degenerate.
    func voltageProfile(
        of composition: Composition, formula: String? = nil, openElement: Element, fixed: [OpenElement] = [],
        route: GeometricRoute
    ) throws(StabilityError) -> VoltageProfile? {
        let formula = formula ?? composition.formula
        try checkQuestion([(formula, composition)], open: [openElement], fixed: fixed)
        let open = Set(fixed.map(\.element)).union([openElement])
        guard composition.elements.contains(where: { !open.contains($0) }) else {
            throw .noClosedElements(formula: formula)
        }
        let system = restrictedSystem(for: composition, openElement: openElement).union(fixed.map(\.element))
        let subsystem = try subsystemDiagram(of: system)
        let sweep = try FixedPotentialHull(diagram: subsystem, fixed: fixed, sweeping: openElement)
        if route != .fallbackOnly {
            if let steps = sweep.tieLineSteps(of: composition, formula: formula, openElement: openElement) {
                return VoltageProfile(formula: formula, openElement: openElement, steps: steps, fixedChemicalPotentials: FixedPotentialHull.echo(fixed))
            }
            if route == .geometryOnly { return nil }
        }
        let lp = GrandCanonicalLP(diagram: subsystem)
        let critical = sweep.hull.facetChemicalPotentials(of: openElement)

        // Ranges (high, low) of μ: between consecutive critical values, then below the last.
        var ranges: [(high: Double, low: Double?)] = []
        for (index, value) in critical.enumerated() {
            ranges.append((value, index + 1 < critical.count ? critical[index + 1] : nil))
        }
        // The LP at each range's midpoint. The uptake is monotone in μ and fixes the point on
        // the tie line, hence the products: when two ranges give the same products, so does
        // every range between them, and those LPs are skipped (divide and conquer).
        let atoms = composition.numberOfAtoms
        var results = [GrandCanonicalDecomposition?](repeating: nil, count: ranges.count)
        func solve(_ position: Int) throws(StabilityError) -> GrandCanonicalDecomposition {
            if let result = results[position] { return result }
            let range = ranges[position]
            let probe = range.low.map { (range.high + $0) / 2 } ?? range.high - 1
            let open = try OpenElement(openElement, chemicalPotential: probe)
            let result = try lp.decompose(composition, formula: formula, openElements: [open], fixed: fixed)
            results[position] = result
            return result
        }
        func fill(_ low: Int, _ high: Int) throws(StabilityError) {
            guard high - low > 1 else { return }
            let first = try solve(low), last = try solve(high)
            if ProfileStep.sameProducts(first.products, last.products, tolerance: Tolerance.massBalance * atoms) {
                for position in (low + 1)..<high { results[position] = first }
                return
            }
            let middle = (low + high) / 2
            _ = try solve(middle)
            try fill(low, middle)
            try fill(middle, high)
        }
        if !ranges.isEmpty {
            _ = try solve(0)
            try fill(0, ranges.count - 1)
        }
        var steps: [ProfileStep] = []
        var lastProducts: [PhaseAmount]? = nil
        for (position, range) in ranges.enumerated() {
            let result = try solve(position)
            if let lastProducts, ProfileStep.sameProducts(lastProducts, result.products, tolerance: Tolerance.massBalance * atoms) {
                steps[steps.count - 1].chemicalPotentialLow = range.low
                steps[steps.count - 1].voltageHigh = range.low.flatMap { OpenElement.voltage(forChemicalPotential: $0, of: openElement) }
                continue
            }
            lastProducts = result.products
            steps.append(ProfileStep(
                voltageLow: OpenElement.voltage(forChemicalPotential: range.high, of: openElement),
                voltageHigh: range.low.flatMap { OpenElement.voltage(forChemicalPotential: $0, of: openElement) },
                chemicalPotentialLow: range.low,
                chemicalPotentialHigh: range.high,
                openElementUptake: result.openElementUptake,
                products: result.products,
                reaction: result.reaction,
                reactionEnergyPerAtom: result.reactionEnergyPerAtom,
                fixedElementUptakes: result.openElementUptakes.filter { $0.key != openElement.symbol }))
        }
        return VoltageProfile(formula: formula, openElement: openElement, steps: steps, fixedChemicalPotentials: FixedPotentialHull.echo(fixed))
    }

    /// The composition's elements plus the open one.
    func restrictedSystem(for composition: Composition, openElement: Element) -> Set<Element> {
        Set(composition.elements).union([openElement])
    }
}

extension ProfileStep {
    /// Whether two product lists name the same phases in the same amounts (within `tolerance`).
    static func sameProducts(_ lhs: [PhaseAmount], _ rhs: [PhaseAmount], tolerance: Double) -> Bool {
        lhs.count == rhs.count
            && zip(lhs, rhs).allSatisfy { $0.formula == $1.formula && $0.id == $1.id && abs($0.amount - $1.amount) <= tolerance }
    }
}
