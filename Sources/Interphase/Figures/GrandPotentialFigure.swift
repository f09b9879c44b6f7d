/// The grand-potential phase diagram at one chemical potential of an open element, projected
/// onto the closed elements: for Li–P–O–N open to Li, the P–O–N triangle, in which at 0 V
/// Li3P, Li2O and Li3N sit at the P, O and N corners.
///
/// Points are the phases stable at that potential, named by their original formula (with the
/// open element); lines are the tie lines of the grand hull (edges of its facets). Three closed
/// elements give a triangle, two a line.
///
/// ```swift
/// let li = try OpenElement(Element(symbol: "Li")!, voltage: 0)
/// let svg = try GrandPotentialFigure(diagram: diagram, openElement: li).svg()
/// ```
public struct GrandPotentialFigure: Sendable {
    /// The grand-potential diagram to draw.
    package var grandDiagram: GrandPotentialDiagram
    /// Canvas width (user units).
    package var width: Double = 720

    /// A figure of an existing grand-potential diagram (one open element is described in the
    /// title; with several, all are listed).
    public init(_ grandDiagram: GrandPotentialDiagram) {
        self.grandDiagram = grandDiagram
    }

    /// The grand-potential diagram of `diagram` with `openElement` open.
    ///
    /// - Throws: ``FigureError/computation(_:)`` when the grand hull cannot be built.
    package init(diagram: PhaseDiagram, openElement: OpenElement) throws(FigureError) {
        do {
            self.init(try GrandPotentialDiagram(diagram: diagram, openElements: [openElement]))
        } catch {
            throw .computation(error)
        }
    }

    /// The open elements in words: `Li at 0.00 V vs Li/Li⁺ (μ − μ⁰ = −0.000 eV)`.
    var conditions: String {
        grandDiagram.openElements.map { open in
            let mu = "μ\(open.element.symbol) − μ⁰ = \(NumberFormat.fixed(open.chemicalPotential, decimals: 2, minus: .typographic)) eV"
            if let voltage = open.voltage {
                return "\(open.element.symbol) at \(NumberFormat.fixed(voltage, decimals: 2)) \(FigureStyle.voltageUnit(open.element)) (\(mu))"
            }
            return "\(open.element.symbol) at \(mu)"
        }.joined(separator: ", ")
    }

    /// The figure as an SVG document.
    ///
    /// - Throws: ``FigureError/unsupportedClosedElementCount(_:)`` unless there are two or three
    ///   closed elements.
    func document() throws(FigureError) -> SVGDocument {
        let closed = grandDiagram.closedElements
        guard closed.count == 2 || closed.count == 3 else { throw .unsupportedClosedElementCount(closed) }
        let hull = grandDiagram.grandHull
        let original = grandDiagram.diagram
        func name(_ hullIndex: Int) -> String { original.entries[grandDiagram.originalIndices[hullIndex]].formula }
        func fractions(_ hullIndex: Int) -> [Double] {
            closed.map { hull.entries[hullIndex].composition.atomicFraction(of: $0) }
        }
        let system = original.elements.map(\.symbol).joined(separator: "–")
        let title = "Grand potential diagram of \(system) at \(grandDiagram.openElements.first.flatMap(\.voltage).map { "\(NumberFormat.fixed($0, decimals: 2)) \(FigureStyle.voltageUnit(grandDiagram.openElements[0].element))" } ?? conditions)"
        let openSymbols = grandDiagram.openElements.map(\.element.symbol).joined(separator: ", ")
        let subtitle = "open: \(conditions); projected onto \(closed.map(\.symbol).joined(separator: "–")); phases named with their \(openSymbols)"

        var body: [SVGElement] = []
        let height: Double
        var placer: LabelPlacer
        var positions: [Int: (x: Double, y: Double)] = [:]
        let stable = hull.stableIndices
        var centre = (x: width / 2, y: 170.0)
        var cornerLabels: [(corner: (x: Double, y: Double), element: Element)] = []

        if closed.count == 3 {
            let side = width - 160
            let triangle = GibbsTriangle(left: (80, 100 + side * 3.0.squareRoot() / 2), side: side)
            height = triangle.left.y + 56
            placer = LabelPlacer(bounds: FigureRect(minX: 4, minY: 54, maxX: width - 4, maxY: height - 4))
            body += triangle.frame()
            for index in stable { positions[index] = triangle.point(fractions(index)) }
            centre = triangle.point([1, 1, 1])
            for (corner, element) in zip(triangle.corners, closed) { cornerLabels.append((corner, element)) }
        } else {
            let left = 70.0, right = width - 70, lineY = 170.0
            height = 260
            placer = LabelPlacer(bounds: FigureRect(minX: 4, minY: 54, maxX: width - 4, maxY: height - 4))
            body.append(.line(left, lineY, right, lineY, stroke: FigureStyle.ink, width: 1.2))
            for tick in 0...10 {
                let x = left + (right - left) * Double(tick) / 10
                body.append(.line(x, lineY, x, lineY + 4, stroke: FigureStyle.ink))
            }
            for (x, element) in [(left, closed[0]), (right, closed[1])] {
                body.append(.text(element.symbol, x: x, y: lineY + 42, size: FigureStyle.axisLabelFontSize,
                                  anchor: "middle", fill: "#999", className: "corner"))
                placer.obstacles.append(LabelPlacer.box(of: element.symbol, size: FigureStyle.axisLabelFontSize,
                                                        at: LabelCandidate(x: x, y: lineY + 42, anchor: "middle")))
            }
            body.append(.text("atom fraction of \(closed[1].symbol) among \(closed.map(\.symbol).joined(separator: ", "))",
                              x: (left + right) / 2, y: lineY + 62, size: FigureStyle.smallFontSize, anchor: "middle",
                              fill: FigureStyle.secondaryText, className: "axis-title"))
            placer.obstacles.append(FigureRect(minX: left, minY: lineY + 50, maxX: right, maxY: lineY + 66))
            for index in stable { positions[index] = (left + (right - left) * fractions(index)[1], lineY) }
        }

        // Tie lines = edges of the grand hull's facets.
        var tieLines: [SVGElement] = []
        for (a, b) in GibbsTriangle.edges(of: hull.facets.map(\.vertices)) {
            guard let p = positions[a], let q = positions[b] else { continue }
            tieLines.append(.line(p.x, p.y, q.x, q.y, stroke: FigureStyle.tieLine, width: 1.1, className: "tie-line"))
            placer.obstacles += LabelPlacer.segmentObstacles(p.x, p.y, q.x, q.y)
        }
        body.append(.group(tieLines, className: "tie-lines"))
        var marks: [SVGElement] = []
        for index in stable {
            let p = positions[index]!
            marks.append(.circle(p.x, p.y, radius: 5, fill: FigureStyle.stable, stroke: "#fff", className: "stable"))
            placer.obstacles.append(FigureRect(around: p.x, p.y, radius: 6))
        }
        body.append(.group(marks, className: "points"))

        // Labels: corners outward; on a line, alternate above and below.
        var labels: [SVGElement] = []
        for (rank, index) in stable.sorted(by: { positions[$0]!.x < positions[$1]!.x }).enumerated() {
            let p = positions[index]!
            var candidates: [LabelCandidate]
            if closed.count == 2 {
                let size = FigureStyle.fontSize
                let up = rank % 2 == 0
                candidates = [14.0, 30, 46, 62].flatMap { lift -> [LabelCandidate] in
                    let above = LabelCandidate(x: p.x, y: p.y - lift, anchor: "middle")
                    let below = LabelCandidate(x: p.x, y: p.y + lift + TextMetrics.ascent(size: size) - 4, anchor: "middle")
                    return up ? [above, below] : [below, above]
                }
            } else {
                candidates = LabelPlacer.around(x: p.x, y: p.y, radius: 5, size: FigureStyle.fontSize,
                                                           preferring: (p.x - centre.x, p.y - centre.y))
            }
            if let placed = placer.place(name(index), size: FigureStyle.fontSize, candidates: candidates, required: true,
                                         fill: FigureStyle.stable, className: "stable-label") {
                labels.append(placed.element)
                let box = placed.box
                let cx = min(max(p.x, box.minX), box.maxX), cy = min(max(p.y, box.minY), box.maxY)
                if ((cx - p.x) * (cx - p.x) + (cy - p.y) * (cy - p.y)).squareRoot() > 22 {
                    labels.append(.line(p.x, p.y, cx, cy, stroke: "#999", width: 0.6))
                    placer.obstacles += LabelPlacer.segmentObstacles(p.x, p.y, cx, cy, halfWidth: 1)
                }
            }
        }
        // Element names at the triangle's corners, in grey, outside it, where there is room.
        for (corner, element) in cornerLabels {
            let dx = corner.x - centre.x, dy = corner.y - centre.y
            let length = (dx * dx + dy * dy).squareRoot()
            var candidates: [LabelCandidate] = []
            for distance in [18.0, 28, 40] {
                candidates.append(LabelCandidate(x: corner.x + dx / length * distance, y: corner.y + dy / length * distance + 5, anchor: "middle"))
            }
            candidates += [LabelCandidate(x: corner.x, y: corner.y + 34, anchor: "middle"),
                           LabelCandidate(x: corner.x - 14, y: corner.y - 8, anchor: "end"),
                           LabelCandidate(x: corner.x + 14, y: corner.y - 8, anchor: "start")]
            if let placed = placer.place("\(element.symbol) corner", size: FigureStyle.smallFontSize, candidates: candidates,
                                         required: false, fill: "#999", className: "corner") {
                labels.append(placed.element)
            }
        }
        body.append(.group(labels, className: "labels"))

        body.append(.text(title, x: 20, y: 26, size: FigureStyle.titleFontSize, weight: "bold", className: "title"))
        body.append(.text(subtitle, x: 20, y: 44, size: FigureStyle.smallFontSize, fill: FigureStyle.secondaryText,
                          className: "subtitle"))
        var document = SVGDocument(width: width, height: height, title: title)
        document.append(contentsOf: body)
        return document
    }

    /// The figure as SVG text.
    public func svg() throws(FigureError) -> String { try document().rendered() }
}
