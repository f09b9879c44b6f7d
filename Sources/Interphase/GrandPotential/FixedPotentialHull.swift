/// The hull a swept (or given) chemical potential is read off when other chemical potentials
/// are fixed: the closed diagram itself when nothing is fixed, otherwise the grand hull at the
/// fixed potentials (``GrandPotentialDiagram``), closed over every other element — the swept
/// one included.
///
/// This is the route of voltage profiles, windows and interphase layers at fixed potentials:
/// the tie line from a composition (fixed and swept elements removed) to the pure swept element
/// runs through this hull exactly as through the closed one, and each facet it crosses gives the
/// swept element's chemical potential there. Phases made only of fixed elements and the swept
/// one (Li3N with N fixed and Li swept) drop out of that hull, as from pymatgen's
/// `GrandPotentialPhaseDiagram` with all of them open; the swept element's pure entries stay, so
/// its corner is the pure element and the facets' chemical potentials are relative to the data's
/// reference. (Kept, Li3N would be the Li corner at a high μ_N, and the equilibria for μ_Li
/// between its grand potential per Li and 0 would be wrong.) The LP route
/// (`GrandCanonicalLP` with the swept and fixed elements open) answers the same questions
/// independently; tests make the two agree.
struct FixedPotentialHull: Sendable {
    /// The closed diagram.
    let diagram: PhaseDiagram
    /// The fixed chemical potentials.
    let fixed: [OpenElement]
    /// The grand-potential diagram at the fixed potentials, `nil` when nothing is fixed.
    let grand: GrandPotentialDiagram?

    /// The hull of `diagram` at the `fixed` chemical potentials in which the chemical potential
    /// of `swept` is read off.
    ///
    /// - Throws: ``StabilityError`` for a fixed element absent from the diagram, one fixed twice
    ///   or equal to `swept`, or nothing left closed.
    init(diagram: PhaseDiagram, fixed: [OpenElement], sweeping swept: Element) throws(StabilityError) {
        try Self.validate(fixed, open: [swept], available: Set(diagram.elements))
        self.diagram = diagram
        self.fixed = fixed
        grand = fixed.isEmpty ? nil : try GrandPotentialDiagram(diagram: diagram, openElements: fixed, sweeping: swept)
    }

    /// The hull the tie lines live in: the closed diagram, or the grand hull.
    var hull: PhaseDiagram { grand?.grandHull ?? diagram }

    /// The checks every question with fixed potentials makes first: each fixed element has
    /// entries (is in `available`), is fixed once, and is not also an open (swept) element.
    ///
    /// - Throws: ``StabilityError/fixedElementNotInData(_:)``,
    ///   ``StabilityError/repeatedFixedElement(_:)``, ``StabilityError/fixedElementIsOpen(_:)``.
    static func validate(_ fixed: [OpenElement], open: [Element], available: Set<Element>) throws(StabilityError) {
        var seen: Set<Element> = []
        for potential in fixed {
            guard available.contains(potential.element) else { throw .fixedElementNotInData(potential.element) }
            guard seen.insert(potential.element).inserted else { throw .repeatedFixedElement(potential.element) }
            guard !open.contains(potential.element) else { throw .fixedElementIsOpen(potential.element) }
        }
    }

    /// `composition` without its fixed elements: its part in ``hull``.
    ///
    /// - Returns: `nil` when the composition is made of fixed elements only.
    func hullPart(of composition: Composition) -> Composition? {
        fixed.reduce(Optional(composition)) { $0?.removing($1.element) }
    }

    /// The line from `start` to `end` (compositions with no fixed element) in ``hull``; products
    /// are named by the closed diagram's entries.
    func line(from start: Composition, to end: Composition) throws(PhaseDiagramError) -> TieLine {
        if let grand { return try TieLine(grand: grand, from: start, to: end) }
        return try TieLine(hull: diagram, from: start, to: end)
    }

    /// The chemical potential of `element` (relative to the data's reference, ≤ 0) of the
    /// hull's facet at `facet`.
    func chemicalPotential(of element: Element, facet: Int) -> Double {
        chemicalPotential(of: element, in: hull.facets[facet])
    }

    /// The chemical potential of `element` (relative to the data's reference, ≤ 0) of `facet`,
    /// a facet of ``hull``.
    func chemicalPotential(of element: Element, in facet: HullFacet) -> Double {
        guard let position = hull.elements.firstIndex(of: element) else { return 0 }
        return min(0, facet.chemicalPotentials[position])
    }

    /// The fixed elements' uptakes (atoms per formula unit of the input, negative = released)
    /// when `composition` becomes `products` (reduced formula units per formula unit of it),
    /// by symbol; rounding (≤ `Tolerance.productAmount` per atom of the input) is 0.
    func fixedUptakes(of composition: Composition, into products: [(unit: Composition, amount: Double)]) -> [String: Double] {
        var uptakes: [String: Double] = [:]
        for potential in fixed {
            let element = potential.element
            let uptake = Tolerance.snapped(products.reduce(0) { $0 + $1.unit[element] * $1.amount } - composition[element])
            uptakes[element.symbol] = abs(uptake) <= Tolerance.productAmount * composition.numberOfAtoms ? 0 : uptake
        }
        return uptakes
    }

    /// The fixed potentials as the JSON echoes them: μ − μ⁰ (eV per atom) by symbol.
    static func echo(_ fixed: [OpenElement]) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: fixed.map { ($0.element.symbol, $0.chemicalPotential) })
    }
}
