/// Greedy label placement: each label tries its candidate positions in order and takes the
/// first whose box stays inside the canvas area and overlaps neither an earlier label nor an
/// obstacle (points, lines' neighbourhoods, bars). Labels that must appear and find no clear
/// spot take the candidate with the least overlap; optional ones are skipped.
struct LabelPlacer: Sendable {
    /// Labels must lie entirely inside this rectangle.
    var bounds: FigureRect
    /// Boxes labels must avoid (already placed labels are added automatically).
    var obstacles: [FigureRect] = []
    /// Space kept between a label and anything else.
    var padding = 1.5

    init(bounds: FigureRect) { self.bounds = bounds }

    /// The box covered by `text` at a candidate position (no rotation).
    static func box(of text: String, size: Double, at candidate: LabelCandidate) -> FigureRect {
        let width = TextMetrics.width(text, size: size)
        let left: Double
        switch candidate.anchor {
        case "middle": left = candidate.x - width / 2
        case "end": left = candidate.x - width
        default: left = candidate.x
        }
        return FigureRect(minX: left, minY: candidate.y - TextMetrics.ascent(size: size),
                          maxX: left + width, maxY: candidate.y + TextMetrics.descent(size: size))
    }

    /// Places `text` at the first clear candidate; when none is clear, at the candidate inside
    /// the bounds with the least overlap if `required`, else nowhere (`nil`).
    mutating func place(
        _ text: String, size: Double, candidates: [LabelCandidate], required: Bool,
        fill: String = "#000", className: String? = nil
    ) -> PlacedLabel? {
        var best: (candidate: LabelCandidate, box: FigureRect, overlap: Double)? = nil
        for candidate in candidates {
            let box = LabelPlacer.box(of: text, size: size, at: candidate)
            guard bounds.contains(box) else { continue }
            let padded = box.inset(by: padding)
            let overlap = obstacles.reduce(0) { $0 + padded.overlapArea(with: $1) }
            if overlap == 0 {
                best = (candidate, box, 0)
                break
            }
            if best == nil || overlap < best!.overlap { best = (candidate, box, overlap) }
        }
        if best == nil, required, let first = candidates.first {
            // No candidate fits the bounds: shift the first one inside.
            var box = LabelPlacer.box(of: text, size: size, at: first)
            var candidate = first
            let dx = max(0, bounds.minX - box.minX) - max(0, box.maxX - bounds.maxX)
            let dy = max(0, bounds.minY - box.minY) - max(0, box.maxY - bounds.maxY)
            candidate.x += dx
            candidate.y += dy
            box = LabelPlacer.box(of: text, size: size, at: candidate)
            best = (candidate, box, 1)
        }
        guard let best, best.overlap == 0 || required else { return nil }
        obstacles.append(best.box)
        let element = SVGElement.text(
            text, x: best.candidate.x, y: best.candidate.y, size: size, anchor: best.candidate.anchor,
            fill: fill, className: className)
        return PlacedLabel(element: element, box: best.box, isClear: best.overlap == 0)
    }

    /// Candidates around a point marker of radius `r`: right, left, above, below, then the
    /// four diagonals, then the same further out.
    static func around(x: Double, y: Double, radius r: Double, size: Double) -> [LabelCandidate] {
        var candidates: [LabelCandidate] = []
        let half = TextMetrics.ascent(size: size) / 2 - TextMetrics.descent(size: size) / 2
        for distance in [r + 3, r + 10, r + 20] {
            candidates += [
                LabelCandidate(x: x + distance, y: y + half, anchor: "start"),
                LabelCandidate(x: x - distance, y: y + half, anchor: "end"),
                LabelCandidate(x: x, y: y - distance - TextMetrics.descent(size: size), anchor: "middle"),
                LabelCandidate(x: x, y: y + distance + TextMetrics.ascent(size: size), anchor: "middle"),
                LabelCandidate(x: x + distance * 0.8, y: y - distance * 0.8, anchor: "start"),
                LabelCandidate(x: x - distance * 0.8, y: y - distance * 0.8, anchor: "end"),
                LabelCandidate(x: x + distance * 0.8, y: y + distance * 0.8 + TextMetrics.ascent(size: size), anchor: "start"),
                LabelCandidate(x: x - distance * 0.8, y: y + distance * 0.8 + TextMetrics.ascent(size: size), anchor: "end"),
            ]
        }
        return candidates
    }

    /// ``around(x:y:radius:size:)`` with each ring's candidates ordered so that those in the
    /// direction (dx, dy) come first (e.g. away from a triangle's centre, outside it).
    static func around(
        x: Double, y: Double, radius r: Double, size: Double, preferring direction: (dx: Double, dy: Double)
    ) -> [LabelCandidate] {
        let all = around(x: x, y: y, radius: r, size: size)
        let length = (direction.dx * direction.dx + direction.dy * direction.dy).squareRoot()
        guard length > 1e-9 else { return all }
        func cosine(_ candidate: LabelCandidate) -> Double {
            let box = LabelPlacer.box(of: "M", size: size, at: candidate)
            let cx = candidate.anchor == "start" ? candidate.x + 4 : candidate.anchor == "end" ? candidate.x - 4 : candidate.x
            let cy = (box.minY + box.maxY) / 2
            let (ux, uy) = (cx - x, cy - y)
            let norm = (ux * ux + uy * uy).squareRoot()
            return norm > 0 ? (ux * direction.dx + uy * direction.dy) / (norm * length) : 0
        }
        var ordered: [LabelCandidate] = []
        for ring in stride(from: 0, to: all.count, by: 8) {
            let chunk = all[ring..<min(all.count, ring + 8)]
            ordered += chunk.enumerated().sorted { lhs, rhs in
                let (l, r) = (cosine(lhs.element), cosine(rhs.element))
                return abs(l - r) > 1e-9 ? l > r : lhs.offset < rhs.offset
            }.map(\.element)
        }
        return ordered
    }

    /// Boxes along the segment from (x1, y1) to (x2, y2), each `2·halfWidth` across, so that
    /// labels avoid lines.
    static func segmentObstacles(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, halfWidth: Double = 1.5
    ) -> [FigureRect] {
        let length = ((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)).squareRoot()
        let count = max(1, Int((length / 4).rounded(.up)))
        return (0...count).map { index in
            let t = Double(index) / Double(count)
            return FigureRect(around: x1 + (x2 - x1) * t, y1 + (y2 - y1) * t, radius: halfWidth)
        }
    }
}
