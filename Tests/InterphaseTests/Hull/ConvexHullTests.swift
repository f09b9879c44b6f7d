import Testing
@testable import Interphase

/// Tests of `ConvexHull` (qhull "Qt i" through the InterphaseShims C target).
///
/// Tolerances: the polytopes below have integer (or exactly representable)
/// coordinates, so qhull's normals and offsets differ from the exact values
/// only by floating-point rounding in its Gaussian elimination, a few ulps
/// (~1e-15). 1e-12 accepts that rounding but rejects any wrong facet, whose
/// normal or offset would be off by at least ~0.1.
@Suite("ConvexHull")
struct ConvexHullTests {
    /// Exact-arithmetic comparisons allow this much rounding (see the suite doc).
    static let tolerance = 1e-12

    /// The facet whose vertex set is `vertices`, or nil.
    private func facet(_ hull: ConvexHull, withVertices vertices: Set<Int>) -> Int? {
        hull.simplices.firstIndex { Set($0) == vertices }
    }

    private func isClose(_ a: [Double], _ b: [Double], _ tolerance: Double = tolerance) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }
    }

    @Test("Square with an interior point: 4 edges, axis normals, centre not a vertex")
    func square() throws {
        let points: [[Double]] = [[0, 0], [1, 0], [1, 1], [0, 1], [0.5, 0.5]]
        let hull = try ConvexHull(points: points)
        #expect(hull.simplices.count == 4)
        #expect(hull.normals.count == 4)
        #expect(hull.offsets.count == 4)
        // (edge, outward normal, offset) with normal·x + offset = 0 on the edge.
        let expected: [(Set<Int>, [Double], Double)] = [
            ([0, 1], [0, -1], 0), ([1, 2], [1, 0], -1),
            ([2, 3], [0, 1], -1), ([3, 0], [-1, 0], 0),
        ]
        for (vertices, normal, offset) in expected {
            let f = try #require(facet(hull, withVertices: vertices), "edge \(vertices) missing")
            #expect(isClose(hull.normals[f], normal), "normal of \(vertices): \(hull.normals[f])")
            #expect(abs(hull.offsets[f] - offset) <= Self.tolerance)
        }
        #expect(!hull.simplices.joined().contains(4), "interior point 4 must not be a vertex")
    }

    @Test("Cube with its centre: 12 triangles, two per face, sharing the face normal")
    func cube() throws {
        var points: [[Double]] = []
        for x in [0.0, 1] { for y in [0.0, 1] { for z in [0.0, 1] { points.append([x, y, z]) } } }
        points.append([0.5, 0.5, 0.5])
        let hull = try ConvexHull(points: points)
        // Qt triangulates each square face into 2 triangles.
        #expect(hull.simplices.count == 12)
        #expect(!hull.simplices.joined().contains(8), "centre must not be a vertex")
        for axis in 0..<3 {
            for sign in [-1.0, 1] {
                var normal = [0.0, 0, 0]
                normal[axis] = sign
                let facets = hull.normals.indices.filter { isClose(hull.normals[$0], normal) }
                #expect(facets.count == 2, "face with normal \(normal)")
                for f in facets {
                    // Face x_axis = 1 has offset -1; face x_axis = 0 has offset 0.
                    #expect(abs(hull.offsets[f] - (sign > 0 ? -1 : 0)) <= Self.tolerance)
                    for v in hull.simplices[f] {
                        #expect(points[v][axis] == (sign > 0 ? 1 : 0))
                    }
                }
            }
        }
    }

    @Test("Tetrahedron: three coordinate faces and the slanted face (1,1,1)/√3")
    func tetrahedron() throws {
        let points: [[Double]] = [[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1]]
        let hull = try ConvexHull(points: points)
        #expect(hull.simplices.count == 4)
        let r = 1 / 3.0.squareRoot()
        let expected: [(Set<Int>, [Double], Double)] = [
            ([0, 2, 3], [-1, 0, 0], 0), ([0, 1, 3], [0, -1, 0], 0),
            ([0, 1, 2], [0, 0, -1], 0), ([1, 2, 3], [r, r, r], -r),
        ]
        for (vertices, normal, offset) in expected {
            let f = try #require(facet(hull, withVertices: vertices), "facet \(vertices) missing")
            #expect(isClose(hull.normals[f], normal), "normal of \(vertices): \(hull.normals[f])")
            #expect(abs(hull.offsets[f] - offset) <= Self.tolerance)
        }
    }

    @Test("Simplices are consistently oriented with respect to their outward normals")
    func orientation() throws {
        var generator = SplitMixGenerator(seed: 7)
        let points = (0..<40).map { _ in (0..<3).map { _ in Double.random(in: -1...1, using: &generator) } }
        let hull = try ConvexHull(points: points)
        // det(v1 - v0, v2 - v0, n) has one sign for every facet when the vertex
        // order is orientation-consistent (qhull's 'i' convention). Random
        // points in general position give |det| ≫ 0, so the sign is unambiguous.
        let signs = Set(hull.simplices.indices.map { f -> Bool in
            let v = hull.simplices[f].map { points[$0] }
            let a = zip(v[1], v[0]).map(-), b = zip(v[2], v[0]).map(-), n = hull.normals[f]
            let det = a[0] * (b[1] * n[2] - b[2] * n[1]) - a[1] * (b[0] * n[2] - b[2] * n[0])
                + a[2] * (b[0] * n[1] - b[1] * n[0])
            return det > 0
        })
        #expect(signs.count == 1)
    }

    @Test("Coplanar input (all formation energies zero) throws .degenerate with QH6154")
    func coplanar() {
        // Ternary compositions at zero energy: every point has z = 0.
        let points: [[Double]] = [[0, 0, 0], [1, 0, 0], [0, 1, 0], [0.3, 0.3, 0], [0.5, 0.5, 0]]
        #expect {
            _ = try ConvexHull(points: points)
        } throws: { error in
            guard case .degenerate(let message) = error as? ConvexHullError else { return false }
            return message.hasPrefix("QH6154")
        }
        // Collinear points in the plane are degenerate too.
        #expect {
            _ = try ConvexHull(points: [[0, 0], [1, 1], [2, 2], [3, 3]])
        } throws: { error in
            guard case .degenerate = error as? ConvexHullError else { return false }
            return true
        }
    }

    @Test("Input validation: non-finite, too few points, dimension, ragged rows")
    func validation() {
        #expect(throws: ConvexHullError.nonFinite(pointIndex: 2)) {
            try ConvexHull(points: [[0, 0], [1, 0], [.nan, 1], [0, 1]])
        }
        #expect(throws: ConvexHullError.nonFinite(pointIndex: 0)) {
            try ConvexHull(points: [[.infinity, 0], [1, 0], [1, 1], [0, 1]])
        }
        #expect(throws: ConvexHullError.tooFewPoints(count: 3, dimension: 3)) {
            try ConvexHull(points: [[0, 0, 0], [1, 0, 0], [0, 1, 0]])
        }
        #expect(throws: ConvexHullError.tooFewPoints(count: 0, dimension: 0)) {
            try ConvexHull(points: [])
        }
        #expect(throws: ConvexHullError.dimensionTooSmall(1)) {
            try ConvexHull(points: [[0], [1], [2]])
        }
        #expect(throws: ConvexHullError.inconsistentDimensions) {
            try ConvexHull(points: [[0, 0], [1, 0, 0], [1, 1]])
        }
    }

    @Test("5-D random points: every point is inside or on every facet")
    func fiveDimensional() throws {
        var generator = SplitMixGenerator(seed: 2024)
        let points = (0..<60).map { _ in (0..<5).map { _ in Double.random(in: 0...1, using: &generator) } }
        let hull = try ConvexHull(points: points)
        #expect(hull.simplices.count >= 6, "a 5-D hull has at least 6 facets")
        // Coordinates are O(1), so 1e-9 is ~10^6 ulps: far above qhull's
        // rounding (its merge tolerance here is ~1e-14) and far below any
        // real violation by a point of a wrong facet (~1e-2 for random data).
        for f in hull.simplices.indices {
            let normal = hull.normals[f], offset = hull.offsets[f]
            #expect(abs(normal.reduce(0) { $0 + $1 * $1 } - 1) <= 1e-12, "unit normal")
            #expect(Set(hull.simplices[f]).count == 5)
            for point in points {
                #expect(zip(normal, point).reduce(offset) { $0 + $1.0 * $1.1 } <= 1e-9)
            }
            for v in hull.simplices[f] {
                #expect(abs(zip(normal, points[v]).reduce(offset) { $0 + $1.0 * $1.1 }) <= 1e-9)
            }
        }
    }
}
