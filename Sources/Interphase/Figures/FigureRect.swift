/// An axis-aligned rectangle in canvas coordinates (y downward).
struct FigureRect: Sendable, Equatable {
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double
}

extension FigureRect {
    /// The square of half-side `radius` around a point.
    init(around x: Double, _ y: Double, radius: Double) {
        self.init(minX: x - radius, minY: y - radius, maxX: x + radius, maxY: y + radius)
    }

    /// The area shared with `other` (0 when they do not overlap).
    func overlapArea(with other: FigureRect) -> Double {
        let w = min(maxX, other.maxX) - max(minX, other.minX)
        let h = min(maxY, other.maxY) - max(minY, other.minY)
        return w > 0 && h > 0 ? w * h : 0
    }

    /// Whether `other` lies entirely inside.
    func contains(_ other: FigureRect) -> Bool {
        other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
    }

    /// Grown by `margin` on every side.
    func inset(by margin: Double) -> FigureRect {
        FigureRect(minX: minX - margin, minY: minY - margin, maxX: maxX + margin, maxY: maxY + margin)
    }
}
