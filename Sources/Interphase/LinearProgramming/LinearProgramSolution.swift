/// The optimum of a `LinearProgram`.
struct LinearProgramSolution: Sendable, Equatable {
    /// c·x at the optimum (`glp_get_obj_val`).
    let objectiveValue: Double
    /// Primal x, per column (`glp_get_col_prim`).
    let values: [Double]
    /// Dual value of each constraint row (`glp_get_row_dual`).
    let rowDuals: [Double]
    /// Reduced cost of each column (`glp_get_col_dual`).
    let reducedCosts: [Double]
}
