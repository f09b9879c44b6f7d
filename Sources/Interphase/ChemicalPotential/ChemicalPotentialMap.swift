/// A chemical-potential diagram on two axes: the domain of every stable phase as a polygon in
/// the plane of two elements' formal chemical potentials (eV per atom, relative to the elemental
/// references, each from the lower bound L to 0).
///
/// The other elements of the system are either fixed or projected out:
///
/// - **Sliced** at each fixed chemical potential: the diagram is cut exactly by the hyperplanes
///   μ_X = fixed value, by one halfspace intersection in the free elements' chemical potentials
///   with the fixed values substituted into every phase's inequality
///   (Σ_free x_i μ_i ≤ ΔE_f − Σ_fixed x_j μ_j), the same computation as the whole
///   ``ChemicalPotentialDiagram``. Phases made only of fixed elements drop out, as from pymatgen's
///   `GrandPotentialPhaseDiagram` with those elements open. When every element but the axes is
///   fixed, each domain is a segment: the edge of the region where no phase forms along which
///   that phase is in equilibrium with the reservoirs.
/// - **Projected** over every element neither on an axis nor fixed: each domain of the (sliced)
///   diagram is drawn as the convex hull of its vertices with those elements' chemical potentials
///   dropped, as pymatgen's `ChemicalPotentialDiagram.get_plot` draws a domain of a larger system
///   on three axes. Projected over one element Z, the domains of the phases containing Z tile
///   the plane: at each point the phase shown is the one that holds Z at the highest μ_Z, that
///   is, the equilibrium with Z conserved and the other elements exchanged with reservoirs at
///   those potentials. Phases without Z are segments on the region's edges.
///
/// ```swift
/// let li = Element(symbol: "Li")!, p = Element(symbol: "P")!, o = Element(symbol: "O")!, n = Element(symbol: "N")!
/// let map = try atlas.chemicalPotentialMap(
///     of: [li, p, o, n], axes: [li, n], fixed: [try OpenElement(o, chemicalPotential: -4)],
///     minimumChemicalPotential: -15)
/// // map.projected == [p]; map.domains: Li3PO4, Li2PNO2, LiPN2, … as polygons in (μLi, μN)
/// ```
///
/// - Complexity: one halfspace intersection in as many dimensions as free elements, then one
///   planar hull per domain.
public struct ChemicalPotentialMap: Sendable, Encodable {
    /// The system's elements, in the order given.
    public let elements: [Element]
    /// The two axes: the first horizontal, the second vertical.
    public let axes: [Element]
    /// The fixed chemical potentials of the slice (relative to the references), in the order
    /// given; empty when nothing is fixed.
    package let fixed: [OpenElement]
    /// The elements projected out: neither an axis nor fixed, in the order of ``elements``.
    public let projected: [Element]
    /// The lower bound L of every chemical potential (eV per atom, relative to the reference).
    package let minimumChemicalPotential: Double
    /// The domain of every stable phase that reaches the slice, in the order of the data's
    /// entries (phases made only of fixed elements left out).
    public let domains: [ChemicalPotentialPolygon]

    /// JSON `{"elements": [symbols], "axes": [symbols], "fixed_chemical_potentials": {symbol:
    /// eV}, "projected": [symbols], "min_mu": L, "domains": [...]}`.
    private enum CodingKeys: String, CodingKey {
        case elements, axes, fixed = "fixed_chemical_potentials", projected, minimumChemicalPotential = "min_mu", domains
    }

    /// Writes `{"elements", "axes", "fixed_chemical_potentials": {symbol: μ − μ⁰}, "projected",
    /// "min_mu", "domains"}`, every element as its symbol.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(elements, forKey: .elements)
        try container.encode(axes, forKey: .axes)
        try container.encode(FixedPotentialHull.echo(fixed), forKey: .fixed)
        try container.encode(projected, forKey: .projected)
        try container.encode(minimumChemicalPotential, forKey: .minimumChemicalPotential)
        try container.encode(domains, forKey: .domains)
    }

    /// The map of the chemical system of `elements` on `axes`, sliced at `fixed` and projected
    /// over the rest, read off `diagram` (its stable phases made only of `elements`).
    ///
    /// - Parameters:
    ///   - diagram: A phase diagram containing every element of `elements`.
    ///   - elements: The system's elements (at least two, each once).
    ///   - axes: Two distinct elements of `elements`: horizontal, vertical.
    ///   - fixed: Chemical potentials of other elements of the system, each element once, each
    ///     from L to 0 eV per atom relative to the reference.
    ///   - minimumChemicalPotential: The lower bound L of every chemical potential, eV per atom.
    /// - Throws: ``ChemicalPotentialDiagramError``: bad elements, axes or bound as for
    ///   ``ChemicalPotentialDiagram``, a fixed element outside the system, on an axis, fixed twice
    ///   or below L, fixed values at which a phase made only of fixed elements would form, or a
    ///   bound that leaves the slice empty.
    package init(
        diagram: PhaseDiagram, elements: [Element], axes: [Element], fixed: [OpenElement] = [],
        minimumChemicalPotential: Double = ChemicalPotentialDiagram.defaultMinimumChemicalPotential
    ) throws(ChemicalPotentialDiagramError) {
        try Self.validate(elements: elements, axes: axes, fixed: fixed, minimumChemicalPotential: minimumChemicalPotential)
        for element in elements where diagram.referenceIndices[element] == nil { throw .elementNotInData(element) }
        let polytope = try ChemicalPotentialPolytope(
            diagram: diagram, elements: elements, fixed: fixed, minimumChemicalPotential: minimumChemicalPotential)
        let columns = axes.map { axis in polytope.free.firstIndex(of: axis)! }
        let slack = Tolerance.chemicalPotentialVertex * max(1, abs(minimumChemicalPotential))  // the map's tolerance
        domains = polytope.phases.compactMap { phase in
            guard !phase.vertexIndices.isEmpty else { return nil }
            let entry = diagram.entries[phase.entryIndex]
            let points = phase.vertexIndices.map { (x: polytope.vertices[$0][columns[0]], y: polytope.vertices[$0][columns[1]]) }
            let polygon = ConvexPolygon(hullOf: points, tolerance: slack)
            return ChemicalPotentialPolygon(formula: entry.formula, id: entry.id, vertices: polygon.vertices.map { [$0.x, $0.y] })
        }
        self.elements = elements
        self.axes = axes
        self.fixed = fixed
        let fixedElements = Set(fixed.map(\.element))
        projected = elements.filter { !axes.contains($0) && !fixedElements.contains($0) }
        self.minimumChemicalPotential = minimumChemicalPotential
    }

    /// Checks what needs no data: the system's elements and bound as
    /// ``ChemicalPotentialDiagram`` checks them, two distinct axes of the system, and each fixed
    /// element in the system, not an axis, fixed once, at or above the bound.
    static func validate(
        elements: [Element], axes: [Element], fixed: [OpenElement], minimumChemicalPotential: Double
    ) throws(ChemicalPotentialDiagramError) {
        try ChemicalPotentialDiagram.validate(elements: elements, minimumChemicalPotential: minimumChemicalPotential)
        guard axes.count == 2, axes[0] != axes[1], axes.allSatisfy(elements.contains) else { throw .invalidAxes(axes) }
        var seen: Set<Element> = []
        for potential in fixed {
            guard elements.contains(potential.element) else { throw .fixedElementNotInSystem(potential.element) }
            guard !axes.contains(potential.element) else { throw .fixedElementOnAxis(potential.element) }
            guard seen.insert(potential.element).inserted else { throw .repeatedFixedElement(potential.element) }
            guard potential.chemicalPotential >= minimumChemicalPotential else {
                throw .fixedBelowMinimum(potential.element, chemicalPotential: potential.chemicalPotential, minimum: minimumChemicalPotential)
            }
        }
    }

    /// The domain of the phase of `composition` (any formula unit), if it reaches the map.
    public func domain(of composition: Composition) -> ChemicalPotentialPolygon? {
        domains.first { composition.isReducedComposition(of: $0.formula) }
    }

    /// The range of `axis`'s chemical potential over `domain` (its boundary included) along the
    /// line where the other axis's chemical potential is `value`: where that line enters and
    /// leaves the domain (for Li2O in the μLi–μO plane at an oxygen pressure's μO, one point: the
    /// μLi at which Li2O is in equilibrium with both reservoirs).
    ///
    /// - Returns: The range (eV per atom), or `nil` when the line misses the domain or `axis` is
    ///   not an axis of the map.
    package func range(of axis: Element, in domain: ChemicalPotentialPolygon, where value: Double) -> ClosedRange<Double>? {
        guard let position = axes.firstIndex(of: axis) else { return nil }
        let polygon = position == 0 ? domain.polygon : domain.polygon.transposed
        return polygon.xRange(atY: value, tolerance: tolerance)
    }

    /// Where two domains meet: the ends of their common edge, or their one common point (each
    /// `[μ of the first axis, μ of the second]`, lowest first-axis value first); empty when they do
    /// not meet. Meaningful where domains do not overlap: in a slice, and in a projection over
    /// one element (where they tile the plane).
    package func contact(between first: ChemicalPotentialPolygon, and second: ChemicalPotentialPolygon) -> [[Double]] {
        first.polygon.contact(with: second.polygon, tolerance: tolerance).map { [$0.x, $0.y] }
    }

    /// How close (eV) a point must be to a line or point of a domain to be on it: the rounding of
    /// the vertices, `Tolerance.chemicalPotentialVertex` scaled by the bound.
    var tolerance: Double { Tolerance.chemicalPotentialVertex * max(1, abs(minimumChemicalPotential)) }

    /// How the other elements are handled, in words: `slice at μO = −4.07 eV; projected over P`,
    /// `projected over P, O`, `slice at μN = −0.30 eV`, or `the whole diagram` (a binary system).
    var conditions: String {
        var parts: [String] = []
        if !fixed.isEmpty {
            parts.append("slice at " + fixed.map { "μ\($0.element.symbol) = \(NumberFormat.fixed($0.chemicalPotential, decimals: 2, minus: .typographic)) eV" }.joined(separator: ", "))
        }
        if !projected.isEmpty {
            parts.append("projected over " + projected.map(\.symbol).joined(separator: ", "))
        }
        return parts.isEmpty ? "the whole diagram" : parts.joined(separator: "; ")
    }
}

extension PhaseDiagramAtlas {
    /// The chemical-potential diagram of the system of `elements` on two `axes`, sliced at
    /// `fixed` and projected over the other elements (``ChemicalPotentialMap``), from the hull of
    /// exactly that system (``diagram(for:)``), on any data.
    ///
    /// - Parameters:
    ///   - elements: The system's elements (at least two, each once).
    ///   - axes: Two distinct elements of `elements`: horizontal, vertical.
    ///   - fixed: Chemical potentials of other elements of the system (eV per atom relative to
    ///     the reference, from the lower bound to 0), each element once.
    ///   - minimumChemicalPotential: The lower bound of every chemical potential, eV per atom
    ///     relative to the reference (default pymatgen's −50).
    /// - Returns: The domain of every stable phase as a polygon on the two axes.
    /// - Throws: ``ChemicalPotentialDiagramError``.
    package func chemicalPotentialMap(
        of elements: [Element], axes: [Element], fixed: [OpenElement] = [],
        minimumChemicalPotential: Double = ChemicalPotentialDiagram.defaultMinimumChemicalPotential
    ) throws(ChemicalPotentialDiagramError) -> ChemicalPotentialMap {
        try ChemicalPotentialMap.validate(
            elements: elements, axes: axes, fixed: fixed, minimumChemicalPotential: minimumChemicalPotential)
        let diagram = try systemDiagram(of: elements)
        return try ChemicalPotentialMap(
            diagram: diagram, elements: elements, axes: axes, fixed: fixed, minimumChemicalPotential: minimumChemicalPotential)
    }
}
