/// A straight line through the composition space of one hull — from `start` (t = 0) to `end`
/// (t = 1) — and its exact passage through the hull's facets: the one home of the tie-line
/// geometry behind voltage profiles, window limits, interface reactions and interphase layers.
///
/// Barycentric coordinates in a facet are linear in the point, so along the line they are
/// λ(t) = λ(start) + t·(λ(end) − λ(start)): the line is inside a facet over an interval of t whose
/// ends are exact zero crossings of those coordinates (a *stretch*). Where the line meets the
/// hull's facets, the equilibrium changes: these are the kinks of an interface reaction and the
/// steps of a voltage profile (on the line from a composition to the pure open element, the
/// facet's chemical potential of that element is constant along each stretch and grows towards
/// the element, by convexity). The phases at a point are the facet's vertices weighted by the
/// coordinates there, checked to balance the point.
///
/// The hull may be a closed `PhaseDiagram` or the grand hull of a ``GrandPotentialDiagram``
/// (over the closed elements); products are always named and counted by the original entries.
struct TieLine: Sendable {
    /// The hull the line lives in.
    let hull: PhaseDiagram
    /// Atom fractions over ``hull``'s elements at t = 0.
    let start: [Double]
    /// Atom fractions over ``hull``'s elements at t = 1.
    let end: [Double]
    /// The entries products are named by: the hull's own, or the closed diagram's for a grand hull.
    private let original: PhaseDiagram
    /// For each entry of ``hull``, its index in ``original``'s entries.
    private let originalIndices: [Int]?

    /// The line from `start` to `end` in the closed `hull`.
    ///
    /// - Throws: ``PhaseDiagramError/elementNotInDiagram(formula:element:)``.
    init(hull: PhaseDiagram, from start: Composition, to end: Composition) throws(PhaseDiagramError) {
        self.hull = hull
        self.start = try hull.fractions(of: start)
        self.end = try hull.fractions(of: end)
        original = hull
        originalIndices = nil
    }

    /// The line between the closed parts `start` and `end` in `grand`'s hull; products are the
    /// closed diagram's entries.
    ///
    /// - Throws: ``PhaseDiagramError/elementNotInDiagram(formula:element:)``.
    init(grand: GrandPotentialDiagram, from start: Composition, to end: Composition) throws(PhaseDiagramError) {
        hull = grand.grandHull
        self.start = try hull.fractions(of: start)
        self.end = try hull.fractions(of: end)
        original = grand.diagram
        originalIndices = grand.originalIndices
    }

    /// The line from `composition` without `openElement` (t = 0) to pure `openElement` (t = 1)
    /// in the closed `hull`: the path of a voltage profile. The composition itself lies at
    /// t = its atom fraction of the open element.
    ///
    /// - Returns: `nil` when the composition is made of the open element only or the hull lacks
    ///   one of its elements.
    init?(hull: PhaseDiagram, removingAndAdding openElement: Element, from composition: Composition) {
        guard let closed = composition.removing(openElement),
            let line = try? TieLine(hull: hull, from: closed, to: .element(openElement))
        else { return nil }
        self = line
    }

    /// Atom fractions at parameter `t`.
    func point(at t: Double) -> [Double] {
        zip(start, end).map { $0 + t * ($1 - $0) }
    }

    /// The mixture at `t` as a composition (atom fractions of ``hull``'s elements).
    func mixture(at t: Double) -> Composition {
        var amounts: [Element: Double] = [:]
        for (element, value) in zip(hull.elements, point(at: t)) where value > Tolerance.roundoff {
            amounts[element] = value
        }
        // Fractions of a mixture of two compositions are never all zero.
        return try! Composition(amounts)
    }

    /// The interval of the line inside one facet, with the barycentric map along it.
    struct Stretch: Sendable {
        /// Index of the facet in the hull's facets.
        let facet: Int
        /// The ends: exact zero crossings of the facet's barycentric coordinates, within [0, 1].
        let low: Double, high: Double
        /// Barycentric coordinates at t = 0 and their change per unit of t.
        let base: [Double], slope: [Double]

        /// Barycentric coordinates at `t`.
        func coordinates(at t: Double) -> [Double] {
            zip(base, slope).map { $0 + t * $1 }
        }

        /// Whether `t` lies in the stretch (to `Tolerance.lineParameter`).
        func contains(_ t: Double) -> Bool {
            t >= low - Tolerance.lineParameter && t <= high + Tolerance.lineParameter
        }
    }

    /// The stretch of the line inside `facet`, or `nil` when the line misses it: a coordinate
    /// constant along the line and below −`Tolerance.barycentricInside`, or no t of [0, 1]
    /// within that slack of the facet. The ends are where coordinates are exactly zero, so that
    /// neighbouring stretches meet exactly; a line that only touches a facet gives a stretch of
    /// zero width.
    func stretch(in facetIndex: Int) -> Stretch? {
        let facet = hull.facets[facetIndex]
        let base = facet.barycentricCoordinates(of: start)
        let slope = zip(facet.barycentricCoordinates(of: end), base).map { $0 - $1 }
        let slack = -Tolerance.barycentricInside
        var low = 0.0, high = 1.0, slackLow = 0.0, slackHigh = 1.0
        for (b, s) in zip(base, slope) {
            if abs(s) <= Tolerance.roundoff {
                if b < slack { return nil }
            } else if s > 0 {
                low = max(low, -b / s)
                slackLow = max(slackLow, (slack - b) / s)
            } else {
                high = min(high, -b / s)
                slackHigh = min(slackHigh, (slack - b) / s)
            }
        }
        guard slackLow <= slackHigh else { return nil }
        let clampedLow = min(max(low, 0), 1)
        return Stretch(facet: facetIndex, low: clampedLow, high: max(min(high, 1), clampedLow), base: base, slope: slope)
    }

    /// Every stretch of the line inside a facet of the hull, ordered by (low, high).
    ///
    /// - Complexity: O(F·d³) for F facets of d elements: two small solves per facet.
    func stretches() -> [Stretch] {
        hull.facets.indices.compactMap(stretch(in:)).sorted { ($0.low, $0.high) < ($1.low, $1.high) }
    }

    /// Every t in [0, 1] where the line enters or leaves a facet, ascending, both ends included,
    /// points closer than `Tolerance.lineParameter` merged: the kinks of an interface reaction.
    func kinkParameters(_ stretches: [Stretch]) -> [Double] {
        var points: [Double] = [0, 1]
        if start != end { points += stretches.flatMap { [$0.low, $0.high] } }
        points.sort()
        var distinct: [Double] = []
        for point in points where distinct.last.map({ point - $0 > Tolerance.lineParameter }) ?? true {
            distinct.append(point)
        }
        // The ends are exact.
        distinct[0] = 0
        if distinct.count > 1, 1 - distinct[distinct.count - 1] <= Tolerance.lineParameter {
            distinct[distinct.count - 1] = 1
        } else {
            distinct.append(1)
        }
        return distinct
    }

    /// One phase at a point of the line.
    struct Product: Sendable {
        /// Index of the entry in the original (closed) diagram.
        let index: Int
        /// One reduced formula unit of the entry (`P2O5` for P4O10).
        let unit: Composition
        /// Formula units of ``unit``, snapped to simple fractions (`Tolerance.snapped(_:)`).
        let amount: Double

        /// The product as a result row, named by `diagram`'s entry.
        func phaseAmount(in diagram: PhaseDiagram) -> PhaseAmount {
            PhaseAmount(id: diagram.entries[index].id, formula: unit.reducedFormula, amount: amount)
        }
    }

    /// The phases at `t` in `stretch`'s facet, for a mixture of `atoms` atoms there (counted
    /// over the hull's elements: closed atoms for a grand hull), sorted by formula; amounts of
    /// at most `Tolerance.productAmount`·`scale` atoms dropped.
    ///
    /// - Parameters:
    ///   - t: The point of the line.
    ///   - stretch: A stretch that contains `t`.
    ///   - atoms: Atoms of the mixture at `t` to distribute over the phases.
    ///   - scale: Atoms of the input the amounts are counted per (the size of its formula unit).
    /// - Returns: The products, or `nil` when the coordinates do not reproduce the point within
    ///   `Tolerance.massBalance` per atom (degenerate geometry: a caller then takes its exact
    ///   LP or point-location route).
    func products(at t: Double, in stretch: Stretch, atoms: Double, scale: Double) -> [Product]? {
        let facet = hull.facets[stretch.facet]
        let weights = stretch.coordinates(at: t)
        var balance = [Double](repeating: 0, count: hull.elements.count)
        var products: [Product] = []
        for (vertex, weight) in zip(facet.vertices, weights) where weight * atoms > Tolerance.productAmount * scale {
            for (position, fraction) in hull.layout.fractionTable[vertex].enumerated() { balance[position] += weight * fraction }
            products.append(product(vertex: vertex, atoms: weight * atoms))
        }
        let expected = point(at: t)
        for (have, want) in zip(balance, expected) where abs(have - want) * atoms > Tolerance.massBalance * scale {
            return nil
        }
        return products.sorted { $0.unit.reducedFormula < $1.unit.reducedFormula }
    }

    /// The products at `t` from the first of `stretches` that contains `t` and balances there.
    func products(at t: Double, in stretches: [Stretch], atoms: Double, scale: Double) -> (stretch: Stretch, products: [Product])? {
        for stretch in stretches where stretch.contains(t) {
            if let products = products(at: t, in: stretch, atoms: atoms, scale: scale) { return (stretch, products) }
        }
        return nil
    }

    /// The phases at `t` found by locating the point in the hull (the facet whose plane is
    /// highest there) rather than by following the line: the fallback where the line's geometry
    /// is degenerate. Amounts per atom of the mixture (over the hull's elements), fractions at
    /// or below `Tolerance.decompositionFraction` dropped, sorted by formula.
    func productsByLocating(at t: Double) -> [Product] {
        let (facet, coordinates) = hull.locate(point(at: t))
        return zip(facet.vertices, coordinates).filter { $0.1 > Tolerance.decompositionFraction }
            .map { product(vertex: $0.0, atoms: $0.1) }
            .sorted { $0.unit.reducedFormula < $1.unit.reducedFormula }
    }

    /// `atoms` atoms (over the hull's elements) of the hull's entry `vertex`, as formula units of
    /// the original entry's reduced formula.
    private func product(vertex: Int, atoms: Double) -> Product {
        let index = originalIndices?[vertex] ?? vertex
        let unit = original.layout.reducedUnits[index]
        let unitAtoms = hull.elements.reduce(0) { $0 + unit[$1] }
        return Product(index: index, unit: unit, amount: Tolerance.snapped(atoms / unitAtoms))
    }
}
