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
    /// ``stabilityWindow(of:formula:openElement:stabilize:uptakeTolerance:)``, found faster
    /// when the composition's lowest entry is a vertex of the hull of its system (as every
    /// stable compound is, and every compound after `stabilize`).
    ///
    /// For such a vertex C the chemical potentials of the open element at which C is in
    /// equilibrium with the reservoir are those of the hyperplanes supporting the hull at C: the
    /// interval between the smallest and largest μ over the facets containing C (unbounded below
    /// when C lacks the open element, since then nothing bounds μ from below). So the window needs
    /// one hull and two LPs (the products just beyond each limit), not the whole profile. Other
    /// compositions take the general route.
    ///
    /// - Complexity: one hull of the system and two LP solves for a vertex.
    func stabilityLimits(
        of composition: Composition, formula: String, openElement: Element, stabilize: Bool,
        uptakeTolerance: Double
    ) throws(StabilityError) -> StabilityLimits {
        let subsystem = try restricted(to: restrictedSystem(for: composition, openElement: openElement))
        guard var own = subsystem.lowestEntryIndex(matching: composition) else {
            return StabilityLimits(try stabilityWindow(
                of: composition, formula: formula, openElement: openElement, stabilize: stabilize, uptakeTolerance: uptakeTolerance))
        }
        var diagram = subsystem
        if stabilize && !diagram.isStable(entryAt: own) {
            diagram = try diagram.loweringEntry(at: own, byPerAtom: max(diagram.energyAboveHull(ofEntryAt: own), 0) + 1e-8)
            own = diagram.lowestEntryIndex(matching: composition) ?? own
        }
        guard diagram.isStable(entryAt: own), let position = diagram.elements.firstIndex(of: openElement) else {
            return StabilityLimits(try stabilityWindow(
                of: composition, formula: formula, openElement: openElement, stabilize: stabilize, uptakeTolerance: uptakeTolerance))
        }
        let containing = diagram.facets.filter { $0.vertices.contains(own) }.map { min(0, $0.chemicalPotentials[position]) }
        let tolerance = PhaseDiagram.criticalPotentialTolerance
        var reduction = containing.max() ?? 0
        if reduction > -tolerance { reduction = 0 }
        let oxidation: Double? = composition.contains(openElement) ? containing.min() : nil
        let critical = diagram.facetChemicalPotentials(of: openElement)
        let lp = GrandCanonicalLP(diagram: diagram)
        func products(at mu: Double) throws(StabilityError) -> [PhaseAmount] {
            try lp.decompose(composition, formula: formula, openElements: [try OpenElement(openElement, chemicalPotential: mu)]).products
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
