/// An equilateral composition triangle on the canvas: the first element at the bottom left,
/// the second at the bottom right, the third at the top.
struct GibbsTriangle: Sendable {
    /// Bottom-left corner.
    var left: (x: Double, y: Double)
    /// Side length.
    var side: Double

    /// Bottom-right corner.
    var right: (x: Double, y: Double) { (left.x + side, left.y) }
    /// Top corner.
    var top: (x: Double, y: Double) { (left.x + side / 2, left.y - side * 3.0.squareRoot() / 2) }
    /// The three corners in element order.
    var corners: [(x: Double, y: Double)] { [left, right, top] }

    /// The canvas point of atom fractions (a, b, c) of the three elements (normalised here).
    func point(_ fractions: [Double]) -> (x: Double, y: Double) {
        let total = fractions.reduce(0, +)
        let (b, c) = total > 0 ? (fractions[1] / total, fractions[2] / total) : (0, 0)
        return (left.x + side * (b + c / 2), left.y - side * c * 3.0.squareRoot() / 2)
    }

    /// The outline and light grid lines every 10 %.
    func frame() -> [SVGElement] {
        var elements: [SVGElement] = []
        for step in 1..<10 {
            let t = Double(step) / 10
            for (i, j, k) in [(0, 1, 2), (1, 2, 0), (2, 0, 1)] {
                // Lines of constant fraction t of element k.
                var from = [0.0, 0, 0], to = [0.0, 0, 0]
                from[k] = t; from[i] = 1 - t
                to[k] = t; to[j] = 1 - t
                let p = point(from), q = point(to)
                elements.append(.line(p.x, p.y, q.x, q.y, stroke: "#eee", width: 0.7))
            }
        }
        elements.append(.polygon(corners, fill: "none", stroke: FigureStyle.ink, width: 1.2))
        return elements
    }

    /// The edges of the given simplices (index triples or pairs), each once, as index pairs.
    static func edges(of simplices: [[Int]]) -> [(Int, Int)] {
        var seen = Set<[Int]>()
        var edges: [(Int, Int)] = []
        for simplex in simplices {
            for a in simplex.indices {
                for b in simplex.indices where b > a {
                    let pair = [min(simplex[a], simplex[b]), max(simplex[a], simplex[b])]
                    if seen.insert(pair).inserted { edges.append((pair[0], pair[1])) }
                }
            }
        }
        return edges
    }
}
