/*
 * qhull_shim.c: triangulated convex hulls through reentrant qhull (libqhull_r).
 *
 * One qhT per call (heap-allocated, so no large stack frame on small thread
 * stacks); qhull's error stream is an open_memstream buffer, so nothing is
 * printed; the input points are copied into a buffer owned by this call that
 * outlives every use qhull makes of it.
 */
#define _POSIX_C_SOURCE 200809L

#include "InterphaseShims.h"

#if __has_include(<libqhull_r/qhull_ra.h>)
#include <libqhull_r/qhull_ra.h>
#else
#error "libqhull_r/qhull_ra.h not found: install qhull (Debian/Ubuntu: apt-get install libqhull-dev; macOS: brew install qhull pkg-config; see README.md)"
#endif

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Copies the triangulated facets of a finished qhull run into result.
 * Returns INTERPHASE_HULL_OK, INTERPHASE_HULL_OUT_OF_MEMORY, or qh_ERRother
 * (after writing a message to errors) if a facet is not a simplex. */
static int copy_facets(qhT *qh, int dimension, InterphaseHullResult *result, FILE *errors) {
    facetT *facet;
    vertexT *vertex, **vertexp;
    int count = 0;

    FORALLfacets {
        count++;
    }
    result->dimension = dimension;
    result->facet_count = 0;
    if (count == 0) {
        fprintf(errors, "QH6000 interphase shim: qhull returned no facets\n");
        return qh_ERRother;
    }
    size_t cells = (size_t)count * (size_t)dimension;
    result->vertices = malloc(cells * sizeof(int));
    result->normals = malloc(cells * sizeof(double));
    result->offsets = malloc((size_t)count * sizeof(double));
    if (result->vertices == NULL || result->normals == NULL || result->offsets == NULL) {
        return INTERPHASE_HULL_OUT_OF_MEMORY;
    }

    int f = 0;
    FORALLfacets {
        if (qh_setsize(qh, facet->vertices) != dimension || facet->normal == NULL) {
            fprintf(errors, "QH6000 interphase shim: facet f%u is not a simplex with a normal "
                            "(%d vertices)\n", facet->id, qh_setsize(qh, facet->vertices));
            return qh_ERRother;
        }
        int *ids = result->vertices + (size_t)f * (size_t)dimension;
        int k = 0;
        /* Same vertex order as qhull's own 'i' output: swapping the first two
         * vertices of a clockwise-oriented facet gives every simplex the same
         * orientation relative to its outward normal. */
        if (facet->toporient ^ qh_ORIENTclock) {
            FOREACHvertex_(facet->vertices) {
                ids[k++] = qh_pointid(qh, vertex->point);
            }
        } else {
            FOREACHvertexreverse12_(facet->vertices) {
                ids[k++] = qh_pointid(qh, vertex->point);
            }
        }
        memcpy(result->normals + (size_t)f * (size_t)dimension, facet->normal,
               (size_t)dimension * sizeof(double));
        result->offsets[f] = facet->offset;
        f++;
    }
    result->facet_count = f;
    return INTERPHASE_HULL_OK;
}

/* What `copy` needs to read a finished qhull run: called once qhull succeeded, with its error
 * stream; returns INTERPHASE_HULL_OK, INTERPHASE_HULL_OUT_OF_MEMORY or a qhull code (after writing
 * a message to errors). */
typedef int (*QhullCopy)(qhT *qh, void *context, FILE *errors);

/* The one place qhull runs: copies the `count` points of `dimension` values into a buffer qhull
 * may keep until qh_freeqhull, runs `command` with a qhT of its own and errors captured in an
 * open_memstream buffer (handed to *message), lets `copy` read the result, and frees everything
 * qhull allocated. Returns INTERPHASE_HULL_OK, INTERPHASE_HULL_OUT_OF_MEMORY or qhull's code. */
static int run_qhull(char *command, int dimension, int count, const double *values, QhullCopy copy,
                     void *context, char **message_out) {
    char *message = NULL;
    size_t message_length = 0;
    FILE *errors = open_memstream(&message, &message_length);
    if (errors == NULL) {
        return INTERPHASE_HULL_OUT_OF_MEMORY;
    }
    size_t cells = (size_t)count * (size_t)dimension;
    /* coordT is double in the Debian build (REALfloat 0). */
    coordT *coordinates = malloc(cells * sizeof(coordT));
    qhT *qh = malloc(sizeof(qhT));
    if (coordinates == NULL || qh == NULL) {
        free(coordinates);
        free(qh);
        fclose(errors);
        free(message);
        return INTERPHASE_HULL_OUT_OF_MEMORY;
    }
    for (size_t i = 0; i < cells; i++) {
        coordinates[i] = (coordT)values[i];
    }
    qh_zero(qh, errors);
    /* outfile NULL: qhull skips qh_produce_output and only prepares the output; errors and
     * warnings go to the memstream. */
    int code = qh_new_qhull(qh, dimension, count, coordinates, False, command, NULL, errors);
    if (code == qh_ERRnone) {
        code = copy(qh, context, errors);
    }
    qh_freeqhull(qh, !qh_ALL);
    int current_long = 0, total_long = 0;
    qh_memfreeshort(qh, &current_long, &total_long);
    free(qh);
    free(coordinates);
    fclose(errors); /* finalises message and message_length */
    *message_out = message;
    return code;
}

/* The hull's facets, for run_qhull. */
typedef struct {
    int dimension;
    InterphaseHullResult *result;
} HullCopy;

static int copy_hull(qhT *qh, void *context, FILE *errors) {
    HullCopy *copy = context;
    return copy_facets(qh, copy->dimension, copy->result, errors);
}

/* The intersection's vertices, for run_qhull: each facet of the dual hull is one vertex,
 * x = -normal / offset + interior point (qhull's own 'Fp' output). */
typedef struct {
    int dimension;
    const double *interior;
    InterphaseHalfspaceResult *result;
} HalfspaceCopy;

static int copy_intersection(qhT *qh, void *context, FILE *errors) {
    HalfspaceCopy *copy = context;
    InterphaseHalfspaceResult *result = copy->result;
    int dimension = copy->dimension;
    facetT *facet;
    int count = 0;
    FORALLfacets {
        count++;
    }
    result->dimension = dimension;
    result->vertices = malloc((size_t)(count > 0 ? count : 1) * (size_t)dimension * sizeof(double));
    if (result->vertices == NULL) {
        return INTERPHASE_HULL_OUT_OF_MEMORY;
    }
    int f = 0;
    int code = INTERPHASE_HULL_OK;
    FORALLfacets {
        if (facet->normal == NULL || !(facet->offset < -qh->MINdenom)) {
            fprintf(errors, "QH6000 interphase shim: facet f%u has no finite intersection point "
                            "(the halfspaces are unbounded)\n", facet->id);
            code = qh_ERRother;
            break;
        }
        double *point = result->vertices + (size_t)f * (size_t)dimension;
        for (int k = 0; k < dimension; k++) {
            point[k] = facet->normal[k] / -facet->offset + copy->interior[k];
        }
        f++;
    }
    result->vertex_count = f;
    return code;
}

int interphase_hull_compute(const double *points, int point_count, int dimension,
                            InterphaseHullResult *result) {
    if (result == NULL) {
        return INTERPHASE_HULL_INVALID_ARGUMENT;
    }
    memset(result, 0, sizeof(*result));
    if (points == NULL || dimension < 2 || point_count < dimension + 1) {
        return INTERPHASE_HULL_INVALID_ARGUMENT;
    }
    size_t cells = (size_t)point_count * (size_t)dimension;
    for (size_t i = 0; i < cells; i++) {
        if (!isfinite(points[i])) {
            return INTERPHASE_HULL_INVALID_ARGUMENT;
        }
    }

    char command[] = "qhull Qt i"; /* qhull wants a mutable string starting with "qhull " */
    HullCopy copy = {dimension, result};
    int code = run_qhull(command, dimension, point_count, points, copy_hull, &copy, &result->message);
    if (code != INTERPHASE_HULL_OK) {
        free(result->vertices);
        free(result->normals);
        free(result->offsets);
        result->vertices = NULL;
        result->normals = NULL;
        result->offsets = NULL;
        result->facet_count = 0;
    }
    return code;
}

void interphase_hull_free(InterphaseHullResult *result) {
    if (result == NULL) {
        return;
    }
    free(result->vertices);
    free(result->normals);
    free(result->offsets);
    free(result->message);
    memset(result, 0, sizeof(*result));
}

/* ------------------------------------------------------------------------ */
/* Halfspace intersection                                                   */
/* ------------------------------------------------------------------------ */

int interphase_halfspace_intersect(const double *halfspaces, int halfspace_count, int dimension,
                                   const double *interior, InterphaseHalfspaceResult *result) {
    if (result == NULL) {
        return INTERPHASE_HULL_INVALID_ARGUMENT;
    }
    memset(result, 0, sizeof(*result));
    if (halfspaces == NULL || interior == NULL || dimension < 2 || halfspace_count < dimension + 1) {
        return INTERPHASE_HULL_INVALID_ARGUMENT;
    }
    size_t width = (size_t)dimension + 1;
    size_t cells = (size_t)halfspace_count * width;
    for (size_t i = 0; i < cells; i++) {
        if (!isfinite(halfspaces[i])) {
            return INTERPHASE_HULL_INVALID_ARGUMENT;
        }
    }
    for (int k = 0; k < dimension; k++) {
        if (!isfinite(interior[k])) {
            return INTERPHASE_HULL_INVALID_ARGUMENT;
        }
    }

    /* The halfspaces translated so that the interior point is the origin: a·x + b ≤ 0 about p is
     * a·y + (b + a·p) ≤ 0 in y = x − p. qhull's option 'H' then needs no coordinates ("H0": every
     * coordinate of the feasible point 0), whatever the dimension: written out, d coordinates at
     * full precision would pass qhull's 140-character limit on an option from 8 dimensions on. */
    double *translated = malloc(cells * sizeof(double));
    if (translated == NULL) {
        return INTERPHASE_HULL_OUT_OF_MEMORY;
    }
    for (int h = 0; h < halfspace_count; h++) {
        const double *source = halfspaces + (size_t)h * width;
        double *target = translated + (size_t)h * width;
        double offset = source[dimension];
        for (int k = 0; k < dimension; k++) {
            target[k] = source[k];
            offset += source[k] * interior[k];
        }
        target[dimension] = offset;
    }
    char command[] = "qhull H0"; /* qhull wants a mutable string starting with "qhull " */
    /* Each halfspace is d + 1 values (normal, offset); qhull converts them into dual points in
     * its own buffer (qh_sethalfspace_all); each vertex is translated back by the interior point. */
    HalfspaceCopy copy = {dimension, interior, result};
    int code = run_qhull(command, dimension + 1, halfspace_count, translated, copy_intersection, &copy, &result->message);
    free(translated);
    if (code != INTERPHASE_HULL_OK) {
        free(result->vertices);
        result->vertices = NULL;
        result->vertex_count = 0;
    }
    return code;
}

void interphase_halfspace_free(InterphaseHalfspaceResult *result) {
    if (result == NULL) {
        return;
    }
    free(result->vertices);
    free(result->message);
    memset(result, 0, sizeof(*result));
}
