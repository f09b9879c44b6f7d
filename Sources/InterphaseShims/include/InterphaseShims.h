/*
 * InterphaseShims: a flat C API over qhull_r (convex hulls) and GLPK (linear
 * programming) for the Interphase Swift module.
 *
 * Design rules
 *   - No qhull or GLPK type appears in this header; Swift never sees them.
 *   - Every call is synchronous and self-contained: library state is created,
 *     used and destroyed inside one call, on the calling thread.
 *   - Nothing is ever printed. Library messages are captured into buffers that
 *     the caller owns (GLPK) or that a matching *_free function releases (qhull).
 *   - Library fatal errors are turned into return codes; nothing calls abort()
 *     or exit().
 */
#ifndef INTERPHASE_SHIMS_H
#define INTERPHASE_SHIMS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------ */
/* Convex hull (qhull_r, options "Qt i")                                    */
/* ------------------------------------------------------------------------ */

/* Return codes of interphase_hull_compute. Values 1...9 are qhull's own exit
 * codes (qh_ERRinput ... qh_ERRdebug) and are passed through unchanged. */
#define INTERPHASE_HULL_OK               0
#define INTERPHASE_HULL_QH_ERRSINGULAR   2   /* e.g. QH6154 flat initial simplex */
#define INTERPHASE_HULL_QH_ERRPREC       3   /* precision error */
#define INTERPHASE_HULL_QH_ERRTOPOLOGY   7   /* topology error (near-adjacent vertices) */
#define INTERPHASE_HULL_QH_ERRWIDE       8   /* wide facet error */
#define INTERPHASE_HULL_INVALID_ARGUMENT (-1) /* rejected before qhull ran */
#define INTERPHASE_HULL_OUT_OF_MEMORY    (-2) /* malloc failed in the shim */

/* Result of one hull computation. Zero-initialise it before the call and
 * release it with interphase_hull_free afterwards, whatever the return code. */
typedef struct InterphaseHullResult {
    int dimension;       /* d, copied from the call */
    int facet_count;     /* number of triangulated facets */
    int *vertices;       /* facet_count * d point indices, row-major (malloc) */
    double *normals;     /* facet_count * d outward unit normals, row-major (malloc) */
    double *offsets;     /* facet_count offsets: normal.x + offset = 0 on the facet (malloc) */
    char *message;       /* everything qhull wrote to its error stream, NUL-terminated (malloc), or NULL */
} InterphaseHullResult;

/* Computes the triangulated convex hull of point_count points in R^dimension.
 *
 * points: point_count * dimension coordinates, row-major. Only read; the shim
 *         copies them into its own buffer, which lives until qhull is freed.
 * result: zero-initialised; filled on success, and result->message may be set
 *         on any return code.
 * Returns INTERPHASE_HULL_OK, a qhull exit code (1...9), or a negative shim code. */
int interphase_hull_compute(const double *points, int point_count, int dimension,
                            InterphaseHullResult *result);

/* Frees every buffer in result and zeroes it. Safe on a zeroed result. */
void interphase_hull_free(InterphaseHullResult *result);

/* ------------------------------------------------------------------------ */
/* Halfspace intersection (qhull_r, options "H<interior point>")           */
/* ------------------------------------------------------------------------ */

/* Result of one halfspace intersection. Zero-initialise it before the call and
 * release it with interphase_halfspace_free afterwards, whatever the return code. */
typedef struct InterphaseHalfspaceResult {
    int dimension;       /* d, copied from the call */
    int vertex_count;    /* number of intersection points (one per facet of the dual hull) */
    double *vertices;    /* vertex_count * d coordinates, row-major (malloc) */
    char *message;       /* everything qhull wrote to its error stream, NUL-terminated (malloc), or NULL */
} InterphaseHalfspaceResult;

/* Intersects halfspace_count halfspaces of R^dimension, each a . x + b <= 0 given as the
 * dimension + 1 numbers a_1 ... a_d, b (row-major), about a point strictly inside all of them.
 * The intersection must be bounded. A vertex where more than d halfspaces meet may be returned
 * more than once (once per dual facet), up to rounding.
 *
 * halfspaces: halfspace_count * (dimension + 1) numbers; only read.
 * interior:   dimension coordinates of a point strictly inside every halfspace; only read.
 * result:     zero-initialised; filled on success, and result->message may be set on any code.
 * Returns INTERPHASE_HULL_OK, a qhull exit code (1...9), or a negative shim code (the codes of
 * interphase_hull_compute); qh_ERRother (5) when a dual facet is unbounded. */
int interphase_halfspace_intersect(const double *halfspaces, int halfspace_count, int dimension,
                                   const double *interior, InterphaseHalfspaceResult *result);

/* Frees every buffer in result and zeroes it. Safe on a zeroed result. */
void interphase_halfspace_free(InterphaseHalfspaceResult *result);

/* ------------------------------------------------------------------------ */
/* Linear programming (GLPK primal simplex)                                 */
/* ------------------------------------------------------------------------ */

/* Row relations. */
#define INTERPHASE_LP_EQUAL            0   /* row == bound */
#define INTERPHASE_LP_LESS_OR_EQUAL    1   /* row <= bound */
#define INTERPHASE_LP_GREATER_OR_EQUAL 2   /* row >= bound */

/* Return codes of interphase_lp_solve. */
#define INTERPHASE_LP_OPTIMAL          0
#define INTERPHASE_LP_INFEASIBLE       1   /* GLP_NOFEAS or GLP_INFEAS */
#define INTERPHASE_LP_UNBOUNDED        2   /* GLP_UNBND */
#define INTERPHASE_LP_NOT_OPTIMAL      3   /* any other glp_get_status value (see glpk_status) */
#define INTERPHASE_LP_SOLVER_ERROR     4   /* glp_simplex returned nonzero (see glpk_return_code) */
#define INTERPHASE_LP_FATAL_ERROR      5   /* GLPK fatal error caught by the error hook */
#define INTERPHASE_LP_INVALID_ARGUMENT 6   /* rejected before GLPK ran */
#define INTERPHASE_LP_OUT_OF_MEMORY    7   /* malloc failed in the shim */

/* A linear program  min/max costs.x  subject to
 *   matrix[i] . x  (relation[i])  row_bounds[i]   for each row i,
 *   column_lower[j] <= x[j] <= column_upper[j]     for each column j.
 * Infinite bounds (-HUGE_VAL / +HUGE_VAL) mean "no bound". All arrays are
 * only read, and only during the call. */
typedef struct InterphaseLPProblem {
    int row_count;                /* >= 0 */
    int column_count;             /* >= 1 */
    int maximize;                 /* 0 = minimise, nonzero = maximise */
    const double *costs;          /* column_count */
    const double *matrix;         /* row_count * column_count, dense, row-major; zeros are skipped */
    const int *row_relations;     /* row_count INTERPHASE_LP_EQUAL / _LESS_OR_EQUAL / _GREATER_OR_EQUAL */
    const double *row_bounds;     /* row_count */
    const double *column_lower;   /* column_count */
    const double *column_upper;   /* column_count */
    double certified_within;      /* > 0: skip glp_exact when the floating-point optimum is already
                                     primal and dual feasible within this (see the shim); <= 0:
                                     always polish with glp_exact */
    int skip_scaling;             /* nonzero: no glp_scale_prob (rows and columns already of order 1) */
    /* A sequence of solves of the same program (solve_count > 0; 0 = one solve as above): solve s
       uses row_bounds_of_solves[s * row_count ...] instead of row_bounds and, when
       excluded_column_of_solves[s] >= 0, fixes that column at 0. Each solve starts from the
       previous one's basis (dual simplex), so a hull's many LPs over the same phases cost a few
       pivots each. Results go to the solution's *_of_solves arrays. */
    int solve_count;
    const double *row_bounds_of_solves;     /* solve_count * row_count */
    const int *excluded_column_of_solves;   /* solve_count, or NULL */
} InterphaseLPProblem;

/* Output of interphase_lp_solve. The caller allocates the arrays. */
typedef struct InterphaseLPSolution {
    double objective_value;
    double *values;               /* column_count: glp_get_col_prim */
    double *row_duals;            /* row_count: glp_get_row_dual (may be NULL if row_count == 0) */
    double *reduced_costs;        /* column_count: glp_get_col_dual */
    int glpk_return_code;         /* glp_simplex's return value (0 if it did not run) */
    int glpk_status;              /* glp_get_status after the simplex (0 if it did not run) */
    char *message;                /* caller buffer for captured GLPK text, or NULL */
    size_t message_capacity;      /* its size in bytes, including the NUL */
    /* With solve_count > 0 (the single-solve fields above are then not written): */
    double *values_of_solves;     /* solve_count * column_count: glp_get_col_prim of each solve */
    double *objective_of_solves;  /* solve_count: glp_get_obj_val of each solve */
    int *code_of_solves;          /* solve_count: INTERPHASE_LP_OPTIMAL, _INFEASIBLE, ... of each */
} InterphaseLPSolution;

/* Solves problem with glp_simplex (primal, presolve off, GLP_MSG_OFF, after
 * glp_scale_prob(GLP_SF_AUTO)). create -> load -> solve -> copy out -> delete
 * all happen in this call, on the calling thread; terminal output is
 * suppressed and captured; a GLPK fatal error is caught with
 * glp_error_hook + longjmp. Every call ends with glp_free_env(), so no GLPK
 * state survives it (and a fatal error leaves nothing broken behind).
 * The solution arrays are written only on INTERPHASE_LP_OPTIMAL.
 * Thread-safe: GLPK's environment is thread-local. */
int interphase_lp_solve(const InterphaseLPProblem *problem, InterphaseLPSolution *solution);

/* Test hook: makes one deliberately invalid GLPK call (glp_set_obj_coef on
 * column 2 of a one-column problem, which GLPK answers with abort()) under the
 * same guard as interphase_lp_solve. Returns INTERPHASE_LP_FATAL_ERROR and
 * writes GLPK's captured error text to message (NUL-terminated, truncated to
 * message_capacity). GLPK is usable again afterwards on this thread. */
int interphase_lp_trigger_fatal_error(char *message, size_t message_capacity);

#ifdef __cplusplus
}
#endif

#endif /* INTERPHASE_SHIMS_H */
