/// A chemical-potential diagram on two axes (``ChemicalPotentialMap``): each stable phase's
/// domain a labelled polygon (a segment or a point where it is degenerate), the axes the two
/// elements' formal chemical potentials in eV per atom; the subtitle says what was sliced and
/// what projected.
///
/// ```swift
/// let map = try atlas.chemicalPotentialMap(of: [li, p, o, n], axes: [li, n], fixed: [oxygen], minimumChemicalPotential: -15)
/// let svg = try ChemicalPotentialMapFigure(map).svg()
/// ```
public struct ChemicalPotentialMapFigure: Sendable {
    /// A chemical potential marked across the plot: a dashed line at that value of one axis's
    /// element, named at its end (a gas's chemical potential, `N2, 1 bar, 298 K`).
    package struct Marker: Sendable, Equatable {
        /// The name shown at the line's end.
        package var name: String
        /// The element: one of the map's axes.
        package var element: Element
        /// The chemical potential (eV per atom, relative to the reference).
        package var chemicalPotential: Double

        /// A marker at `chemicalPotential` of `element`, named `name`.
        package init(name: String, element: Element, chemicalPotential: Double) {
            self.name = name
            self.element = element
            self.chemicalPotential = chemicalPotential
        }
    }

    /// The map to draw.
    package var map: ChemicalPotentialMap
    /// Chemical potentials marked across the plot (none by default); a marker whose element is
    /// not an axis, or whose value is outside the axis, is not drawn.
    package var markers: [Marker] = []
    /// The zoom, as pymatgen's `get_plot(element_padding=1)` (eV): each axis starts at least this
    /// far below the lowest value on it of any domain's vertex that is not at the map's lower
    /// bound, rounded down to a multiple of 0.5 eV (never below the bound); the plot shows the
    /// part of each domain inside the axes. `nil` draws both axes from the lower bound.
    package var padding: Double? = 1
    /// Canvas width (user units); the plot is square.
    package var width: Double = 720

    /// A figure of `map`.
    public init(_ map: ChemicalPotentialMap) {
        self.map = map
    }

    /// Light fills, one per domain in turn (ColorBrewer Set3 and Pastel1).
    static let fills = [
        "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5",
        "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f", "#fbb4ae", "#b3cde3", "#decbe4", "#fed9a6",
    ]

    /// The figure as an SVG document.
    ///
    /// - Throws: ``FigureError/noData(_:)`` when no domain reaches the axes.
    func document() throws(FigureError) -> SVGDocument {
        let upper = 0.0
        let lowers = map.axes.indices.map { axisLowerEnd($0) }
        let side = width - 112
        let area = FigureRect(minX: 86, minY: 90, maxX: 86 + side, maxY: 90 + side)
        let height = area.maxY + 56
        let xAxis = Axis(lower: lowers[0], upper: upper, start: area.minX, end: area.maxX)
        let yAxis = Axis(lower: lowers[1], upper: upper, start: area.maxY, end: area.minY)
        func canvas(_ point: (x: Double, y: Double)) -> (x: Double, y: Double) {
            (xAxis.position(of: point.x), yAxis.position(of: point.y))
        }

        // The domains inside the axes, in canvas coordinates.
        var shapes: [(formula: String, polygon: ConvexPolygon, fill: String)] = []
        for (index, domain) in map.domains.enumerated() {
            guard let visible = domain.polygon.clipped(x: lowers[0]...upper, y: lowers[1]...upper) else { continue }
            shapes.append((domain.formula, ConvexPolygon(vertices: visible.vertices.map(canvas)),
                           Self.fills[index % Self.fills.count]))
        }
        guard !shapes.isEmpty else { throw .noData("no domain of \(system) reaches the axes") }

        var body: [SVGElement] = []
        body += PlotFrame(area: area).bottomAxis(xAxis, title: axisTitle(map.axes[0]), tickCount: 8)
        body += PlotFrame(area: area).leftAxis(yAxis, title: axisTitle(map.axes[1]), titleX: 24, tickCount: 8)

        // Areas first, largest first, so that a small domain is never hidden; then segments and points.
        var regions: [SVGElement] = [], edges: [SVGElement] = []
        for shape in shapes.sorted(by: { abs($0.polygon.area) > abs($1.polygon.area) }) {
            let points = shape.polygon.vertices
            switch points.count {
            case 1:
                edges.append(.circle(points[0].x, points[0].y, radius: 3.5, fill: FigureStyle.ink, className: "domain-point"))
            case 2:
                edges.append(.line(points[0].x, points[0].y, points[1].x, points[1].y, stroke: FigureStyle.ink, width: 2.6,
                                   className: "domain-segment"))
            default:
                var polygon = SVGElement.polygon(points, fill: shape.fill, stroke: "#444", width: 0.9)
                polygon.attributes.insert(("class", "domain"), at: 0)
                polygon.attributes.append(("fill-opacity", "0.75"))
                polygon.children.append(SVGElement("title", text: shape.formula))
                regions.append(polygon)
            }
        }
        body.append(.group(regions, className: "domains"))
        body.append(.group(edges, className: "degenerate-domains"))

        // Markers: dashed lines across the plot, named at their end.
        var marks: [SVGElement] = []
        var placer = LabelPlacer(bounds: FigureRect(minX: area.minX + 2, minY: area.minY + 2, maxX: area.maxX - 2, maxY: area.maxY - 2))
        for marker in markers {
            guard let axis = map.axes.firstIndex(of: marker.element),
                  (lowers[axis]...upper).contains(marker.chemicalPotential) else { continue }
            let size = FigureStyle.smallFontSize
            if axis == 0 {
                let x = xAxis.position(of: marker.chemicalPotential)
                marks.append(.line(x, area.minY, x, area.maxY, stroke: FigureStyle.profile, width: 1.3, dash: "5 3", className: "marker"))
                marks.append(.text(marker.name, x: x - 4, y: area.minY + 6, size: size, anchor: "end", fill: FigureStyle.profile,
                                   rotation: -90, className: "marker-label"))
                placer.obstacles += LabelPlacer.segmentObstacles(x, area.minY, x, area.maxY)
                placer.obstacles.append(FigureRect(minX: x - 4 - size, minY: area.minY, maxX: x,
                                                   maxY: area.minY + 10 + TextMetrics.width(marker.name, size: size)))
            } else {
                let y = yAxis.position(of: marker.chemicalPotential)
                let label = LabelCandidate(x: area.maxX - 4, y: y - 4, anchor: "end")
                marks.append(.line(area.minX, y, area.maxX, y, stroke: FigureStyle.profile, width: 1.3, dash: "5 3", className: "marker"))
                marks.append(.text(marker.name, x: label.x, y: label.y, size: size, anchor: "end", fill: FigureStyle.profile,
                                   className: "marker-label"))
                placer.obstacles += LabelPlacer.segmentObstacles(area.minX, y, area.maxX, y)
                placer.obstacles.append(LabelPlacer.box(of: marker.name, size: size, at: label))
            }
        }
        body.append(.group(marks, className: "markers"))
        // Labels keep off the lines: segments' widely, areas' edges narrowly.
        for shape in shapes {
            let points = shape.polygon.vertices
            guard points.count > 1 else { continue }
            for (index, a) in points.enumerated() where points.count > 2 || index == 0 {
                let b = points[(index + 1) % points.count]
                placer.obstacles += LabelPlacer.segmentObstacles(a.x, a.y, b.x, b.y, halfWidth: points.count == 2 ? 2.5 : 0.5)
            }
        }
        body.append(.group(labels(of: shapes, placer: &placer), className: "labels"))

        body.append(.text(title, x: 20, y: 26, size: FigureStyle.titleFontSize, weight: "bold", className: "title"))
        let subtitles = [
            map.conditions,
            "formal chemical potentials (eV/atom, relative to the elemental references), each from \(NumberFormat.fixed(map.minimumChemicalPotential, decimals: 2, minus: .typographic)) to 0",
            Self.reading(map),
        ]
        for (line, text) in subtitles.enumerated() {
            body.append(.text(text, x: 20, y: 44 + 13 * Double(line), size: FigureStyle.smallFontSize,
                              fill: FigureStyle.secondaryText, className: "subtitle"))
        }
        var document = SVGDocument(width: width, height: height, title: title)
        document.append(contentsOf: body)
        return document
    }

    /// The lower end of axis `position` (0 or 1): see ``padding``.
    func axisLowerEnd(_ position: Int) -> Double {
        let bound = map.minimumChemicalPotential
        let slack = Tolerance.chemicalPotentialVertex * max(1, abs(bound))
        guard let padding,
              let lowest = map.domains.flatMap({ $0.vertices.map { $0[position] } }).filter({ $0 > bound + slack }).min()
        else { return bound }
        return min(max(bound, ((lowest - padding) * 2).rounded(.down) / 2), -0.5)
    }

    /// The system as written: `Li–P–O–N`.
    var system: String { map.elements.map(\.symbol).joined(separator: "–") }

    /// `Chemical-potential diagram of Li–P–O–N: μLi–μN`.
    var title: String { "Chemical-potential diagram of \(system): μ\(map.axes[0].symbol)–μ\(map.axes[1].symbol)" }

    /// `μLi − μ⁰Li (eV/atom)`.
    func axisTitle(_ element: Element) -> String { "μ\(element.symbol) − μ⁰\(element.symbol) (eV/atom)" }

    /// How to read the map, by what it is: a projection, a full slice, or a binary diagram.
    static func reading(_ map: ChemicalPotentialMap) -> String {
        if let element = map.projected.first, map.projected.count == 1 {
            return "each area: the phase holding \(element.symbol) at the highest μ\(element.symbol) there (\(element.symbol) conserved); lines: phases without \(element.symbol)"
        }
        if !map.projected.isEmpty {
            return "each domain drawn as the hull of its vertices on these axes (projections overlap)"
        }
        return "each line: where that phase is in equilibrium with the reservoirs; below and left of them no phase forms"
    }

    /// Labels: inside each area where the name fits (largest areas first), else outside with a
    /// leader line, then beside each segment and point.
    func labels(of shapes: [(formula: String, polygon: ConvexPolygon, fill: String)], placer: inout LabelPlacer) -> [SVGElement] {
        var labels: [SVGElement] = []
        var outside: [(formula: String, polygon: ConvexPolygon)] = []
        let inside = placer.bounds
        for shape in shapes.sorted(by: { abs($0.polygon.area) > abs($1.polygon.area) }) {
            guard shape.polygon.vertices.count > 2 else {
                outside.append((shape.formula, shape.polygon))
                continue
            }
            var fitted = false
            for size in [FigureStyle.fontSize, FigureStyle.smallFontSize] {
                let candidates = Self.candidates(inside: shape.polygon, text: shape.formula, size: size)
                guard !candidates.isEmpty else { continue }
                if let placed = placer.place(shape.formula, size: size, candidates: candidates, required: false,
                                             fill: FigureStyle.ink, className: "domain-label") {
                    labels.append(placed.element)
                    fitted = true
                    break
                }
            }
            if !fitted { outside.append((shape.formula, shape.polygon)) }
        }
        placer.bounds = inside
        for shape in outside {
            let size = FigureStyle.smallFontSize
            let anchor = shape.polygon.centroid  // a segment's midpoint
            var candidates = LabelPlacer.around(x: anchor.x, y: anchor.y, radius: 4, size: size)
            candidates += LabelPlacer.around(x: anchor.x, y: anchor.y, radius: 40, size: size)
            if let placed = placer.place(shape.formula, size: size, candidates: candidates, required: true,
                                         fill: FigureStyle.ink, className: "domain-label") {
                let box = placed.box
                let cx = min(max(anchor.x, box.minX), box.maxX), cy = min(max(anchor.y, box.minY), box.maxY)
                if ((cx - anchor.x) * (cx - anchor.x) + (cy - anchor.y) * (cy - anchor.y)).squareRoot() > 4 {
                    labels.append(.line(anchor.x, anchor.y, cx, cy, stroke: "#666", width: 0.6, className: "leader"))
                    placer.obstacles += LabelPlacer.segmentObstacles(anchor.x, anchor.y, cx, cy, halfWidth: 1)
                }
                labels.append(placed.element)
            }
        }
        return labels
    }

    /// Positions inside `polygon` where `text` at `size` fits with a margin, nearest its centroid
    /// first (a grid of points across the polygon's bounding box).
    static func candidates(inside polygon: ConvexPolygon, text: String, size: Double) -> [LabelCandidate] {
        let centre = polygon.centroid
        let xs = polygon.vertices.map(\.x), ys = polygon.vertices.map(\.y)
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { return [] }
        let half = TextMetrics.ascent(size: size) / 2 - TextMetrics.descent(size: size) / 2
        var points = [centre]
        let steps = 8
        for i in 0...steps {
            for j in 0...steps {
                points.append((minX + (maxX - minX) * Double(i) / Double(steps), minY + (maxY - minY) * Double(j) / Double(steps)))
            }
        }
        points.sort { ($0.x - centre.x) * ($0.x - centre.x) + ($0.y - centre.y) * ($0.y - centre.y)
            < ($1.x - centre.x) * ($1.x - centre.x) + ($1.y - centre.y) * ($1.y - centre.y) }
        return points.map { LabelCandidate(x: $0.x, y: $0.y + half, anchor: "middle") }.filter { candidate in
            let box = LabelPlacer.box(of: text, size: size, at: candidate)
            // Canvas y grows downward, so the polygon's turn is clockwise there: test with the
            // vertices reversed.
            let upright = ConvexPolygon(vertices: polygon.vertices.reversed())
            return [(box.minX, box.minY), (box.maxX, box.minY), (box.minX, box.maxY), (box.maxX, box.maxY)]
                .allSatisfy { upright.contains($0, margin: 3) }
        }
    }

    /// The figure as SVG text.
    public func svg() throws(FigureError) -> String { try document().rendered() }
}
