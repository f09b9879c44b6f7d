extension PhaseDiagram {
    /// The window limits of `composition` and the products beyond them: the same numbers as
    /// `stabilityWindow(of:formula:openElement:stabilize:uptakeTolerance:fixed:)`, found without the
    /// whole profile.
    ///
    /// The chemical potentials of the open element at which the composition is in equilibrium
    /// with the reservoir without exchanging any of it are those of the hyperplanes supporting the
    /// hull at the composition's point: the interval between the smallest and largest μ over the
    /// facets that contain the point (one facet, zero width, for a point inside a facet — a
    /// metastable compound; all facets around a vertex — a stable one), unbounded below when the
    /// composition lacks the open element (nothing then bounds μ from below). So a window needs
    /// one hull and two LPs (the products just beyond each limit). A composition absent from the
    /// data with a zero-width window takes the general route, which owns the tolerance fallback.
    ///
    /// - Complexity: one hull of the system and two LP solves.
    /// - Parameter route: Whether the products beyond the limits are read off the tie line (with
    ///   LPs for degenerate crossings), off the tie line only (`nil` where it is degenerate), or
    ///   by LPs only.
    func stabilityLimits(
        of composition: Composition, formula: String, openElement: Element, stabilize: Bool,
        uptakeTolerance: Double, route: GeometricRoute = .geometry
    ) throws(StabilityError) -> StabilityLimits? {
        let general = { () throws(StabilityError) -> StabilityLimits in
            StabilityLimits(try self.stabilityWindow(
                of: composition, formula: formula, openElement: openElement, stabilize: stabilize,
                uptakeTolerance: uptakeTolerance))
        }
        var diagram = try subsystemDiagram(of: restrictedSystem(for: composition, openElement: openElement))
        let own = diagram.lowestEntryIndex(matching: composition)
        if stabilize, let own, !diagram.isStable(entryAt: own) {
            diagram = try diagram.puttingEntryOntoHull(at: own).diagram
        }
        guard let position = diagram.elements.firstIndex(of: openElement),
            composition.elements.contains(where: { $0 != openElement }),
            let x = try? diagram.fractions(of: composition)
        else { return try general() }
        // A facet containing x has the highest plane there (the hull is the maximum of its facet
        // planes); only those near the maximum need the barycentric test.
        let planes = diagram.facets.map { $0.energy(at: x) }
        let highest = planes.max() ?? 0
        let slack = Tolerance.facetPlaneSlack * max(1, abs(highest))
        let containingFacets = diagram.facets.indices.filter { index in
            planes[index] >= highest - slack
                && diagram.facets[index].barycentricCoordinates(of: x).allSatisfy { $0 >= -Tolerance.barycentricInside }
        }
        let containing = containingFacets.map { min(0, diagram.facets[$0].chemicalPotentials[position]) }
        guard var reduction = containing.max(), let lowest = containing.min() else {
            // No facet contains the point: degenerate geometry.
            return route == .geometryOnly ? nil : try general()
        }
        let tolerance = diagram.criticalPotentialResolution
        if own == nil && reduction - lowest <= tolerance { return try general() }
        if reduction > -tolerance { reduction = 0 }
        let oxidation: Double? = composition.contains(openElement) ? lowest : nil

        // The products just beyond each limit, read off the tie line from the composition without
        // the open element (t = 0) to the pure open element (t = 1): beyond the reduction limit
        // they are the phases where the line leaves the facet of highest μ towards the open
        // element, beyond the oxidation limit where it leaves the facet of lowest μ the other way.
        // Anything unexpected (a degenerate crossing) takes the LP route below.
        if route != .fallbackOnly {
            if let geometric = diagram.productsBeyondLimits(
                of: composition, openElement: openElement, position: position,
                containingFacets: containingFacets, reduction: reduction, oxidation: oxidation, tolerance: tolerance)
            {
                return StabilityLimits(reduction: reduction, oxidation: oxidation,
                                       reductionProducts: geometric.reduction, oxidationProducts: geometric.oxidation)
            }
            if route == .geometryOnly { return nil }
        }
        let critical = diagram.facetChemicalPotentials(of: openElement)
        // Only hull vertices can be in equilibrium with the reservoir.
        let lp = GrandCanonicalLP(diagram: diagram, entryIndices: diagram.stableIndices)
        func products(at mu: Double) throws(StabilityError) -> [PhaseAmount] {
            try lp.products(of: composition, formula: formula, openElements: [try OpenElement(openElement, chemicalPotential: mu)])
        }
        var reductionProducts: [PhaseAmount] = []
        if reduction < 0 {
            let above = critical.filter { $0 > reduction + tolerance }.min() ?? 0
            reductionProducts = try products(at: (reduction + above) / 2)
        }
        var oxidationProducts: [PhaseAmount] = []
        if let oxidation {
            let below = critical.filter { $0 < oxidation - tolerance }.max()
            oxidationProducts = try products(at: below.map { (oxidation + $0) / 2 } ?? oxidation - 1)
        }
        return StabilityLimits(reduction: reduction, oxidation: oxidation,
                               reductionProducts: reductionProducts, oxidationProducts: oxidationProducts)
    }

    /// The products beyond each window limit from the geometry of the tie line (see
    /// ``stabilityLimits(of:formula:openElement:stabilize:uptakeTolerance:)``), or `nil` when
    /// the crossing is degenerate or the products do not balance (the caller then solves LPs).
    func productsBeyondLimits(
        of composition: Composition, openElement: Element, position: Int,
        containingFacets: [Int], reduction: Double, oxidation: Double?, tolerance: Double
    ) -> (reduction: [PhaseAmount], oxidation: [PhaseAmount])? {
        guard let line = TieLine(hull: self, removingAndAdding: openElement, from: composition) else { return nil }
        let atoms = composition.numberOfAtoms
        let closedAtoms = atoms - composition[openElement]
        // The composition itself lies at t = its fraction of the open element.
        let here = composition[openElement] / atoms

        /// The products where the line leaves, through `end`, the containing facet of chemical
        /// potential `mu` that reaches furthest that way.
        func products(beyond mu: Double, towardsOpenElement: Bool) -> [PhaseAmount]? {
            let stretches = containingFacets
                .filter { abs(min(0, facets[$0].chemicalPotentials[position]) - mu) <= tolerance }
                .compactMap(line.stretch(in:))
            let best = towardsOpenElement ? stretches.max { $0.high < $1.high } : stretches.min { $0.low < $1.low }
            guard let best else { return nil }
            let t = towardsOpenElement ? best.high : best.low
            guard towardsOpenElement ? t > here - Tolerance.lineParameter : t < here + Tolerance.lineParameter,
                t < 1 - Tolerance.roundoff
            else { return nil }
            return line.products(at: t, in: best, atoms: closedAtoms / (1 - t), scale: atoms)?.map { $0.phaseAmount(in: self) }
        }
        var reductionProducts: [PhaseAmount] = []
        if reduction < 0 {
            guard let found = products(beyond: reduction, towardsOpenElement: true) else { return nil }
            reductionProducts = found
        }
        var oxidationProducts: [PhaseAmount] = []
        if let oxidation {
            guard let found = products(beyond: oxidation, towardsOpenElement: false) else { return nil }
            oxidationProducts = found
        }
        return (reductionProducts, oxidationProducts)
    }
}
