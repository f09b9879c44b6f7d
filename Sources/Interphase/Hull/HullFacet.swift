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
    /// Columns = the vertices' atom fractions; used for barycentric coordinates.
    let vertexFractions: [[Double]]

    /// The facet plane's formation energy (eV/atom) at atom fractions `x`.
    @inline(__always)
    func energy(at x: [Double]) -> Double {
        var sum = 0.0
        for index in x.indices { sum += x[index] * chemicalPotentials[index] }
        return sum
    }

    /// Barycentric coordinates of `x` in the facet (atom fractions of each vertex), or `nil` if
    /// the facet is singular.
    func barycentricCoordinates(of x: [Double]) -> [Double]? {
        DenseLinearSystem.solve(vertexFractions, x)
    }
}
