/*
 * glpk_shim.c: linear programs through GLPK's primal simplex.
 *
 * Every GLPK call runs inside run_guarded(), which
 *   - installs a glp_term_hook that captures (and so suppresses) all terminal
 *     output into the caller's message buffer, and sets glp_term_out(GLP_OFF)
 *     (both are per thread in Debian's GLPK, whose environment is _Thread_local);
 *   - installs a glp_error_hook that longjmp()s back instead of letting GLPK
 *     call abort(); after such a jump, glp_free_env() discards this thread's
 *     broken GLPK environment (and every problem object in it), and GLPK
 *     re-initialises itself on the next call.
 * The environment is also freed after every successful call, so no GLPK state
 * (hooks, terminal settings, memory) survives a call on any thread.
 * A glp_prob never leaves the call that created it, so it is created, used and
 * deleted on one OS thread, as GLPK requires.
 */
#include "InterphaseShims.h"

#if __has_include(<glpk.h>)
#include <glpk.h>
#else
#error "glpk.h not found: install GLPK (Debian/Ubuntu: apt-get install libglpk-dev; macOS: brew install glpk, and on Apple Silicon build with -Xcc -I/opt/homebrew/include -Xlinker -L/opt/homebrew/lib; see README.md)"
#endif

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------------- */
/* Message capture                                                        */
/* ---------------------------------------------------------------------- */

typedef struct MessageBuffer {
    char *text;       /* caller buffer or NULL */
    size_t capacity;  /* bytes, including the NUL */
    size_t length;    /* bytes used, excluding the NUL */
} MessageBuffer;

/* Appends s, truncating silently; the buffer is NUL-terminated at all times,
 * so it is valid even if a longjmp interrupts the caller afterwards. */
static void message_append(MessageBuffer *buffer, const char *s) {
    if (buffer->text == NULL || buffer->capacity == 0) {
        return;
    }
    size_t room = buffer->capacity - 1 - buffer->length;
    size_t n = strlen(s);
    if (n > room) {
        n = room;
    }
    memcpy(buffer->text + buffer->length, s, n);
    buffer->length += n;
    buffer->text[buffer->length] = '\0';
}

static void message_appendf(MessageBuffer *buffer, const char *format, ...) {
    char line[256];
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(line, sizeof line, format, arguments);
    va_end(arguments);
    message_append(buffer, line);
}

/* ---------------------------------------------------------------------- */
/* Guarded execution                                                      */
/* ---------------------------------------------------------------------- */

typedef struct Guard {
    jmp_buf jump;
    MessageBuffer *messages;
} Guard;

/* glp_term_hook callback: keep the text, return nonzero so GLPK prints nothing. */
static int capture_terminal_output(void *info, const char *s) {
    Guard *guard = info;
    message_append(guard->messages, s);
    return 1;
}

/* glp_error_hook callback: GLPK has already sent its message through the
 * terminal hook; jump back to run_guarded instead of returning (GLPK would
 * abort() if this returned). */
static void escape_fatal_error(void *info) {
    Guard *guard = info;
    longjmp(guard->jump, 1);
}

typedef int (*GuardedBody)(void *context, MessageBuffer *messages);

/* Runs body with GLPK's terminal output captured and its fatal errors turned
 * into INTERPHASE_LP_FATAL_ERROR, then frees this thread's GLPK environment
 * (glp_free_env) either way. body should delete what it creates; after a
 * fatal error glp_free_env() reclaims whatever it made. */
static int run_guarded(GuardedBody body, void *context, MessageBuffer *messages) {
    Guard guard;
    guard.messages = messages;
    glp_term_hook(capture_terminal_output, &guard);
    glp_error_hook(escape_fatal_error, &guard);
    if (setjmp(guard.jump) != 0) {
        /* The environment is in an undefined state: free it. This also
         * removes both hooks. */
        glp_free_env();
        return INTERPHASE_LP_FATAL_ERROR;
    }
    glp_term_out(GLP_OFF);
    int code = body(context, messages);
    /* Nothing outlives the call: freeing this thread's environment removes the
     * hooks (whose Guard is about to go out of scope) and means short-lived
     * threads leak nothing. GLPK re-creates it on the next call; measured cost
     * is below the noise of a ~5 us solve. */
    glp_free_env();
    return code;
}

/* ---------------------------------------------------------------------- */
/* Solve                                                                  */
/* ---------------------------------------------------------------------- */

typedef struct SolveContext {
    const InterphaseLPProblem *problem;
    InterphaseLPSolution *solution;
    /* glp_load_matrix triplets, 1-based (element 0 unused), allocated by the
     * caller of run_guarded so they can be freed even after a fatal error. */
    int *row_index;
    int *column_index;
    double *coefficient;
    int nonzero_count;
} SolveContext;

static const char *simplex_error_name(int code) {
    switch (code) {
    case GLP_EBADB: return "GLP_EBADB (invalid initial basis)";
    case GLP_ESING: return "GLP_ESING (singular basis matrix)";
    case GLP_ECOND: return "GLP_ECOND (ill-conditioned basis matrix)";
    case GLP_EBOUND: return "GLP_EBOUND (a double-bounded variable has lower bound >= upper bound)";
    case GLP_EFAIL: return "GLP_EFAIL (solver failure)";
    case GLP_EOBJLL: return "GLP_EOBJLL (objective lower limit reached)";
    case GLP_EOBJUL: return "GLP_EOBJUL (objective upper limit reached)";
    case GLP_EITLIM: return "GLP_EITLIM (iteration limit exceeded)";
    case GLP_ETMLIM: return "GLP_ETMLIM (time limit exceeded)";
    case GLP_ENOPFS: return "GLP_ENOPFS (no primal feasible solution)";
    case GLP_ENODFS: return "GLP_ENODFS (no dual feasible solution)";
    default: return "unknown glp_simplex error";
    }
}

static void set_column_bounds(glp_prob *lp, int j, double lower, double upper) {
    int has_lower = isfinite(lower), has_upper = isfinite(upper);
    if (has_lower && has_upper) {
        /* lower > upper is passed on as GLP_DB; glp_simplex reports GLP_EBOUND. */
        glp_set_col_bnds(lp, j, lower == upper ? GLP_FX : GLP_DB, lower, upper);
    } else if (has_lower) {
        glp_set_col_bnds(lp, j, GLP_LO, lower, 0.0);
    } else if (has_upper) {
        glp_set_col_bnds(lp, j, GLP_UP, 0.0, upper);
    } else {
        glp_set_col_bnds(lp, j, GLP_FR, 0.0, 0.0);
    }
}

/* Whether one variable (structural or auxiliary) of the floating-point optimum violates
   optimality by more than tolerance: a basic variable outside its bounds (primal), or a
   nonbasic one whose reduced cost would improve the objective (dual). */
static int violates_optimality(int status, double value, double lower, double upper, double
                               reduced_cost, int maximize, double tolerance) {
    double improving = maximize ? -reduced_cost : reduced_cost; /* >= 0 is optimal at a lower bound */
    switch (status) {
    case GLP_BS: return value < lower - tolerance || value > upper + tolerance;
    case GLP_NL: return improving < -tolerance;
    case GLP_NU: return improving > tolerance;
    case GLP_NF: return fabs(improving) > tolerance;
    default: return 0; /* GLP_NS: a fixed variable's reduced cost has no sign condition */
    }
}

/* Whether the floating-point optimum needs no exact polishing: every variable primal and dual
   feasible within tolerance (absolute; the programs here are in eV/atom and atom fractions).
   glp_simplex accepts reduced costs down to -1e-7, coarser than the energy differences phase
   diagrams resolve; an optimum that passes this check within 1e-12 is the exact one's basis
   already, and glp_exact (bignum arithmetic) would only recompute it. tolerance <= 0 never
   certifies. */
static int is_certified_optimal(glp_prob *lp, int maximize, double tolerance) {
    if (!(tolerance > 0)) return 0;
    for (int j = 1; j <= glp_get_num_cols(lp); j++) {
        if (violates_optimality(glp_get_col_stat(lp, j), glp_get_col_prim(lp, j), glp_get_col_lb(lp, j),
                                glp_get_col_ub(lp, j), glp_get_col_dual(lp, j), maximize, tolerance)) return 0;
    }
    for (int i = 1; i <= glp_get_num_rows(lp); i++) {
        if (violates_optimality(glp_get_row_stat(lp, i), glp_get_row_prim(lp, i), glp_get_row_lb(lp, i),
                                glp_get_row_ub(lp, i), glp_get_row_dual(lp, i), maximize, tolerance)) return 0;
    }
    return 1;
}

/* Polishes the floating-point optimum in exact (bignum) arithmetic, starting from its basis:
   the double-precision simplex stops once reduced costs are within 1e-7, which is coarser than
   the energy differences phase diagrams must resolve (a phase 1e-8 eV/atom below a tie line).
   Usually zero or a few pivots. Skipped when the simplex did not end optimal, and when the
   caller allows it and the floating-point optimum is certified (is_certified_optimal). If
   glp_exact cannot run, the floating-point solution stands. */
static void polish_unless_certified(glp_prob *lp, int return_code, const InterphaseLPProblem *problem) {
    if (return_code != 0 || glp_get_status(lp) != GLP_OPT
        || is_certified_optimal(lp, problem->maximize, problem->certified_within)) {
        return;
    }
    glp_smcp exact_parameters;
    glp_init_smcp(&exact_parameters);
    exact_parameters.msg_lev = GLP_MSG_OFF;
    (void)glp_exact(lp, &exact_parameters);
}

/* Sets row i's bound b as its relation says. */
static void set_row_bound(glp_prob *lp, int i, int relation, double b) {
    switch (relation) {
    case INTERPHASE_LP_EQUAL: glp_set_row_bnds(lp, i, GLP_FX, b, b); break;
    case INTERPHASE_LP_LESS_OR_EQUAL: glp_set_row_bnds(lp, i, GLP_UP, 0.0, b); break;
    default: glp_set_row_bnds(lp, i, GLP_LO, b, 0.0); break; /* validated by caller */
    }
}

/* The outcome of the simplex just run: INTERPHASE_LP_OPTIMAL, _INFEASIBLE, ... */
static int outcome_of_simplex(glp_prob *lp, int return_code) {
    if (return_code != 0) return INTERPHASE_LP_SOLVER_ERROR;
    switch (glp_get_status(lp)) {
    case GLP_OPT: return INTERPHASE_LP_OPTIMAL;
    case GLP_NOFEAS:
    case GLP_INFEAS: return INTERPHASE_LP_INFEASIBLE;
    case GLP_UNBND: return INTERPHASE_LP_UNBOUNDED;
    default: return INTERPHASE_LP_NOT_OPTIMAL;
    }
}

/* The solves of a sequence (see InterphaseLPProblem.solve_count), each from the previous basis:
   new row bounds (and one column fixed at 0) leave the basis dual feasible, so the dual simplex
   needs a few pivots; when it fails, the solve is redone from a fresh basis with the primal. */
static void solve_sequence(glp_prob *lp, const InterphaseLPProblem *problem, InterphaseLPSolution *solution,
                           glp_smcp *parameters) {
    const int m = problem->row_count, n = problem->column_count;
    int previous_excluded = -1;
    for (int s = 0; s < problem->solve_count; s++) {
        const double *bounds = problem->row_bounds_of_solves + (size_t)s * (size_t)m;
        for (int i = 1; i <= m; i++) {
            set_row_bound(lp, i, problem->row_relations[i - 1], bounds[i - 1]);
        }
        int excluded = problem->excluded_column_of_solves ? problem->excluded_column_of_solves[s] : -1;
        if (previous_excluded >= 0 && previous_excluded != excluded) {
            set_column_bounds(lp, previous_excluded + 1, problem->column_lower[previous_excluded],
                              problem->column_upper[previous_excluded]);
        }
        if (excluded >= 0) {
            glp_set_col_bnds(lp, excluded + 1, GLP_FX, 0.0, 0.0);
        }
        previous_excluded = excluded;
        parameters->meth = s == 0 ? GLP_PRIMAL : GLP_DUALP;
        int return_code = glp_simplex(lp, parameters);
        if (return_code != 0 || glp_get_status(lp) != GLP_OPT) {
            /* Not optimal from the previous basis (or infeasible): confirm from a fresh one. */
            glp_adv_basis(lp, 0);
            parameters->meth = GLP_PRIMAL;
            return_code = glp_simplex(lp, parameters);
        }
        polish_unless_certified(lp, return_code, problem);
        int code = outcome_of_simplex(lp, return_code);
        solution->code_of_solves[s] = code;
        if (code == INTERPHASE_LP_OPTIMAL) {
            solution->objective_of_solves[s] = glp_get_obj_val(lp);
            double *values = solution->values_of_solves + (size_t)s * (size_t)n;
            for (int j = 1; j <= n; j++) {
                values[j - 1] = glp_get_col_prim(lp, j);
            }
        } else {
            /* Start the next solve afresh rather than from a failed basis. */
            glp_adv_basis(lp, 0);
        }
    }
}

static int solve_body(void *raw_context, MessageBuffer *messages) {
    SolveContext *context = raw_context;
    const InterphaseLPProblem *problem = context->problem;
    InterphaseLPSolution *solution = context->solution;
    const int m = problem->row_count, n = problem->column_count;

    glp_prob *lp = glp_create_prob();
    glp_set_obj_dir(lp, problem->maximize ? GLP_MAX : GLP_MIN);
    if (m > 0) {
        glp_add_rows(lp, m); /* glp_add_rows(lp, 0) is itself a fatal error */
    }
    glp_add_cols(lp, n);
    for (int i = 1; i <= m; i++) {
        set_row_bound(lp, i, problem->row_relations[i - 1], problem->row_bounds[i - 1]);
    }
    for (int j = 1; j <= n; j++) {
        glp_set_obj_coef(lp, j, problem->costs[j - 1]);
        set_column_bounds(lp, j, problem->column_lower[j - 1], problem->column_upper[j - 1]);
    }
    glp_load_matrix(lp, context->nonzero_count, context->row_index, context->column_index,
                    context->coefficient);
    if (!problem->skip_scaling) {
        glp_scale_prob(lp, GLP_SF_AUTO);
    }

    glp_smcp parameters;
    glp_init_smcp(&parameters);
    parameters.msg_lev = GLP_MSG_OFF;
    parameters.meth = GLP_PRIMAL;
    parameters.presolve = GLP_OFF;
    if (problem->solve_count > 0) {
        solve_sequence(lp, problem, solution, &parameters);
        glp_delete_prob(lp);
        return INTERPHASE_LP_OPTIMAL;
    }
    int return_code = glp_simplex(lp, &parameters);
    polish_unless_certified(lp, return_code, problem);
    solution->glpk_return_code = return_code;

    int code = outcome_of_simplex(lp, return_code);
    if (return_code != 0) {
        message_appendf(messages, "glp_simplex returned %d: %s", return_code,
                        simplex_error_name(return_code));
    } else {
        solution->glpk_status = glp_get_status(lp);
    }
    if (code == INTERPHASE_LP_OPTIMAL) {
        solution->objective_value = glp_get_obj_val(lp);
        for (int j = 1; j <= n; j++) {
            solution->values[j - 1] = glp_get_col_prim(lp, j);
            solution->reduced_costs[j - 1] = glp_get_col_dual(lp, j);
        }
        for (int i = 1; i <= m; i++) {
            solution->row_duals[i - 1] = glp_get_row_dual(lp, i);
        }
    } else if (code == INTERPHASE_LP_NOT_OPTIMAL) {
        message_appendf(messages, "glp_get_status returned %d after glp_simplex", solution->glpk_status);
    }
    glp_delete_prob(lp);
    return code;
}

/* Checks sizes, pointers and numbers; writes the reason to messages. */
static int validate(const InterphaseLPProblem *problem, const InterphaseLPSolution *solution,
                    MessageBuffer *messages) {
    const int m = problem->row_count, n = problem->column_count;
    if (n < 1 || m < 0) {
        message_appendf(messages, "invalid size: %d rows, %d columns", m, n);
        return INTERPHASE_LP_INVALID_ARGUMENT;
    }
    if (problem->costs == NULL || problem->column_lower == NULL || problem->column_upper == NULL
        || solution->values == NULL || solution->reduced_costs == NULL
        || (m > 0 && (problem->matrix == NULL || problem->row_relations == NULL
                      || problem->row_bounds == NULL || solution->row_duals == NULL))) {
        message_append(messages, "missing array");
        return INTERPHASE_LP_INVALID_ARGUMENT;
    }
    if ((size_t)m * (size_t)n > (size_t)(0x7fffffff - 1)) {
        message_append(messages, "too many matrix elements for GLPK");
        return INTERPHASE_LP_INVALID_ARGUMENT;
    }
    for (int j = 0; j < n; j++) {
        if (!isfinite(problem->costs[j]) || isnan(problem->column_lower[j])
            || isnan(problem->column_upper[j]) || problem->column_lower[j] == HUGE_VAL
            || problem->column_upper[j] == -HUGE_VAL) {
            message_appendf(messages, "column %d: invalid cost or bounds", j);
            return INTERPHASE_LP_INVALID_ARGUMENT;
        }
    }
    for (int i = 0; i < m; i++) {
        int relation = problem->row_relations[i];
        if (!isfinite(problem->row_bounds[i])
            || (relation != INTERPHASE_LP_EQUAL && relation != INTERPHASE_LP_LESS_OR_EQUAL
                && relation != INTERPHASE_LP_GREATER_OR_EQUAL)) {
            message_appendf(messages, "row %d: invalid relation or bound", i);
            return INTERPHASE_LP_INVALID_ARGUMENT;
        }
    }
    for (size_t k = 0; k < (size_t)m * (size_t)n; k++) {
        if (!isfinite(problem->matrix[k])) {
            message_appendf(messages, "matrix element %zu is not finite", k);
            return INTERPHASE_LP_INVALID_ARGUMENT;
        }
    }
    if (problem->solve_count < 0) {
        message_appendf(messages, "invalid number of solves: %d", problem->solve_count);
        return INTERPHASE_LP_INVALID_ARGUMENT;
    }
    if (problem->solve_count > 0) {
        if ((m > 0 && problem->row_bounds_of_solves == NULL) || solution->values_of_solves == NULL
            || solution->objective_of_solves == NULL || solution->code_of_solves == NULL) {
            message_append(messages, "missing array of the solves");
            return INTERPHASE_LP_INVALID_ARGUMENT;
        }
        for (size_t k = 0; k < (size_t)problem->solve_count * (size_t)m; k++) {
            if (!isfinite(problem->row_bounds_of_solves[k])) {
                message_appendf(messages, "bound %zu of the solves is not finite", k);
                return INTERPHASE_LP_INVALID_ARGUMENT;
            }
        }
        for (int s = 0; problem->excluded_column_of_solves != NULL && s < problem->solve_count; s++) {
            if (problem->excluded_column_of_solves[s] < -1 || problem->excluded_column_of_solves[s] >= n) {
                message_appendf(messages, "solve %d excludes column %d of %d", s, problem->excluded_column_of_solves[s], n);
                return INTERPHASE_LP_INVALID_ARGUMENT;
            }
        }
    }
    return INTERPHASE_LP_OPTIMAL;
}

int interphase_lp_solve(const InterphaseLPProblem *problem, InterphaseLPSolution *solution) {
    if (problem == NULL || solution == NULL) {
        return INTERPHASE_LP_INVALID_ARGUMENT;
    }
    MessageBuffer messages = { solution->message, solution->message_capacity, 0 };
    if (messages.text != NULL && messages.capacity > 0) {
        messages.text[0] = '\0';
    }
    solution->glpk_return_code = 0;
    solution->glpk_status = 0;
    int code = validate(problem, solution, &messages);
    if (code != INTERPHASE_LP_OPTIMAL) {
        return code;
    }

    const int m = problem->row_count, n = problem->column_count;
    int nonzero_count = 0;
    for (size_t k = 0; k < (size_t)m * (size_t)n; k++) {
        nonzero_count += problem->matrix[k] != 0.0;
    }
    SolveContext context = { problem, solution, NULL, NULL, NULL, nonzero_count };
    context.row_index = malloc(((size_t)nonzero_count + 1) * sizeof(int));
    context.column_index = malloc(((size_t)nonzero_count + 1) * sizeof(int));
    context.coefficient = malloc(((size_t)nonzero_count + 1) * sizeof(double));
    if (context.row_index == NULL || context.column_index == NULL || context.coefficient == NULL) {
        code = INTERPHASE_LP_OUT_OF_MEMORY;
    } else {
        int k = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double a = problem->matrix[(size_t)i * (size_t)n + (size_t)j];
                if (a != 0.0) {
                    k++;
                    context.row_index[k] = i + 1;
                    context.column_index[k] = j + 1;
                    context.coefficient[k] = a;
                }
            }
        }
        code = run_guarded(solve_body, &context, &messages);
    }
    free(context.row_index);
    free(context.column_index);
    free(context.coefficient);
    return code;
}

/* ---------------------------------------------------------------------- */
/* Test hook                                                              */
/* ---------------------------------------------------------------------- */

static int invalid_call_body(void *context, MessageBuffer *messages) {
    (void)context;
    (void)messages;
    glp_prob *lp = glp_create_prob();
    glp_add_cols(lp, 1);
    glp_set_obj_coef(lp, 2, 1.0); /* column 2 does not exist: GLPK fatal error */
    glp_delete_prob(lp);          /* not reached */
    return INTERPHASE_LP_OPTIMAL;
}

int interphase_lp_trigger_fatal_error(char *message, size_t message_capacity) {
    MessageBuffer messages = { message, message_capacity, 0 };
    if (message != NULL && message_capacity > 0) {
        message[0] = '\0';
    }
    return run_guarded(invalid_call_body, NULL, &messages);
}
