/// A convex polygon in the plane, its vertices counter-clockwise (x to the right, y up), from
/// the convex hull of a set of points (Andrew's monotone chain). A hull of points that are all
/// on one line is that segment (two vertices), of coincident points one vertex.
///
/// Used for the domains of a ``ChemicalPotentialMap`` (projections of polytopes onto two axes)
/// and for placing their labels in a figure.
struct ConvexPolygon: Sendable, Equatable {
    /// The vertices, counter-clockwise, starting from the lowest x (then lowest y); one or two
    /// for a degenerate polygon (a point, a segment).
    let vertices: [(x: Double, y: Double)]

    /// The convex hull of `points`: a point within `tolerance` of another is dropped, and so is a
    /// vertex closer than `tolerance` to the segment between its neighbours (after an exact hull,
    /// so that rounding in the points cannot drop a true corner).
    init(hullOf points: [(x: Double, y: Double)], tolerance: Double = 0) {
        var sorted: [(x: Double, y: Double)] = []
        for point in points.sorted(by: { $0.x != $1.x ? $0.x < $1.x : $0.y < $1.y })
        where !sorted.contains(where: { abs($0.x - point.x) <= tolerance && abs($0.y - point.y) <= tolerance }) {
            sorted.append(point)
        }
        guard sorted.count > 2 else {
            vertices = sorted
            return
        }
        /// The cross product of `o → a` and `o → b`: positive when `b` is left of the line `o → a`.
        func cross(_ o: (x: Double, y: Double), _ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Double {
            (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
        }
        func chain(_ points: [(x: Double, y: Double)]) -> [(x: Double, y: Double)] {
            var chain: [(x: Double, y: Double)] = []
            for point in points {
                while chain.count >= 2 && cross(chain[chain.count - 2], chain[chain.count - 1], point) <= 0 { chain.removeLast() }
                chain.append(point)
            }
            return chain
        }
        var hull = Array(chain(sorted).dropLast()) + Array(chain(sorted.reversed()).dropLast())
        // Drop vertices within `tolerance` of the segment between their neighbours (and between
        // them: of a sliver, the middle vertex goes, not an end), one at a time.
        var dropped = true
        while dropped && hull.count > 2 {
            dropped = false
            for index in hull.indices {
                let previous = hull[(index + hull.count - 1) % hull.count], next = hull[(index + 1) % hull.count]
                let point = hull[index]
                let length = ((next.x - previous.x) * (next.x - previous.x) + (next.y - previous.y) * (next.y - previous.y)).squareRoot()
                let between = (point.x - previous.x) * (next.x - previous.x) + (point.y - previous.y) * (next.y - previous.y) > 0
                    && (point.x - next.x) * (previous.x - next.x) + (point.y - next.y) * (previous.y - next.y) > 0
                if between && abs(cross(previous, next, point)) <= tolerance * length {
                    hull.remove(at: index)
                    dropped = true
                    break
                }
            }
        }
        if hull.count == 2 {
            // A segment: its two ends, lowest x (then y) first.
            hull.sort { $0.x != $1.x ? $0.x < $1.x : $0.y < $1.y }
        } else if let first = hull.indices.min(by: { hull[$0].x != hull[$1].x ? hull[$0].x < hull[$1].x : hull[$0].y < hull[$1].y }) {
            hull = Array(hull[first...] + hull[..<first])
        }
        vertices = hull
    }

    /// A polygon of known vertices (counter-clockwise, convex).
    init(vertices: [(x: Double, y: Double)]) {
        self.vertices = vertices
    }

    static func == (lhs: ConvexPolygon, rhs: ConvexPolygon) -> Bool {
        lhs.vertices.count == rhs.vertices.count && zip(lhs.vertices, rhs.vertices).allSatisfy { $0.x == $1.x && $0.y == $1.y }
    }

    /// The signed area: positive counter-clockwise (0 for a point or a segment).
    var area: Double {
        guard vertices.count > 2 else { return 0 }
        var twice = 0.0
        for (index, a) in vertices.enumerated() {
            let b = vertices[(index + 1) % vertices.count]
            twice += a.x * b.y - b.x * a.y
        }
        return twice / 2
    }

    /// The centre of mass of the area; for a point or a segment, the mean of the vertices.
    var centroid: (x: Double, y: Double) {
        let area = self.area
        guard area != 0 else {
            let count = Double(max(1, vertices.count))
            return (vertices.reduce(0) { $0 + $1.x } / count, vertices.reduce(0) { $0 + $1.y } / count)
        }
        var cx = 0.0, cy = 0.0
        for (index, a) in vertices.enumerated() {
            let b = vertices[(index + 1) % vertices.count]
            let cross = a.x * b.y - b.x * a.y
            cx += (a.x + b.x) * cross
            cy += (a.y + b.y) * cross
        }
        return (cx / (6 * area), cy / (6 * area))
    }

    /// Whether `point` lies inside, at least `margin` from every edge (a degenerate polygon
    /// contains nothing).
    func contains(_ point: (x: Double, y: Double), margin: Double = 0) -> Bool {
        guard vertices.count > 2 else { return false }
        for (index, a) in vertices.enumerated() {
            let b = vertices[(index + 1) % vertices.count]
            let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
            let cross = (b.x - a.x) * (point.y - a.y) - (b.y - a.y) * (point.x - a.x)
            if cross < margin * length { return false }
        }
        return true
    }

    /// The range of x over the polygon (its boundary included) on the horizontal line at `y`;
    /// `nil` when the line misses it. A vertex within `tolerance` of the line counts as on it.
    func xRange(atY y: Double, tolerance: Double = 0) -> ClosedRange<Double>? {
        var xs: [Double] = []
        for (index, a) in vertices.enumerated() {
            if abs(a.y - y) <= tolerance { xs.append(a.x) }
            guard vertices.count > 1, vertices.count > 2 || index == 0 else { continue }
            let b = vertices[(index + 1) % vertices.count]
            if (a.y - y) * (b.y - y) < 0 && abs(a.y - y) > tolerance && abs(b.y - y) > tolerance {
                xs.append(a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y))
            }
        }
        guard let low = xs.min(), let high = xs.max() else { return nil }
        return low...high
    }

    /// The polygon with x and y swapped (its vertices kept counter-clockwise).
    var transposed: ConvexPolygon { ConvexPolygon(hullOf: vertices.map { ($0.y, $0.x) }) }

    /// The distance from `point` to the polygon's boundary (to its one vertex, or its segment).
    func distance(toBoundary point: (x: Double, y: Double)) -> Double {
        guard let first = vertices.first else { return .infinity }
        guard vertices.count > 1 else { return ((point.x - first.x) * (point.x - first.x) + (point.y - first.y) * (point.y - first.y)).squareRoot() }
        var nearest = Double.infinity
        for (index, a) in vertices.enumerated() where vertices.count > 2 || index == 0 {
            let b = vertices[(index + 1) % vertices.count]
            let dx = b.x - a.x, dy = b.y - a.y
            let t = max(0, min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / (dx * dx + dy * dy)))
            let (ex, ey) = (a.x + t * dx - point.x, a.y + t * dy - point.y)
            nearest = min(nearest, (ex * ex + ey * ey).squareRoot())
        }
        return nearest
    }

    /// Where the boundaries of two polygons that do not overlap meet: the ends of their common
    /// edge, or their common vertex (each a vertex of one of them lying within `tolerance` of the
    /// other's boundary), sorted; empty when they do not meet.
    func contact(with other: ConvexPolygon, tolerance: Double) -> [(x: Double, y: Double)] {
        let candidates = vertices.filter { other.distance(toBoundary: $0) <= tolerance }
            + other.vertices.filter { distance(toBoundary: $0) <= tolerance }
        return ConvexPolygon(hullOf: candidates, tolerance: tolerance).vertices
    }

    /// The part inside the rectangle `x` × `y` (Sutherland–Hodgman; convex stays convex), or
    /// `nil` when nothing of it is inside. A point or a segment is clipped as such.
    func clipped(x: ClosedRange<Double>, y: ClosedRange<Double>) -> ConvexPolygon? {
        typealias Point = (x: Double, y: Double)
        // Each edge of the rectangle: whether a point is inside, and where a segment crosses it.
        let edges: [(inside: (Point) -> Bool, cross: (Point, Point) -> Point)] = [
            ({ $0.x >= x.lowerBound }, { a, b in (x.lowerBound, a.y + (b.y - a.y) * (x.lowerBound - a.x) / (b.x - a.x)) }),
            ({ $0.x <= x.upperBound }, { a, b in (x.upperBound, a.y + (b.y - a.y) * (x.upperBound - a.x) / (b.x - a.x)) }),
            ({ $0.y >= y.lowerBound }, { a, b in (a.x + (b.x - a.x) * (y.lowerBound - a.y) / (b.y - a.y), y.lowerBound) }),
            ({ $0.y <= y.upperBound }, { a, b in (a.x + (b.x - a.x) * (y.upperBound - a.y) / (b.y - a.y), y.upperBound) }),
        ]
        var points = vertices
        for edge in edges {
            guard !points.isEmpty else { return nil }
            var kept: [Point] = []
            // A segment is an open chain (no edge from its last point back to its first).
            let closed = points.count > 2
            for (index, current) in points.enumerated() {
                if edge.inside(current) { kept.append(current) }
                guard closed || index + 1 < points.count, points.count > 1 else { continue }
                let next = points[(index + 1) % points.count]
                if edge.inside(current) != edge.inside(next) { kept.append(edge.cross(current, next)) }
            }
            points = kept
        }
        guard !points.isEmpty else { return nil }
        return ConvexPolygon(hullOf: points)
    }
}
