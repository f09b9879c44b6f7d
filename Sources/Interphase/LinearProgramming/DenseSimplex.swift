/// The hull's linear program solved in double precision by a small dense revised simplex:
/// minimise Σ c_j λ_j subject to Σ λ_j a_j = x and λ ≥ 0, over m rows (a chemical system's
/// elements, m ≤ ~10) and n columns (phases: atom fractions summing to 1, formation energies
/// per atom), one column excluded (a question's own composition).
///
/// It starts from the basis of the pure elements, whose columns are the unit vectors and which
/// is feasible for every x ≥ 0, so it needs no first phase; from there the programs of phase
/// diagrams end after a few pivots, each O(n·m) to price the columns and O(m²) to update the
/// basis inverse — less than GLPK takes to set a problem up (`glp_create_prob`,
/// `glp_load_matrix`, its environment). No state is kept between solves.
///
/// An optimum is returned only when certified: the final basis, factorised afresh, is primal
/// feasible and no reduced cost is below −`tolerance` — the check GLPK's optimum passes before
/// `LinearProgram.ExactPolishing.unlessCertified(within:)` skips exact polishing. Otherwise (a
/// program without a unit column per row, a singular or ill-conditioned basis, cycling past
/// the iteration limit) it returns `nil` and the caller asks GLPK, whose answers are exact.
///
/// Where several bases are optimal (a composition on a face with more phases than elements),
/// the one returned may differ from GLPK's; both are optima of the same program.
struct DenseSimplex: Sendable {
    /// m: the rows (elements).
    let rowCount: Int
    /// Column after column: column j's coefficient in row r at `j * rowCount + r`.
    let coefficients: [Double]
    /// Each column's cost (formation energy per atom, eV/atom).
    let costs: [Double]
    /// The starting basis: for each row, the cheapest column that is that row's unit vector;
    /// `nil` when some row has none.
    let unitColumns: [Int]?

    /// An optimal basis: its columns and their amounts, in basis order.
    struct Optimum: Sendable {
        var columns: [Int]
        var amounts: [Double]
    }

    /// Prepares the program's columns.
    ///
    /// - Parameters:
    ///   - rowCount: m, the number of rows.
    ///   - coefficients: The columns one after another (`n · m` values).
    ///   - costs: The n columns' costs.
    /// - Complexity: O(n·m), to find the unit columns.
    init(rowCount: Int, coefficients: [Double], costs: [Double]) {
        self.rowCount = rowCount
        self.coefficients = coefficients
        self.costs = costs
        var units = [Int?](repeating: nil, count: rowCount)
        for column in costs.indices {
            let base = column * rowCount
            var row: Int?
            var isUnit = true
            for r in 0..<rowCount where coefficients[base + r] != 0 {
                if coefficients[base + r] == 1, row == nil { row = r } else { isUnit = false; break }
            }
            guard isUnit, let row else { continue }
            if units[row].map({ costs[column] < costs[$0] }) ?? true { units[row] = column }
        }
        unitColumns = units.contains(nil) ? nil : units.map { $0! }
    }

    /// The certified minimum at `target`, or `nil` when it cannot be certified here (see the
    /// type's description).
    ///
    /// - Parameters:
    ///   - target: x, the right-hand sides (m values, atom fractions ≥ 0).
    ///   - excluded: A column held at 0, or `nil`.
    ///   - tolerance: The certificate's tolerance on reduced costs and amounts (eV/atom, atom
    ///     fractions).
    /// - Returns: The optimal basis and its amounts.
    /// - Complexity: O(p·n·m) for p pivots (usually a few), plus O(m³) to certify.
    func minimum(at target: [Double], excluding excluded: Int?, tolerance: Double) -> Optimum? {
        let m = rowCount, n = costs.count
        guard m > 0, target.count == m, let unitColumns, !unitColumns.contains(where: { $0 == excluded }),
              target.allSatisfy({ $0 >= 0 }) else { return nil }
        var basis = unitColumns
        var isBasic = [Bool](repeating: false, count: n)
        for column in basis { isBasic[column] = true }
        // Row-major B⁻¹ and x_B = B⁻¹ x: the unit basis is the identity, its amounts x itself.
        var inverse = [Double](repeating: 0, count: m * m)
        for r in 0..<m { inverse[r * m + r] = 1 }
        var amounts = target
        var dual = [Double](repeating: 0, count: m)
        var direction = [Double](repeating: 0, count: m)
        var degeneratePivots = 0
        var refactorisations = 0
        let iterationLimit = 50 * m + 200
        let skipped = excluded ?? -1
        for _ in 0..<iterationLimit {
            duals(of: basis, inverse: inverse, into: &dual)
            // Pricing: the most negative reduced cost (Dantzig), or after a run of degenerate
            // pivots the first negative one (Bland's rule, which cannot cycle).
            let bland = degeneratePivots > 2 * m
            let entering = Self.entering(
                coefficients: coefficients, costs: costs, dual: dual, isBasic: isBasic, skipping: skipped,
                tolerance: tolerance, firstFound: bland)
            guard let entering else {
                // Optimal by the updated inverse: certify on a fresh factorisation; if rounding
                // hid an improving column, go on from the fresh basis.
                guard refactorisations < 3, let fresh = self.inverse(of: basis) else { return nil }
                refactorisations += 1
                inverse = fresh
                for i in 0..<m {
                    var sum = 0.0
                    for k in 0..<m { sum += inverse[i * m + k] * target[k] }
                    amounts[i] = sum
                }
                guard amounts.allSatisfy({ $0 >= -tolerance }) else { return nil }
                duals(of: basis, inverse: inverse, into: &dual)
                if Self.entering(
                    coefficients: coefficients, costs: costs, dual: dual, isBasic: isBasic, skipping: skipped,
                    tolerance: tolerance, firstFound: true) == nil {
                    return Optimum(columns: basis, amounts: amounts)
                }
                continue
            }
            // The entering column in the basis: u = B⁻¹ a_q; the ratio test picks the row
            // leaving first (ties: the larger pivot, or under Bland the lower column).
            let base = entering * m
            for i in 0..<m {
                var sum = 0.0
                for k in 0..<m { sum += inverse[i * m + k] * coefficients[base + k] }
                direction[i] = sum
            }
            var leaving = -1
            var ratio = Double.infinity
            for i in 0..<m where direction[i] > Tolerance.simplexPivot {
                let step = max(amounts[i], 0) / direction[i]
                if step < ratio || (step == ratio && (bland ? basis[i] < basis[leaving] : direction[i] > direction[leaving])) {
                    ratio = step
                    leaving = i
                }
            }
            // Every column's amounts sum to 1, so the program is bounded: no leaving row means
            // rounding has broken the basis.
            guard leaving >= 0 else { return nil }
            degeneratePivots = ratio == 0 ? degeneratePivots + 1 : 0
            for i in 0..<m { amounts[i] -= ratio * direction[i] }
            amounts[leaving] = ratio
            let pivot = direction[leaving]
            for k in 0..<m { inverse[leaving * m + k] /= pivot }
            for i in 0..<m where i != leaving && direction[i] != 0 {
                let factor = direction[i]
                for k in 0..<m { inverse[i * m + k] -= factor * inverse[leaving * m + k] }
            }
            isBasic[basis[leaving]] = false
            basis[leaving] = entering
            isBasic[entering] = true
        }
        return nil
    }

    /// The column to enter the basis: of the columns neither basic nor `skipping`, the one with
    /// the most negative reduced cost c_j − y·a_j below −`tolerance` (or, with `firstFound`, the
    /// first such), or `nil` when there is none — the basis is optimal for the duals `dual`.
    ///
    /// - Complexity: O(n·m), the simplex's hot loop (read through buffers: no bounds checks).
    private static func entering(
        coefficients: [Double], costs: [Double], dual: [Double], isBasic: [Bool], skipping: Int,
        tolerance: Double, firstFound: Bool
    ) -> Int? {
        let m = dual.count
        return coefficients.withUnsafeBufferPointer { a in
            costs.withUnsafeBufferPointer { c in
                dual.withUnsafeBufferPointer { y in
                    isBasic.withUnsafeBufferPointer { basic in
                        var entering: Int?
                        var best = -tolerance
                        var base = 0
                        for j in 0..<c.count {
                            defer { base += m }
                            guard !basic[j], j != skipping else { continue }
                            var reduced = c[j]
                            for k in 0..<m { reduced -= y[k] * a[base + k] }
                            if reduced < best {
                                entering = j
                                if firstFound { break }
                                best = reduced
                            }
                        }
                        return entering
                    }
                }
            }
        }
    }

    /// B⁻¹ (row-major) of the basis columns (``DenseLinearSystem/inverse(_:size:pivotTolerance:)``),
    /// or `nil` when B is singular.
    private func inverse(of basis: [Int]) -> [Double]? {
        let m = rowCount
        var matrix = [Double](repeating: 0, count: m * m)
        for (i, column) in basis.enumerated() {
            for r in 0..<m { matrix[r * m + i] = coefficients[column * m + r] }
        }
        return DenseLinearSystem.inverse(matrix, size: m)
    }

    /// The duals y = c_B B⁻¹ of `basis`, whose inverse is `inverse` (row-major), into `dual`.
    private func duals(of basis: [Int], inverse: [Double], into dual: inout [Double]) {
        let m = rowCount
        for k in 0..<m {
            var sum = 0.0
            for i in 0..<m { sum += costs[basis[i]] * inverse[i * m + k] }
            dual[k] = sum
        }
    }
}
