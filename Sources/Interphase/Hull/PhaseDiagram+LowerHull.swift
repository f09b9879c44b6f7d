extension PhaseDiagram {
    /// The facets of the lower convex hull of the candidate entries (see `PhaseDiagram`).
    ///
    /// Points are (atom fractions of every element but the first, formation energy per atom).
    ///
    /// - Parameters:
    ///   - layout: Fractions, pure entries and composition groups of the entries.
    ///   - energiesPerAtom: Each entry's energy per atom (picks the lowest of a composition).
    ///   - references: The reference entry of each element, in the elements' order.
    ///   - formationEnergies: Each entry's formation energy per atom.
    static func lowerHullFacets(
        layout: Layout, energiesPerAtom: [Double], references: [Int], formationEnergies: [Double]
    ) throws(PhaseDiagramError) -> [HullFacet] {
        let dimension = references.count
        let fractionTable = layout.fractionTable
        if dimension == 1 {
            let reference = references[0]
            return [HullFacet(vertices: [reference], vertexFractions: [[1]], energies: [formationEnergies[reference]])!]
        }

        // The lowest entry of each composition (the first of equals), the references always.
        var candidates: [Int] = []
        for lowest in layout.lowestEntryOfEachComposition(by: energiesPerAtom) {
            if formationEnergies[lowest] < -Tolerance.formationEnergy && layout.pureElement[lowest] == nil {
                candidates.append(lowest)
            }
        }
        candidates = Array(Set(candidates).union(references)).sorted()

        var points = candidates.map { index -> [Double] in
            Array(fractionTable[index].dropFirst()) + [formationEnergies[index]]
        }
        let highest = points.lazy.flatMap { $0 }.max() ?? 0
        points.append([Double](repeating: 1 / Double(dimension), count: dimension - 1) + [highest + 1])
        let artificial = points.count - 1

        let hull: ConvexHull
        do {
            hull = try ConvexHull(points: points)
        } catch {
            throw .hullFailed(error)
        }
        var facets: [HullFacet] = []
        for (simplex, normal) in zip(hull.simplices, hull.normals) {
            guard !simplex.contains(artificial), normal[dimension - 1] < 0 else { continue }
            let vertices = simplex.map { candidates[$0] }
            if let facet = HullFacet(
                vertices: vertices, vertexFractions: vertices.map { fractionTable[$0] },
                energies: vertices.map { formationEnergies[$0] }, minimumVolume: Tolerance.facetVolume)
            {
                facets.append(facet)
            }
        }
        guard !facets.isEmpty else { throw .noLowerFacet }
        return facets
    }
}
