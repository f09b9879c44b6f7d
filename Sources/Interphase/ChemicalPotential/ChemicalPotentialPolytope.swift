/// The region of a chemical system's formal chemical potentials where no phase forms from the
/// reservoirs, {μ : Σ_i x_φ,i μ_i ≤ ΔE_f(φ) for every stable phase φ, L ≤ μ_i ≤ 0}, optionally
/// sliced at fixed chemical potentials of some elements; its vertices, and for each stable phase
/// the vertices on its plane (the phase's domain). Both ``ChemicalPotentialDiagram`` (nothing
/// fixed) and ``ChemicalPotentialMap`` (a slice) are read off it.
///
/// A slice substitutes the fixed values into every phase's inequality: in the free elements'
/// chemical potentials, Σ_free x_φ,i μ_i ≤ ΔE_f(φ) − Σ_fixed x_φ,j μ_j. It is one halfspace
/// intersection (qhull, option `H`) in as many dimensions as free elements, exactly as the whole
/// diagram is, so a slice's vertices are the diagram's cut by the fixed hyperplanes, with no
/// sampling. Unstable phases' inequalities are implied by the stable ones' (on the whole space,
/// so on any slice of it) and are left out. Phases made only of fixed elements have no free
/// coordinate: their inequality is a condition on the fixed values alone (checked), and they
/// drop out, as from pymatgen's `GrandPotentialPhaseDiagram` with those elements open.
struct ChemicalPotentialPolytope: Sendable {
    /// The free elements (not fixed), in the order given: the coordinates of ``vertices``.
    let free: [Element]
    /// The vertices, each once: chemical potentials of ``free`` (eV per atom, relative to the
    /// references); values within rounding of 0 or L are exactly 0 or L.
    let vertices: [[Double]]
    /// Each stable phase with at least one free element, in the order of the diagram's entries:
    /// its entry's index in the diagram and the indices (in ``vertices``) of the vertices on its
    /// plane; empty when its plane does not reach the region.
    let phases: [(entryIndex: Int, vertexIndices: [Int])]

    /// The region of the system of `elements` in `diagram`, sliced at `fixed` (each element of
    /// `fixed` one of `elements`, each once, with its value from L to 0: callers check), with
    /// every chemical potential bounded to [L, 0].
    ///
    /// - Throws: ``ChemicalPotentialDiagramError/minimumAboveFormationEnergy(minimum:formula:formationEnergyPerAtom:)``
    ///   (``ChemicalPotentialDiagramError/minimumAboveSlice(minimum:formula:chemicalPotential:)``
    ///   in a slice) when L leaves no room below a phase's plane,
    ///   ``ChemicalPotentialDiagramError/fixedPotentialsFormPhase(formula:excess:)`` when the fixed
    ///   values alone put a phase made only of fixed elements below its plane (it would form from
    ///   the reservoirs; the phase furthest below is named),
    ///   ``ChemicalPotentialDiagramError/halfspaceIntersection(_:)``.
    init(
        diagram: PhaseDiagram, elements: [Element], fixed: [OpenElement], minimumChemicalPotential minimum: Double
    ) throws(ChemicalPotentialDiagramError) {
        let system = Set(elements)
        let fixedElements = Set(fixed.map(\.element))
        let free = elements.filter { !fixedElements.contains($0) }
        let slack = Tolerance.chemicalPotentialVertex * max(1, abs(minimum))
        let stable = diagram.stableIndices.filter { diagram.entries[$0].composition.elements.allSatisfy(system.contains) }

        // Each stable phase's inequality in the free coordinates: a · μ_free ≤ b.
        var planes: [(entryIndex: Int, normal: [Double], bound: Double)] = []
        var forming: (formula: String, excess: Double)?
        for index in stable {
            let composition = diagram.entries[index].composition
            let bound = diagram.formationEnergiesPerAtom[index]
                - fixed.reduce(0) { $0 + composition.atomicFraction(of: $1.element) * $1.chemicalPotential }
            let normal = free.map { composition.atomicFraction(of: $0) }
            if normal.allSatisfy({ $0 == 0 }) {
                if bound < -slack && -bound > forming?.excess ?? 0 { forming = (diagram.entries[index].formula, -bound) }
                continue
            }
            planes.append((index, normal, bound))
        }
        if let forming { throw .fixedPotentialsFormPhase(formula: forming.formula, excess: forming.excess) }

        // The region is closed downward (every coefficient is ≥ 0), so it has an interior inside
        // the box exactly when its lowest corner, every μ at L, lies strictly below each plane:
        // b / Σa > L. The interior point is every μ 1 eV below the lowest such value (halfway to L
        // when L is closer): near the phases' planes, so that qhull's rounding, relative to the
        // distances from the interior point, stays that of the phases' energies (~1e-13 eV) and
        // not that of the box (~1e-13 × |L|), whatever the bound.
        let lowest = planes.min { $0.bound / $0.normal.reduce(0, +) < $1.bound / $1.normal.reduce(0, +) }
        let floor = min(0, lowest.map { $0.bound / $0.normal.reduce(0, +) } ?? 0)
        if let lowest, minimum >= floor {
            let formula = diagram.entries[lowest.entryIndex].formula
            if fixed.isEmpty {
                throw .minimumAboveFormationEnergy(
                    minimum: minimum, formula: formula, formationEnergyPerAtom: diagram.formationEnergiesPerAtom[lowest.entryIndex])
            }
            throw .minimumAboveSlice(minimum: minimum, formula: formula, chemicalPotential: floor)
        }
        let interior = Array(repeating: floor - min(1, (floor - minimum) / 2), count: free.count)
        var halfspaces = planes.map { $0.normal + [-$0.bound] }
        for position in free.indices {
            var bound = Array(repeating: 0.0, count: free.count + 1)
            bound[position] = -1
            bound[free.count] = minimum
            halfspaces.append(bound)
        }
        let points: [[Double]]
        do throws(ConvexHullError) {
            points = try HalfspaceIntersection.vertices(of: halfspaces, interior: interior)
        } catch {
            throw .halfspaceIntersection(error)
        }

        // A chemical potential on the box's faces is exactly 0 or L, not 0 or L but for rounding.
        let snapped = points.map { point in
            point.map { value in
                Self.isWithinRounding(value, of: 0) ? 0 : Self.isWithinRounding(value, of: minimum) ? minimum : value
            }
        }
        let vertices = Self.distinct(snapped)
        self.free = free
        self.vertices = vertices
        phases = planes.map { plane in
            (plane.entryIndex, vertices.indices.filter { position in
                let vertex = vertices[position]
                let scale = vertex.reduce(max(1, abs(plane.bound))) { max($0, abs($1)) }
                return abs(zip(plane.normal, vertex).reduce(0) { $0 + $1.0 * $1.1 } - plane.bound)
                    <= Tolerance.chemicalPotentialVertex * scale
            })
        }
    }

    /// Whether two chemical potentials are one but for qhull's rounding: within
    /// ``Tolerance/chemicalPotentialVertex`` times the larger of 1 eV and their magnitudes (the
    /// rounding of a coordinate grows with it, so a vertex on the bound L carries more than one
    /// near 0).
    static func isWithinRounding(_ value: Double, of other: Double) -> Bool {
        abs(value - other) <= Tolerance.chemicalPotentialVertex * max(1, abs(value), abs(other))
    }

    /// `points` with every group of points one but for rounding in every coordinate kept once
    /// (its first point in the order of a projection). Sorted along a projection with incommensurate
    /// weights, a point need only be compared with the kept points whose projections are within
    /// the largest rounding of it: nearly linear in the number of points, where comparing every
    /// pair took minutes for the tens of thousands of intersection points of 8 elements.
    static func distinct(_ points: [[Double]]) -> [[Double]] {
        let weights = (points.first ?? []).indices.map { 1 + (Double($0) * 0.6180339887498949).truncatingRemainder(dividingBy: 1) }
        func projection(_ point: [Double]) -> Double { zip(weights, point).reduce(0) { $0 + $1.0 * $1.1 } }
        let sorted = points.map { (projection($0), $0) }.sorted { $0.0 < $1.0 }
        let reach = Tolerance.chemicalPotentialVertex * weights.reduce(0, +)
        var kept: [(projection: Double, point: [Double])] = []
        for (value, point) in sorted {
            let scale = point.reduce(1) { max($0, abs($1)) }
            var position = kept.count - 1
            var duplicate = false
            while position >= 0, value - kept[position].projection <= 2 * reach * scale {
                if zip(kept[position].point, point).allSatisfy({ isWithinRounding($0, of: $1) }) {
                    duplicate = true
                    break
                }
                position -= 1
            }
            if !duplicate { kept.append((value, point)) }
        }
        return kept.map(\.point)
    }
}
