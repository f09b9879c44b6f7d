internal import InterphaseShims

/// A linear program min (or max) c·x subject to rows and column bounds,
/// solved with GLPK's primal simplex.
///
/// This is the only type in the module that calls GLPK. `solve()` is one
/// synchronous C call, `interphase_lp_solve`, so the GLPK problem object never
/// crosses a thread or an `await`.
struct LinearProgram: Sendable {
    /// Direction of optimisation.
    enum Objective: Sendable { case minimize, maximize }
    /// How a constraint row compares with its bound.
    enum Relation: Sendable { case equal, lessOrEqual, greaterOrEqual }
    /// One row: `coefficients·x (relation) bound`.
    struct Constraint: Sendable {
        /// Dense row of length `columnCount`.
        var coefficients: [Double]
        var relation: Relation
        var bound: Double
    }

    var objective: Objective
    /// Objective coefficients; their count is the number of columns.
    var costs: [Double]
    var constraints: [Constraint]
    /// Per column; `nil` = −∞. Defaults to all 0.
    var lowerBounds: [Double?]
    /// Per column; `nil` = +∞. Defaults to all `nil`.
    var upperBounds: [Double?]
    /// When GLPK's exact simplex (`glp_exact`, bignum arithmetic) re-solves the floating-point
    /// optimum. Defaults to ``ExactPolishing/always``.
    var exactPolishing: ExactPolishing = .always
    /// Whether GLPK scales the rows and columns first (`glp_scale_prob(GLP_SF_AUTO)`, the
    /// default). Programs whose coefficients are already of order 1 (atom fractions, energies in
    /// eV/atom) skip it: for the small LPs of a hull it is a third of the solve.
    var scalesProblem = true

    /// When the floating-point optimum is polished in exact arithmetic. `glp_simplex` accepts
    /// reduced costs down to −1e-7, coarser than the energy differences a phase diagram must
    /// resolve (a phase 1e-8 eV/atom below a tie line), so its optimum is re-solved exactly from
    /// its basis; usually in zero or a few pivots, but the bignum set-up is most of the cost of
    /// a small program.
    enum ExactPolishing: Sendable {
        /// Always.
        case always
        /// Only when the floating-point optimum is not already primal and dual feasible within
        /// `tolerance` (absolute, in the units of the costs and bounds): an optimum that passes
        /// is the exact one's basis, which `glp_exact` would only recompute.
        case unlessCertified(within: Double)
    }

    /// The number of variables, `costs.count`.
    var columnCount: Int { costs.count }

    /// Creates a program whose variables are all non-negative (x ≥ 0).
    ///
    /// - Parameters:
    ///   - objective: minimise (default) or maximise.
    ///   - costs: the objective coefficients, one per column.
    ///   - constraints: the rows, each with `costs.count` coefficients.
    init(objective: Objective = .minimize, costs: [Double], constraints: [Constraint]) {
        self.objective = objective
        self.costs = costs
        self.constraints = constraints
        self.lowerBounds = Array(repeating: 0, count: costs.count)
        self.upperBounds = Array(repeating: nil, count: costs.count)
    }

    /// Solves the program.
    ///
    /// One synchronous call: create → load → solve → copy out → delete on the
    /// calling thread (`interphase_lp_solve`: `glp_load_matrix` with the
    /// nonzero coefficients only, `glp_scale_prob(GLP_SF_AUTO)` unless ``scalesProblem`` is
    /// false, `glp_simplex`
    /// primal with presolve off and `GLP_MSG_OFF`, `glp_exact` as ``exactPolishing`` says,
    /// then `glp_get_status`).
    /// Thread-safe: GLPK's environment is per thread, nothing is shared, and
    /// the shim frees the thread's GLPK environment at the end of the call.
    /// GLPK prints nothing; a GLPK fatal error becomes `.solverFailed`.
    ///
    /// - Returns: the optimum, with GLPK's duals (`glp_get_row_dual`) and
    ///   reduced costs (`glp_get_col_dual`). For minimisation the dual of a
    ///   binding `≤` row is ≤ 0 and of a binding `≥` row is ≥ 0; maximisation
    ///   flips both signs.
    /// - Throws: `LinearProgramError.invalidProblem` for wrong lengths,
    ///   non-finite numbers or no columns; `.infeasible` (GLP_NOFEAS /
    ///   GLP_INFEAS); `.unbounded` (GLP_UNBND); `.solverFailed` for a
    ///   `glp_simplex` error code, another status, or a GLPK fatal error.
    /// - Complexity: building the problem is O(rows × columns); the simplex
    ///   usually takes a few times `rows` pivots, each O(rows × columns).
    func solve() throws(LinearProgramError) -> LinearProgramSolution {
        try validate()
        let call = try run(sequence: nil)
        let (columns, rows) = (columnCount, constraints.count)
        return LinearProgramSolution(
            objectiveValue: call.objectiveValue,
            values: Array(call.outputs[0..<columns]),
            rowDuals: Array(call.outputs[(2 * columns)..<(2 * columns + rows)]),
            reducedCosts: Array(call.outputs[columns..<(2 * columns)]))
    }

    /// One optimum of a sequence of solves (see ``solve(rightHandSides:excludedColumns:)``).
    struct SequenceOptimum: Sendable {
        /// c·x at the optimum.
        var objectiveValue: Double
        /// Primal x, per column.
        var values: [Double]
    }

    /// Solves the program once per right-hand side, in one call: solve s replaces every row's
    /// bound by `rightHandSides[s]` and, when `excludedColumns[s]` is not `nil`, fixes that
    /// column at 0. Each solve starts from the previous one's basis (dual simplex; a fresh
    /// primal one when that fails), so many programs over the same columns — a hull's
    /// compositions — cost a few pivots each instead of a set-up and a full simplex.
    ///
    /// - Parameters:
    ///   - rightHandSides: One bound per row for each solve.
    ///   - excludedColumns: For each solve, a column to fix at 0, or `nil`.
    /// - Returns: Each solve's optimum, or why it has none (`.infeasible`, `.unbounded`,
    ///   `.solverFailed`), in order. Duals are not returned.
    /// - Throws: `LinearProgramError.invalidProblem` for wrong lengths or non-finite numbers,
    ///   `.solverFailed` for a GLPK fatal error.
    /// - Complexity: one set-up, then a few pivots per solve when the optima are near each other.
    func solve(
        rightHandSides: [[Double]], excludedColumns: [Int?]
    ) throws(LinearProgramError) -> [Result<SequenceOptimum, LinearProgramError>] {
        try validate()
        guard rightHandSides.count == excludedColumns.count else {
            throw .invalidProblem("\(rightHandSides.count) right-hand sides but \(excludedColumns.count) exclusions")
        }
        guard !rightHandSides.isEmpty else { return [] }
        for (solve, bounds) in rightHandSides.enumerated() {
            guard bounds.count == constraints.count, bounds.allSatisfy(\.isFinite) else {
                throw .invalidProblem("solve \(solve): \(bounds.count) finite bounds expected, one per row (\(constraints.count))")
            }
        }
        if let bad = excludedColumns.firstIndex(where: { $0.map { !(0..<columnCount).contains($0) } ?? false }) {
            throw .invalidProblem("solve \(bad) excludes a column out of range")
        }
        let call = try run(sequence: (rightHandSides, excludedColumns))
        let solveCount = rightHandSides.count
        let solvesStart = 2 * columnCount + constraints.count
        return (0..<solveCount).map { solve -> Result<SequenceOptimum, LinearProgramError> in
            guard call.codes[solve] == INTERPHASE_LP_OPTIMAL else {
                return .failure(Self.failure(code: call.codes[solve], message: call.message))
            }
            let start = solvesStart + solve * columnCount
            return .success(SequenceOptimum(
                objectiveValue: call.outputs[solvesStart + solveCount * columnCount + solve],
                values: Array(call.outputs[start..<(start + columnCount)])))
        }
    }

    /// The one C call behind both solves: the program once (`sequence` nil) or once per
    /// right-hand side. Returns the raw output buffer (values | reduced costs | row duals |
    /// values of the solves | objectives of the solves), each solve's shim code and the single
    /// solve's objective; throws when the call as a whole failed.
    private func run(
        sequence: (rightHandSides: [[Double]], excludedColumns: [Int?])?
    ) throws(LinearProgramError) -> (outputs: [Double], codes: [Int32], objectiveValue: Double, message: String) {
        let rowCount = constraints.count
        let columnCount = self.columnCount

        // Inputs, in one buffer: costs | matrix (row-major) | row bounds | lower | upper.
        var inputs: [Double] = []
        inputs.reserveCapacity(columnCount * (rowCount + 3) + rowCount)
        inputs.append(contentsOf: costs)
        for row in constraints { inputs.append(contentsOf: row.coefficients) }
        inputs.append(contentsOf: sequence?.rightHandSides[0] ?? constraints.map(\.bound))
        inputs.append(contentsOf: lowerBounds.map { $0 ?? -.infinity })
        inputs.append(contentsOf: upperBounds.map { $0 ?? .infinity })
        let relations: [Int32] = constraints.map {
            switch $0.relation {
            case .equal: INTERPHASE_LP_EQUAL
            case .lessOrEqual: INTERPHASE_LP_LESS_OR_EQUAL
            case .greaterOrEqual: INTERPHASE_LP_GREATER_OR_EQUAL
            }
        }
        let solveCount = sequence?.rightHandSides.count ?? 0
        let boundsOfSolves = sequence?.rightHandSides.flatMap { $0 } ?? []
        let excludedOfSolves: [Int32] = sequence?.excludedColumns.map { Int32($0 ?? -1) } ?? []
        // Outputs, in one buffer: values | reduced costs | row duals | values of the solves | objectives.
        var outputs = [Double](repeating: 0, count: 2 * columnCount + rowCount + solveCount * (columnCount + 1))
        var codes = [Int32](repeating: 0, count: solveCount)
        var messageBuffer = [CChar](repeating: 0, count: 1024)
        var objectiveValue = 0.0
        let certifiedWithin: Double
        switch exactPolishing {
        case .always: certifiedWithin = 0
        case .unlessCertified(let tolerance): certifiedWithin = tolerance
        }

        let code: Int32 = inputs.withUnsafeBufferPointer { input in
            relations.withUnsafeBufferPointer { relation in
                boundsOfSolves.withUnsafeBufferPointer { solveBounds in
                    excludedOfSolves.withUnsafeBufferPointer { excluded in
                        outputs.withUnsafeMutableBufferPointer { output in
                            codes.withUnsafeMutableBufferPointer { solveCodes in
                                messageBuffer.withUnsafeMutableBufferPointer { text in
                                    let base = input.baseAddress!
                                    let matrixStart = columnCount
                                    let boundsStart = matrixStart + rowCount * columnCount
                                    let lowerStart = boundsStart + rowCount
                                    let upperStart = lowerStart + columnCount
                                    var problem = InterphaseLPProblem(
                                        row_count: Int32(rowCount),
                                        column_count: Int32(columnCount),
                                        maximize: objective == .maximize ? 1 : 0,
                                        costs: base,
                                        matrix: base + matrixStart,
                                        row_relations: relation.baseAddress,
                                        row_bounds: base + boundsStart,
                                        column_lower: base + lowerStart,
                                        column_upper: base + upperStart,
                                        certified_within: certifiedWithin,
                                        skip_scaling: scalesProblem ? 0 : 1,
                                        solve_count: Int32(solveCount),
                                        row_bounds_of_solves: solveCount > 0 ? solveBounds.baseAddress : nil,
                                        excluded_column_of_solves: solveCount > 0 ? excluded.baseAddress : nil)
                                    let out = output.baseAddress!
                                    let solvesStart = 2 * columnCount + rowCount
                                    var solution = InterphaseLPSolution(
                                        objective_value: 0,
                                        values: out,
                                        row_duals: out + 2 * columnCount,
                                        reduced_costs: out + columnCount,
                                        glpk_return_code: 0,
                                        glpk_status: 0,
                                        message: text.baseAddress,
                                        message_capacity: text.count,
                                        values_of_solves: solveCount > 0 ? out + solvesStart : nil,
                                        objective_of_solves: solveCount > 0 ? out + solvesStart + solveCount * columnCount : nil,
                                        code_of_solves: solveCount > 0 ? solveCodes.baseAddress : nil)
                                    let code = interphase_lp_solve(&problem, &solution)
                                    objectiveValue = solution.objective_value
                                    return code
                                }
                            }
                        }
                    }
                }
            }
        }
        let message = Self.string(from: messageBuffer)
        guard code == INTERPHASE_LP_OPTIMAL else { throw Self.failure(code: code, message: message) }
        return (outputs, codes, objectiveValue, message)
    }

    /// The error a shim code stands for, with GLPK's captured `message`.
    private static func failure(code: Int32, message: String) -> LinearProgramError {
        switch code {
        case INTERPHASE_LP_INFEASIBLE: .infeasible
        case INTERPHASE_LP_UNBOUNDED: .unbounded
        case INTERPHASE_LP_INVALID_ARGUMENT: .invalidProblem(message)
        case INTERPHASE_LP_FATAL_ERROR: .solverFailed("GLPK fatal error: \(message)")
        case INTERPHASE_LP_OUT_OF_MEMORY: .solverFailed("out of memory")
        default: .solverFailed(message.isEmpty ? "GLPK shim code \(code)" : message)
        }
    }

    /// Checks lengths and finiteness so that every error the caller can fix is
    /// an `.invalidProblem` with a precise message.
    private func validate() throws(LinearProgramError) {
        let n = columnCount
        guard n > 0 else { throw .invalidProblem("the program has no columns") }
        let cells = constraints.count.multipliedReportingOverflow(by: n)
        guard n < Int(Int32.max), constraints.count < Int(Int32.max),
            !cells.overflow, cells.partialValue < Int(Int32.max)
        else { throw .invalidProblem("too many rows or columns for GLPK") }
        guard lowerBounds.count == n, upperBounds.count == n else {
            throw .invalidProblem(
                "\(n) columns but \(lowerBounds.count) lower and \(upperBounds.count) upper bounds")
        }
        if let j = costs.firstIndex(where: { !$0.isFinite }) {
            throw .invalidProblem("cost of column \(j) is not finite")
        }
        for (i, row) in constraints.enumerated() {
            guard row.coefficients.count == n else {
                throw .invalidProblem(
                    "row \(i) has \(row.coefficients.count) coefficients, expected \(n)")
            }
            guard row.bound.isFinite, row.coefficients.allSatisfy(\.isFinite) else {
                throw .invalidProblem("row \(i) has a non-finite coefficient or bound")
            }
        }
        for j in 0..<n {
            if let lower = lowerBounds[j], !lower.isFinite {
                throw .invalidProblem("lower bound of column \(j) is not finite (use nil for none)")
            }
            if let upper = upperBounds[j], !upper.isFinite {
                throw .invalidProblem("upper bound of column \(j) is not finite (use nil for none)")
            }
        }
    }

    /// The NUL-terminated text in `buffer`, trimmed of trailing newlines.
    private static func string(from buffer: [CChar]) -> String {
        let bytes = buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }
        var text = String(decoding: bytes, as: UTF8.self)
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }

    /// Runs the shim's test hook `interphase_lp_trigger_fatal_error`, which
    /// makes an invalid GLPK call that would normally `abort()` the process,
    /// and maps the result exactly as `solve()` does.
    ///
    /// - Returns: the error `solve()` would throw for that outcome
    ///   (`.solverFailed` with GLPK's message), or `nil` if GLPK did not fail.
    static func triggerGLPKFatalErrorForTesting() -> LinearProgramError? {
        var buffer = [CChar](repeating: 0, count: 1024)
        let code = buffer.withUnsafeMutableBufferPointer {
            interphase_lp_trigger_fatal_error($0.baseAddress, $0.count)
        }
        guard code == INTERPHASE_LP_FATAL_ERROR else { return nil }
        return .solverFailed("GLPK fatal error: \(string(from: buffer))")
    }
}
