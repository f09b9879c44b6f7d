/// Which hull answers a question: one qhull call over all the data, a hull per chemical system,
/// or linear programs that stand for a system's hull. The one place these thresholds live; the
/// ``HullStore`` (and through it ``PhaseDiagramAtlas``, ``PatchedPhaseDiagram``, the constraints'
/// metastable admission and ``MonteCarloHull``) reads them from here.
///
/// Every constant was measured on the whole Materials Project (85,014 compositions over 84
/// elements) and on the synthetic benchmark of 10⁴ entries over 6 elements (BENCHMARKS.md).
package struct HullRoutingPolicy: Sendable, Hashable {
    /// Data spanning at most this many elements get one hull over everything: a qhull call in at
    /// most 4 dimensions over the data is milliseconds, and whole-data results stay what a single
    /// `PhaseDiagram` gives, bit for bit.
    package var singleHullElementLimit = 4

    /// The same limit for a whole-data pass without decomposition energies (pymatgen's
    /// `PatchedPhaseDiagram`): what makes one hull over everything costly is the hull of the
    /// other entries that each stable compound's Bartel energy needs; one qhull call alone stays
    /// cheaper than the per-system pass up to 7 elements. Measured (CPU, 2026-12-07, the
    /// Python package over `random_entries(n, count)` of Python/tests): 10⁴ entries over 5, 6,
    /// 7, 8 elements took 0.03, 0.06, 0.25, 1.3 s as one hull against 0.60, 0.62, 0.98, 0.87 s
    /// system by system; 3·10⁴ entries 0.09, 0.15, 0.52, 1.8 s against 3.5, 5.0, 6.2, 3.8 s.
    package var singleHullElementLimitWithoutDecompositionEnergies = 7

    /// The largest chemical system (number of elements) whose hull is built. The cost of a qhull
    /// hull grows exponentially with its dimension: over the Materials Project a system of 6
    /// elements (600 entries) takes about 0.1 s, of 8 elements a few seconds, of 9 and more tens
    /// of seconds to minutes and gigabytes. Questions about larger systems are refused.
    ///
    /// It is also the largest data a Monte Carlo sample rebuilds as one hull (every sample
    /// rebuilds the whole data, and up to this size one qhull call with a shared layout costs
    /// less than indexing systems and answering each).
    package var hullElementLimit = 8

    /// Candidates of systems of at least this many elements are answered by one linear program
    /// each (``LinearProgrammingHull``, prepared once per system of the data, once per block of
    /// candidates for a system the data lack) rather than read off their
    /// system's hull. A hull is shared by every candidate of its system, but a quaternary
    /// system's hull over its subsystems' phases costs about as much as 30 LPs, and screening
    /// sets put about 10 candidates in each system of 4 or more elements (a million generated
    /// candidates: 209,000 in 19,400 quaternary systems); ternary systems get many more
    /// candidates each and cheap hulls.
    ///
    /// Checked on the four distributions of Benchmarks/ (issue 27): the heavy-tailed one puts
    /// ~12,500 candidates in each of a few 4–6-element systems, where a hull would cost less
    /// than their LPs; but the two routes round differently in the last digits, and a route that
    /// depended on how many candidates share a batch would make a candidate's answer depend on
    /// the others. The route stays a property of the system alone.
    package var candidateLinearProgrammingElementCount = 4

    /// From this many elements a system's own entries may be answered by linear programs instead
    /// of a hull (which ones: ``answersByLinearPrograms(elementCount:own:inputs:)``).
    ///
    /// A system's hull is built from the stable phases of all its subsystems, most of them on its
    /// boundary, where qhull spends its time merging the coplanar points of the boundary faces;
    /// its own entries are often few (2.0 per system in the Materials Project). One LP per own
    /// composition over those phases (GLPK, exact polishing only when the floating-point optimum
    /// is not already certified) answers them for a fraction of the cost: on all 85,014 MP
    /// compositions the hulls took 29 s of CPU from 3 elements up, the LPs 3 s, with the same
    /// stable sets and energies within 2e-13 eV/atom. Binary systems keep their (2-D) hulls.
    package var linearProgrammingElementCount = 3

    /// A system with at most one own entry in this many of its hull's inputs is answered by
    /// linear programs (from ``linearProgrammingElementCount`` elements): one LP per own
    /// composition then costs less than the hull. Measured on the whole MP (2 own entries per
    /// system; 6.3 s of CPU with 1, 6.5 s with 2, 7.0 s with 4) and on 10⁴ synthetic entries over
    /// 6 elements (160 own entries per system; 1.4 s of CPU with 1, 0.68 s with 2 to 8).
    package var ownShareForLinearPrograms = 2

    /// From this many elements a system is answered by linear programs unless their estimated
    /// cost exceeds its hull's (``answersByLinearPrograms(elementCount:own:inputs:)``): a qhull
    /// hull over hundreds of points, most of them on the boundary, then costs more than hundreds
    /// of LPs (10⁴ synthetic entries over 6 elements: the 6-element system's 188 own entries
    /// took 0.2 s as a hull, 15 ms as LPs), but a system holding thousands of its own entries is
    /// answered by one hull far faster than by thousands of LPs over thousands of columns.
    package var alwaysLinearProgrammingElementCount = 5

    /// The cost model that chooses between a system's hull and its LPs from
    /// ``alwaysLinearProgrammingElementCount`` elements, in seconds of CPU, fitted on two
    /// 10⁴-entry 6-element sets (`interphase-benchmarks generate 10000 6 42 F.csv
    /// --distribution mp|top-heavy`, release, 2026-12-07):
    /// - LPs cost `linearProgramSecondsPerColumn` × own × inputs (one LP per own composition,
    ///   one column per input): 188 own entries over ~600 inputs took 15 ms, 7,050 over ~7,200
    ///   took 14–17 s (GLPK's dual simplex, ~2 ms per LP);
    /// - the hull costs `hullSecondsPerBoundaryInput` per input that is not the system's own
    ///   (the subsystems' phases lie on its boundary faces, where qhull merges coplanar points)
    ///   plus `hullSecondsPerOwnInput` per own entry: ~410 boundary and 188 own inputs took
    ///   0.2 s; ~150 boundary and 7,050 own inputs 0.4 s.
    package var linearProgramSecondsPerColumn = 2.5e-7
    /// See ``linearProgramSecondsPerColumn``.
    package var hullSecondsPerBoundaryInput = 3.3e-4
    /// See ``linearProgramSecondsPerColumn``.
    package var hullSecondsPerOwnInput = 5e-5

    /// The measured defaults.
    package static let standard = HullRoutingPolicy()

    /// The defaults with other thresholds, for tests that force one route.
    ///
    /// - Parameters:
    ///   - singleHullElementLimit: see `singleHullElementLimit`.
    ///   - linearProgrammingElementCount: see ``linearProgrammingElementCount``.
    package init(singleHullElementLimit: Int = 4, linearProgrammingElementCount: Int = 3) {
        self.singleHullElementLimit = singleHullElementLimit
        self.linearProgrammingElementCount = linearProgrammingElementCount
    }

    /// Whether data spanning `elementCount` elements get one hull over everything.
    ///
    /// - Parameters:
    ///   - elementCount: The number of elements the data span.
    ///   - decompositionEnergies: Whether the pass computes Bartel's decomposition energies (a
    ///     pass without them gets one hull up to
    ///     ``singleHullElementLimitWithoutDecompositionEnergies`` elements).
    package func usesSingleHull(elementCount: Int, decompositionEnergies: Bool = true) -> Bool {
        elementCount <= (decompositionEnergies ? singleHullElementLimit : max(singleHullElementLimit, singleHullElementLimitWithoutDecompositionEnergies))
    }

    /// Whether each Monte Carlo sample of data spanning `elementCount` elements rebuilds one
    /// hull over everything rather than one per system (see `hullElementLimit`).
    package func samplesOneHull(elementCount: Int) -> Bool { elementCount <= hullElementLimit }

    /// Whether a question about a system of `elementCount` elements is refused as too large.
    package func refusesHull(elementCount: Int) -> Bool { elementCount > hullElementLimit }

    /// Whether candidates of a system of `elementCount` elements are answered by linear programs.
    package func answersCandidatesByLinearPrograms(elementCount: Int) -> Bool {
        elementCount >= candidateLinearProgrammingElementCount
    }

    /// Whether a system's own entries are answered by linear programs rather than a hull: from
    /// ``linearProgrammingElementCount`` elements when its own entries are few beside the phases
    /// a hull would be built from (at most one in ``ownShareForLinearPrograms`` of them), and
    /// from ``alwaysLinearProgrammingElementCount`` elements whenever the LPs' estimated cost is
    /// below the hull's (see ``linearProgramSecondsPerColumn``).
    ///
    /// - Parameters:
    ///   - elementCount: The system's number of elements.
    ///   - own: How many entries have exactly this system.
    ///   - inputs: How many entries its hull would be built from (own ones included).
    package func answersByLinearPrograms(elementCount: Int, own: Int, inputs: Int) -> Bool {
        guard elementCount >= linearProgrammingElementCount else { return false }
        guard elementCount >= alwaysLinearProgrammingElementCount else { return own * ownShareForLinearPrograms <= inputs }
        let linearPrograms = linearProgramSecondsPerColumn * Double(own) * Double(inputs)
        let hull = hullSecondsPerBoundaryInput * Double(inputs - own) + hullSecondsPerOwnInput * Double(own)
        return linearPrograms <= hull
    }
}
