/// One facet of the lower convex hull: a simplex of stable entries and its hyperplane.
///
/// The hyperplane is stored as the chemical potential of every element of the diagram on the
/// formation-energy scale (eV/atom, relative to the elemental references): the hull energy at
/// atom fractions x inside the facet is Σ x_el μ_el, and the μ_el are exactly the elements'
/// chemical potentials in equilibrium with the facet's phases.
struct HullFacet: Sendable {
    /// Indices of the vertex entries in ``PhaseDiagram/entries``.
    let vertices: [Int]
    /// μ of each element of ``PhaseDiagram/elements``, relative to its reference, eV/atom.
    let chemicalPotentials: [Double]
    /// The inverse of the matrix whose columns are the vertices' atom fractions: it maps atom
    /// fractions to barycentric coordinates.
    let barycentricMatrix: [[Double]]

    /// A facet, or `nil` when its vertices' fractions are linearly dependent (a sliver).
    ///
    /// - Parameters:
    ///   - vertices: Entry indices of the vertices.
    ///   - vertexFractions: Atom fractions of each vertex over the diagram's elements (rows).
    ///   - energies: Formation energy per atom of each vertex.
    init?(vertices: [Int], vertexFractions: [[Double]], energies: [Double]) {
        // μ solves Σ_el x_v,el μ_el = e_v for every vertex v.
        guard let potentials = DenseLinearSystem.solve(vertexFractions, energies) else { return nil }
        let dimension = vertexFractions.count
        let columns = (0..<dimension).map { element in vertexFractions.map { $0[element] } }
        guard let inverse = DenseLinearSystem.inverse(columns) else { return nil }
        self.vertices = vertices
        self.chemicalPotentials = potentials
        self.barycentricMatrix = inverse
    }

    /// The facet plane's formation energy (eV/atom) at atom fractions `x`.
    @inline(__always)
    func energy(at x: [Double]) -> Double {
        var sum = 0.0
        for index in x.indices { sum += x[index] * chemicalPotentials[index] }
        return sum
    }

    /// Barycentric coordinates of `x` in the facet: the atom fraction of each vertex.
    func barycentricCoordinates(of x: [Double]) -> [Double] {
        barycentricMatrix.map { row in
            var sum = 0.0
            for index in x.indices { sum += row[index] * x[index] }
            return sum
        }
    }
}
