/// Every numerical tolerance of Interphase, in one table: what each guards and why it has its
/// size. Code elsewhere names these constants rather than writing `1e-N` literals, so that a
/// tolerance is changed in one place and two routes to the same answer (the hull and the LP,
/// the tie line and the LP) round the same way.
///
/// Energies are formation energies per atom (eV/atom) of data whose magnitudes are 0.01–5
/// eV/atom; amounts are atoms (or formula units) per atom of the input, so that tolerances
/// scale with the size of a formula unit.
///
/// | constant | value | unit | guards |
/// |---|---|---|---|
/// | ``formationEnergy`` | 1e-11 | eV/atom | entries not below their references cannot be stable |
/// | ``onHull`` | 1e-11 | eV/atom | an entry this close to the hull is on it: not stable (ties) |
/// | ``facetVolume`` | 1e-14 | – | sliver facets of the hull |
/// | ``pivot`` | 1e-13 | – | singular pivots of the small dense solves |
/// | ``simplexPivot`` | 1e-9 | atom fraction | pivots of the dense simplex's ratio test |
/// | ``barycentricInside`` | 1e-9 | atom fraction | a point counts as inside a facet |
/// | ``decompositionFraction`` | 1e-8 | atom fraction | hull decomposition amounts that are rounding |
/// | ``productAmount`` | 1e-9 | atoms per input atom | equilibrium products and uptakes that are rounding |
/// | ``massBalance`` | 1e-6 | atoms per input atom | products must balance the input this closely |
/// | ``lineParameter`` | 1e-8 | fraction of a tie line | two points of a tie line are one point |
/// | ``roundoff`` | 1e-12 | relative | a quantity that should be zero or one but for rounding |
/// | ``criticalPotential`` | 1e-9 | eV (scaled) | two critical chemical potentials are one |
/// | ``zeroUptake`` | 1e-8 | atoms per input atom | an uptake of the open element that is zero |
/// | ``integerAmount`` | 1e-8 | atoms | an amount that is an integer in a formula |
/// | ``compositionKey`` | 1e-9 | atom fraction | two compositions are the same (grouping, look-up) |
/// | ``referenceEnergy`` | 1e-12 | eV/atom | a chemical potential at the reference is 0 |
/// | ``chargeBalance`` | 1e-6 | charge per atom | oxidation states sum to zero |
/// | ``stabilizationMargin`` | 1e-8 | eV/atom | how far below the hull a lowered entry goes |
/// | ``snapping`` | 1e-11 | formula units | amounts snapped to simple fractions |
/// | ``displayedInteger`` | 1e-6 | – | a reaction coefficient printed as an integer |
/// | ``facetPlaneSlack`` | 1e-6 | relative | facets whose plane is nearly highest at a point |
/// | ``givenFormationEnergy`` | 1e-3 | eV/atom | formation energies given beside total energies agree with them |
/// | ``chemicalPotentialVertex`` | 1e-9 | eV (scaled) | a vertex of a chemical-potential diagram lies on a phase's plane; two vertices are one |
package enum Tolerance {
    /// Entries whose formation energy is at or above minus this (eV/atom) cannot be stable and
    /// are left out of the hull — pymatgen's value, so that the two agree on which near-zero
    /// phases count.
    package static let formationEnergy = 1e-11

    /// An entry whose formation energy is within this (eV/atom) of the hull of the other entries
    /// at its composition is on the hull, a tie: not stable, energy above hull 0. The one
    /// tolerance of every verdict read off numbers (a candidate against a built hull, an entry
    /// by linear programs; ``EntryStability``'s `liesBelowHull(formation:hull:)`). Above the
    /// ~1e-13 eV/atom that a hull energy summed over five phases or an LP optimum carries; the
    /// size of pymatgen's ``formationEnergy`` threshold, so that data scaled to ~1e-9 eV/atom
    /// keep their distinct phases.
    package static let onHull = 1e-11

    /// Facets whose vertex-fraction matrix has |det| at or below this are slivers and are
    /// dropped — pymatgen's value, so that the two keep the same facets; a facet thinner than
    /// this is below what qhull resolves in double precision anyway.
    package static let facetVolume = 1e-14

    /// A pivot at or below this in magnitude makes a small dense solve (d ≤ ~10 rows of atom
    /// fractions ≤ 1) singular: well above the 1e-16 of double rounding, far below any real
    /// pivot of fractions of simple formulas.
    package static let pivot = 1e-13

    /// The dense simplex (`DenseSimplex`) leaves a row only through a pivot above this: a
    /// direction's entry of 1e-9 or less (atom fractions of order one) is rounding of a zero, and
    /// pivoting on it would blow rounding up by 10⁹. The textbook's 1e-9; its optimum is certified
    /// afresh (`Tolerance.roundoff`) whatever the pivots were.
    package static let simplexPivot = 1e-9

    /// Barycentric coordinates may be this far below 0 (atom fraction) for a point to count as
    /// inside a facet — pymatgen's 1e-9; coordinates of exact facet points carry ~1e-15.
    package static let barycentricInside = 1e-9

    /// Decomposition amounts (atom fractions) at or below this are rounding, not phases —
    /// pymatgen's 1e-8 for `PhaseDiagram.decomposition(of:)`.
    package static let decompositionFraction = 1e-8

    /// Product amounts and uptakes at or below this, in atoms per atom of the input, are
    /// rounding: the LP is polished in exact arithmetic and the tie line's solves carry
    /// ~1e-15, so 1e-9 drops no real phase (the smallest real amounts of formula units of
    /// ≤ 100 atoms are ≥ 1e-4).
    package static let productAmount = 1e-9

    /// Products read off the geometry must balance every element of the input within this
    /// many atoms per atom of the input; otherwise the geometry is degenerate and the exact LP
    /// answers instead. Far above rounding (1e-13), far below any real imbalance.
    package static let massBalance = 1e-6

    /// Two parameters of a tie line (t ∈ [0, 1]) closer than this are one point: one kink of an
    /// interface reaction, or two facets' stretches meeting — pymatgen's 1e-8 for kinks.
    package static let lineParameter = 1e-8

    /// A quantity that is zero (or one) but for rounding: a barycentric slope along a line, an
    /// LP amount, a reaction energy, a mixture fraction. 1e-12 is ~10⁴ ulps of quantities of
    /// order one.
    package static let roundoff = 1e-12

    /// Two chemical potentials closer than this (eV) are one critical value — relative to the
    /// diagram's energy scale when that is below 1 eV/atom, so that a system whose energies are
    /// all ~1e-9 eV/atom keeps its distinct critical values.
    package static let criticalPotential = 1e-9

    /// An uptake of the open element within this many atoms per atom of the input is zero: the
    /// step is inside the stability window.
    package static let zeroUptake = 1e-8

    /// An amount within this of an integer is written as one in a formula — pymatgen's value.
    package static let integerAmount = 1e-8

    /// Two compositions whose atom fractions agree to this are the same composition: the grid of
    /// the keys that group entries by composition and look compositions up.
    package static let compositionKey = 1e-9

    /// A chemical potential within this of the reference (eV/atom) is the reference: 0 V.
    package static let referenceEnergy = 1e-12

    /// Oxidation states that sum to within this many charges per atom of zero balance, and two
    /// oxidation states this close are equal (corrections' oxide-type detection).
    package static let chargeBalance = 1e-6

    /// An entry put onto the hull (`stabilize`, admitted metastable phases) is lowered by its
    /// energy above hull plus this (eV/atom), so that it becomes a strict vertex rather than a
    /// point on a facet — Zhu, He & Mo's convention; 1e-8 eV/atom changes no voltage by more
    /// than 1e-7 V.
    package static let stabilizationMargin = 1e-8

    /// Amounts (formula units) within this of a multiple of 1/``snappingDenominator`` are snapped
    /// to it, so that amounts read off facets (carrying ~1e-15) equal the LP's exact ones.
    package static let snapping = 1e-11

    /// 2⁶·3²·5·7·11·13: every fraction with a denominator up to 16, and many more, is a multiple
    /// of its reciprocal.
    package static let snappingDenominator = 2_882_880.0

    /// A reaction coefficient within this of an integer is printed as that integer.
    package static let displayedInteger = 1e-6

    /// Facets whose plane is within this (relative to the energy there, at least 1 eV/atom) of
    /// the highest plane at a point are tested for containing it; the barycentric test decides.
    package static let facetPlaneSlack = 1e-6

    /// Formation energies given beside total energies (a CSV with both columns) that differ from
    /// those the totals imply by more than this (eV/atom) are said to disagree in the dataset's
    /// notes: above the 1e-4–1e-3 eV/atom of rounding in exported tables, below any real
    /// difference of reference or correction.
    package static let givenFormationEnergy = 1e-3

    /// A vertex of a chemical-potential diagram within this (eV, times the larger of 1 and the
    /// magnitudes compared) of a phase's plane lies on it, and two vertices closer than this in
    /// every chemical potential are one: with the interior point near the phases' planes, qhull's
    /// intersection points carry ~1e-13 eV near the origin whatever the bound (−10⁴ eV at most),
    /// and the planes of distinct phases meet a vertex at angles of fractions of simple formulas,
    /// so nothing real is this close.
    package static let chemicalPotentialVertex = 1e-9

    /// `value`, or the nearest multiple of 1/``snappingDenominator`` when it is within
    /// ``snapping`` of it.
    ///
    /// - Parameter value: An amount read off a facet (formula units).
    /// - Returns: The snapped amount; never moved by more than ``snapping``.
    package static func snapped(_ value: Double) -> Double {
        let nearest = (value * snappingDenominator).rounded() / snappingDenominator
        return abs(nearest - value) <= snapping ? nearest : value
    }
}
