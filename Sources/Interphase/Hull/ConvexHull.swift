internal import InterphaseShims

/// Facets of the convex hull of points in R^d (d ≥ 2), triangulated
/// (qhull options "Qt i", like scipy's `ConvexHull(qhull_options="Qt i")`).
///
/// One of the two types that call qhull (the other is `HalfspaceIntersection`;
/// both read its exit codes with `ConvexHullError.qhullExit(code:message:)`).
/// The work happens in one synchronous C call, `interphase_hull_compute`, which runs reentrant
/// qhull (`libqhull_r`) with its own `qhT`, captures qhull's messages instead
/// of printing them, and copies the facets into flat arrays before freeing
/// qhull. Independent hulls may therefore be computed concurrently.
///
/// Facets of a merged (coplanar) face appear as several simplices that share
/// one normal: the four points of a square face of a cube give two facets.
struct ConvexHull: Sendable {
    /// Each facet as `dimension` indices into the input points (a simplex).
    ///
    /// The vertex order follows qhull's `i` output, which orients every
    /// simplex consistently with respect to its outward normal.
    let simplices: [[Int]]
    /// Outward unit normal of each facet and its offset:
    /// normal·x + offset = 0 on the facet, > 0 outside.
    let normals: [[Double]]
    /// The offset of each facet's hyperplane; see `normals`.
    let offsets: [Double]

    /// Computes the triangulated convex hull of `points`.
    ///
    /// - Parameter points: `count ≥ d + 1` points, each with the same number
    ///   `d ≥ 2` of finite coordinates. Points inside the hull, or on it but
    ///   not at a corner, are allowed and are simply not vertices.
    /// - Throws: `ConvexHullError`. Checks run in this order: consistent row
    ///   lengths, `d ≥ 2`, finite coordinates, enough points, then qhull's own
    ///   result. Degenerate input (all points in a hyperplane, for instance
    ///   every formation energy zero) throws `.degenerate`.
    /// - Complexity: qhull's Quickhull, roughly O(n log n) in 2-D and 3-D and
    ///   O(n f / r) in higher dimension (f facets, r processed points); plus
    ///   O(n d) to copy the input and O(f d) to copy the result.
    init(points: [[Double]]) throws(ConvexHullError) {
        let dimension = points.first?.count ?? 0
        guard points.allSatisfy({ $0.count == dimension }) else {
            throw .inconsistentDimensions
        }
        guard !points.isEmpty else {
            throw .tooFewPoints(count: 0, dimension: 0)
        }
        guard dimension >= 2 else { throw .dimensionTooSmall(dimension) }
        if let bad = points.firstIndex(where: { !$0.allSatisfy(\.isFinite) }) {
            throw .nonFinite(pointIndex: bad)
        }
        guard points.count >= dimension + 1 else {
            throw .tooFewPoints(count: points.count, dimension: dimension)
        }
        let cells = points.count.multipliedReportingOverflow(by: dimension)
        guard !cells.overflow, cells.partialValue <= Int(Int32.max) else {
            throw .qhullFailed(code: -1, message: "too many points for qhull (Int32 index limit)")
        }

        let facets = try Self.compute(points: points, dimension: dimension)
        self.simplices = facets.simplices
        self.normals = facets.normals
        self.offsets = facets.offsets
    }

    /// Flattens `points`, calls `interphase_hull_compute`, and copies the
    /// facets out of the C result, which is always released with
    /// `interphase_hull_free`.
    ///
    /// The flat point buffer is alive for the whole C call; the shim copies it
    /// again into a buffer that outlives qhull's use of it.
    private static func compute(
        points: [[Double]], dimension: Int
    ) throws(ConvexHullError) -> (simplices: [[Int]], normals: [[Double]], offsets: [Double]) {
        var flat: [Double] = []
        flat.reserveCapacity(points.count * dimension)
        for point in points { flat.append(contentsOf: point) }

        var result = InterphaseHullResult()
        defer { interphase_hull_free(&result) }
        let code = flat.withUnsafeBufferPointer { buffer in
            interphase_hull_compute(
                buffer.baseAddress, Int32(points.count), Int32(dimension), &result)
        }
        let message = result.message.map { String(cString: $0) } ?? ""

        if let error = ConvexHullError.qhullExit(code: code, message: message) { throw error }

        let facetCount = Int(result.facet_count)
        let cells = facetCount * dimension
        let vertices = UnsafeBufferPointer(start: result.vertices, count: cells)
        let normalValues = UnsafeBufferPointer(start: result.normals, count: cells)
        let offsets = Array(UnsafeBufferPointer(start: result.offsets, count: facetCount))
        var simplices: [[Int]] = []
        var normals: [[Double]] = []
        simplices.reserveCapacity(facetCount)
        normals.reserveCapacity(facetCount)
        for facet in 0..<facetCount {
            let range = facet * dimension..<(facet + 1) * dimension
            simplices.append(vertices[range].map { Int($0) })
            normals.append(Array(normalValues[range]))
        }
        return (simplices, normals, offsets)
    }
}
