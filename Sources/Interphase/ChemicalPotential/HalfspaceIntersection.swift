internal import InterphaseShims

/// The vertices of a bounded intersection of halfspaces, from qhull's halfspace intersection
/// (option `H` about an interior point) through the C shim.
enum HalfspaceIntersection {
    /// The intersection points of `halfspaces`, each `a · x + b ≤ 0` given as `a` followed by
    /// `b`, about `interior` (strictly inside every one). A vertex where more than `d` halfspaces
    /// meet may appear more than once, up to rounding.
    static func vertices(of halfspaces: [[Double]], interior: [Double]) throws(ConvexHullError) -> [[Double]] {
        let dimension = interior.count
        guard dimension >= 2 else { throw .dimensionTooSmall(dimension) }
        guard halfspaces.allSatisfy({ $0.count == dimension + 1 }) else { throw .inconsistentDimensions }
        guard halfspaces.count >= dimension + 1 else { throw .tooFewPoints(count: halfspaces.count, dimension: dimension) }
        if let bad = halfspaces.firstIndex(where: { !$0.allSatisfy(\.isFinite) }) { throw .nonFinite(pointIndex: bad) }
        let flat = halfspaces.flatMap { $0 }
        var result = InterphaseHalfspaceResult()
        defer { interphase_halfspace_free(&result) }
        let code = flat.withUnsafeBufferPointer { buffer in
            interior.withUnsafeBufferPointer { point in
                interphase_halfspace_intersect(buffer.baseAddress, Int32(halfspaces.count), Int32(dimension),
                                               point.baseAddress, &result)
            }
        }
        let message = result.message.map { String(cString: $0) } ?? ""
        if let error = ConvexHullError.qhullExit(code: code, message: message) { throw error }
        let count = Int(result.vertex_count)
        let values = UnsafeBufferPointer(start: result.vertices, count: count * dimension)
        return (0..<count).map { Array(values[$0 * dimension..<($0 + 1) * dimension]) }
    }
}
