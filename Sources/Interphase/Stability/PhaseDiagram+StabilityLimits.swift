/// The limits of a stability window and the products beyond them, without the whole profile.
struct StabilityLimits: Equatable, Sendable {
    /// μ − μ⁰ (eV) of the reduction limit.
    var reductionChemicalPotential: Double
    /// μ − μ⁰ (eV) of the oxidation limit, `nil` when never oxidised.
    var oxidationChemicalPotential: Double?
    var reductionProducts: [PhaseAmount]
    var oxidationProducts: [PhaseAmount]

    init(_ window: StabilityWindow) {
        reductionChemicalPotential = window.reductionLimitChemicalPotential
        oxidationChemicalPotential = window.oxidationLimitChemicalPotential
        reductionProducts = window.reductionProducts
        oxidationProducts = window.oxidationProducts
    }

    init(reduction: Double, oxidation: Double?, reductionProducts: [PhaseAmount], oxidationProducts: [PhaseAmount]) {
        reductionChemicalPotential = reduction
        oxidationChemicalPotential = oxidation
        self.reductionProducts = reductionProducts
        self.oxidationProducts = oxidationProducts
    }
}

extension PhaseDiagram {
    /// The window limits of `composition` and the products beyond them: the same numbers as
    /// ``stabilityWindow(of:formula:openElement:stabilize:uptakeTolerance:)``, found without the
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
    func stabilityLimits(
        of composition: Composition, formula: String, openElement: Element, stabilize: Bool,
        uptakeTolerance: Double
    ) throws(StabilityError) -> StabilityLimits {
        let general = { () throws(StabilityError) -> StabilityLimits in
            StabilityLimits(try self.stabilityWindow(
                of: composition, formula: formula, openElement: openElement, stabilize: stabilize,
                uptakeTolerance: uptakeTolerance))
        }
        var diagram = try restricted(to: restrictedSystem(for: composition, openElement: openElement))
        let own = diagram.lowestEntryIndex(matching: composition)
        if stabilize, let own, !diagram.isStable(entryAt: own) {
            diagram = try diagram.loweringEntry(at: own, byPerAtom: max(diagram.energyAboveHull(ofEntryAt: own), 0) + 1e-8)
        }
        guard let position = diagram.elements.firstIndex(of: openElement),
            composition.elements.contains(where: { $0 != openElement }),
            let x = try? diagram.fractions(of: composition)
        else { return try general() }
        // A facet containing x has the highest plane there (the hull is the maximum of its facet
        // planes); only those near the maximum need the barycentric test.
        let planes = diagram.facets.map { $0.energy(at: x) }
        let highest = planes.max() ?? 0
        let slack = 1e-6 * max(1, abs(highest))
        let containing = diagram.facets.indices.filter { index in
            planes[index] >= highest - slack
                && diagram.facets[index].barycentricCoordinates(of: x).allSatisfy { $0 >= -PhaseDiagram.insideTolerance }
        }.map { min(0, diagram.facets[$0].chemicalPotentials[position]) }
        guard var reduction = containing.max(), let lowest = containing.min() else { return try general() }
        let tolerance = diagram.criticalPotentialResolution
        if own == nil && reduction - lowest <= tolerance { return try general() }
        if reduction > -tolerance { reduction = 0 }
        let oxidation: Double? = composition.contains(openElement) ? lowest : nil
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
}
