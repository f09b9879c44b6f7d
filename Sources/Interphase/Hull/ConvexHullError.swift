/// Why a convex hull (qhull) could not be computed.
public enum ConvexHullError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The points have fewer than 2 coordinates (the associated value).
    case dimensionTooSmall(Int)
    /// Not every point has the same number of coordinates.
    case inconsistentDimensions
    /// Fewer than `dimension + 1` points (an empty input reports dimension 0).
    case tooFewPoints(count: Int, dimension: Int)
    /// The point at `pointIndex` has a NaN or infinite coordinate.
    case nonFinite(pointIndex: Int)
    /// qhull found the input degenerate: flat initial simplex (QH6154),
    /// precision, topology or wide-facet error (qhull exit codes 2, 3, 7, 8).
    /// `message` is qhull's first error line.
    case degenerate(message: String)
    /// Any other qhull or shim failure, with qhull's exit code (negative for
    /// shim errors) and first error line.
    case qhullFailed(code: Int32, message: String)

    /// One line for the user.
    public var description: String {
        switch self {
        case .dimensionTooSmall(let d):
            "convex hull needs points with at least 2 coordinates, got \(d)"
        case .inconsistentDimensions:
            "convex hull points have different numbers of coordinates"
        case .tooFewPoints(let count, let dimension):
            "convex hull in \(dimension)-D needs at least \(dimension + 1) points, got \(count)"
        case .nonFinite(let index):
            "convex hull point \(index) has a non-finite coordinate"
        case .degenerate(let message):
            "convex hull input is degenerate: \(message)"
        case .qhullFailed(let code, let message):
            "qhull failed with exit code \(code): \(message)"
        }
    }
}
