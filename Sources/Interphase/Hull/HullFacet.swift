/// One facet of the lower convex hull: a simplex of stable entries and its hyperplane.
///
/// The hyperplane is stored as the chemical potential of every element of the diagram on the
/// formation-energy scale (eV/atom, relative to the elemental references): the hull energy at
/// atom fractions x inside the facet is Σ x_el μ_el, and the μ_el are exactly the elements'
/// chemical potentials in equilibrium with the facet's phases.
struct HullFacet: Sendable {
    /// Indices of the vertex entries in `PhaseDiagram.entries`.
    let vertices: [Int]
    /// μ of each element of `PhaseDiagram.elements`, relative to its reference, eV/atom.
    let chemicalPotentials: [Double]
    /// The matrix whose columns are the vertices' atom fractions (rows: elements): barycentric
    /// coordinates λ of atom fractions x solve `vertexColumns · λ = x`.
    let vertexColumns: [[Double]]

    /// A facet, or `nil` when it is a sliver: the determinant of its vertices' fractions is at
    /// or below `minimumVolume` in magnitude (the same as pymatgen's |det| test on the
    /// (fractions but the first, 1) matrix, which differs from it only by column operations).
    ///
    /// - Parameters:
    ///   - vertices: Entry indices of the vertices.
    ///   - vertexFractions: Atom fractions of each vertex over the diagram's elements (rows).
    ///   - energies: Formation energy per atom of each vertex.
    ///   - minimumVolume: The |det| at or below which the facet is dropped.
    init?(vertices: [Int], vertexFractions: [[Double]], energies: [Double], minimumVolume: Double = 0) {
        // μ solves Σ_el x_v,el μ_el = e_v for every vertex v; the same elimination gives the
        // determinant for the sliver test.
        guard let (potentials, determinant) = DenseLinearSystem.solveWithDeterminant(vertexFractions, energies),
            abs(determinant) > minimumVolume
        else { return nil }
        let dimension = vertexFractions.count
        self.vertices = vertices
        self.chemicalPotentials = potentials
        self.vertexColumns = (0..<dimension).map { element in vertexFractions.map { $0[element] } }
    }

    /// The facet plane's formation energy (eV/atom) at atom fractions `x`.
    @inline(__always)
    func energy(at x: [Double]) -> Double {
        var sum = 0.0
        for index in x.indices { sum += x[index] * chemicalPotentials[index] }
        return sum
    }

    /// Barycentric coordinates of `x` in the facet: the atom fraction of each vertex (−∞ for
    /// every vertex in the never-seen case that elimination finds the facet singular, so that it
    /// contains nothing).
    ///
    /// - Complexity: O(d³) for d elements.
    func barycentricCoordinates(of x: [Double]) -> [Double] {
        DenseLinearSystem.solve(vertexColumns, x) ?? [Double](repeating: -.infinity, count: x.count)
    }
}
