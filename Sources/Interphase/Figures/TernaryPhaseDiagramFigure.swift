/// The Gibbs triangle of a three-element subsystem of a phase diagram (e.g. Li–P–O): stable
/// phases as labelled points, tie lines (the edges of the subsystem's lower-hull facets), and
/// unstable phases as points coloured by their energy above the hull (eV/atom) with a colour
/// bar.
///
/// The subsystem's hull is built from the entries whose elements all lie among the three, so
/// it is exactly the diagram of that subsystem (not a section of a larger one); a diagram of
/// exactly the three elements (`PhaseDiagramAtlas.subsystemDiagram(of:)` of them) is drawn as it is.
/// For each composition only the lowest entry is drawn.
///
/// ```swift
/// let svg = try TernaryPhaseDiagramFigure(diagram: diagram, elements: [li, p, o]).svg()
/// ```
public struct TernaryPhaseDiagramFigure: Sendable {
    /// The diagram whose subsystem is drawn.
    package var diagram: PhaseDiagram
    /// The three elements: bottom left, bottom right, top.
    package var elements: [Element]
    /// Label unstable phases too where there is room right next to their point (they are never
    /// allowed to overlap; unlabelled points name themselves in a tooltip, `<title>`).
    package var labelsUnstablePhases = true
    /// The top of the colour scale (eV/atom); `nil` = a nice value at or above the largest
    /// energy above hull drawn. Points above it take the top colour.
    package var maximumEnergyAboveHull: Double?
    /// Canvas width (user units).
    package var width: Double = 760

    /// A figure of the `elements` subsystem of `diagram`.
    package init(diagram: PhaseDiagram, elements: [Element]) {
        self.diagram = diagram
        self.elements = elements
    }

    /// One drawn point.
    struct Point {
        var entryIndex: Int
        var formula: String
        var fractions: [Double]
        var energyAboveHull: Double
        var isStable: Bool
    }

    /// The subsystem diagram of the three elements.
    ///
    /// - Throws: ``FigureError/needsThreeElements(_:)``, ``FigureError/elementNotInData(_:)``,
    ///   or ``FigureError/computation(_:)`` when the hull fails.
    package func subsystem() throws(FigureError) -> PhaseDiagram {
        guard elements.count == 3, Set(elements).count == 3 else { throw .needsThreeElements(elements) }
        for element in elements where !diagram.elements.contains(element) { throw .elementNotInData(element) }
        // The diagram itself when it is already the ternary's (the atlas's cached hull of the
        // three elements, ``PhaseDiagramAtlas/subsystemDiagram(of:)``, as the front door and
        // `interphase plot ternary` pass it): no second hull.
        do throws(StabilityError) {
            return try diagram.subsystemDiagram(of: Set(elements))
        } catch {
            throw .computation(error)
        }
    }

    /// The figure as an SVG document.
    ///
    /// - Throws: see ``subsystem()``.
    func document() throws(FigureError) -> SVGDocument {
        let sub = try subsystem()
        // Points: the lowest entry of each composition.
        var byComposition: [String: Point] = [:]
        var order: [String] = []
        for (index, entry) in sub.entries.enumerated() {
            let key = entry.formula
            let fractions = elements.map { entry.composition.atomicFraction(of: $0) }
            let point = Point(entryIndex: index, formula: entry.formula, fractions: fractions,
                              energyAboveHull: max(0, sub.energyAboveHull(ofEntryAt: index)),
                              isStable: sub.isStable(entryAt: index))
            if let current = byComposition[key] {
                if point.isStable || (!current.isStable && sub.formationEnergiesPerAtom[index] < sub.formationEnergiesPerAtom[current.entryIndex]) {
                    byComposition[key] = point
                }
            } else {
                byComposition[key] = point
                order.append(key)
            }
        }
        let points = order.map { byComposition[$0]! }
        let stable = points.filter(\.isStable)
        let unstable = points.filter { !$0.isStable }
        let largest = unstable.map(\.energyAboveHull).max() ?? 0
        let scaleTop = maximumEnergyAboveHull ?? Axis.niceRange(lower: 0, upper: max(largest, 0.01), count: 5).upper

        // Layout: triangle on the left, colour bar on the right.
        let side = width - 200
        let triangle = GibbsTriangle(left: (70, 90 + side * 3.0.squareRoot() / 2), side: side)
        let height = triangle.left.y + 60

        var body: [SVGElement] = triangle.frame()
        var placer = LabelPlacer(bounds: FigureRect(minX: 4, minY: 52, maxX: width - 110, maxY: height - 4))

        // Tie lines.
        var tieLines: [SVGElement] = []
        for (a, b) in GibbsTriangle.edges(of: sub.facets.map(\.vertices)) {
            let p = triangle.point(elements.map { sub.entries[a].composition.atomicFraction(of: $0) })
            let q = triangle.point(elements.map { sub.entries[b].composition.atomicFraction(of: $0) })
            tieLines.append(.line(p.x, p.y, q.x, q.y, stroke: FigureStyle.tieLine, width: 1.1, className: "tie-line"))
            placer.obstacles += LabelPlacer.segmentObstacles(p.x, p.y, q.x, q.y)
        }
        body.append(.group(tieLines, className: "tie-lines"))

        // Unstable points (drawn under the stable ones), then stable points.
        var marks: [SVGElement] = []
        for point in unstable.sorted(by: { $0.energyAboveHull > $1.energyAboveHull }) {
            let p = triangle.point(point.fractions)
            let colour = FigureStyle.viridis(point.energyAboveHull / scaleTop)
            var circle = SVGElement.circle(p.x, p.y, radius: 4.5, fill: colour, stroke: "#333", className: "unstable")
            circle.children.append(SVGElement("title", text: "\(point.formula): \(NumberFormat.coordinate(point.energyAboveHull, decimals: 3)) eV/atom above hull"))
            marks.append(circle)
            placer.obstacles.append(FigureRect(around: p.x, p.y, radius: 5))
        }
        for point in stable {
            let p = triangle.point(point.fractions)
            marks.append(.circle(p.x, p.y, radius: 5, fill: FigureStyle.stable, stroke: "#fff", className: "stable"))
            placer.obstacles.append(FigureRect(around: p.x, p.y, radius: 6))
        }
        body.append(.group(marks, className: "points"))

        // Labels: stable phases first (required), corners pushed outward, then unstable ones.
        var labels: [SVGElement] = []
        let centre = triangle.point([1, 1, 1])
        for point in stable {
            let p = triangle.point(point.fractions)
            let candidates = LabelPlacer.around(x: p.x, y: p.y, radius: 5, size: FigureStyle.fontSize,
                                                       preferring: (p.x - centre.x, p.y - centre.y))
            if let placed = placer.place(point.formula, size: FigureStyle.fontSize, candidates: candidates, required: true,
                                         fill: FigureStyle.stable, className: "stable-label") {
                labels.append(placed.element)
            }
        }
        // An unstable phase whose name finds no clear spot gets a number by its dot and a line
        // in the list under the colour bar: every phase is named.
        var listed: [(number: Int, point: Point)] = []
        if labelsUnstablePhases {
            var unplaced: [Point] = []
            for point in unstable {
                let p = triangle.point(point.fractions)
                // Only the nearest ring: a label further out could be read as a neighbour's.
                let candidates = Array(LabelPlacer.around(x: p.x, y: p.y, radius: 4.5, size: FigureStyle.smallFontSize).prefix(8))
                if let placed = placer.place(point.formula, size: FigureStyle.smallFontSize, candidates: candidates,
                                             required: false, fill: FigureStyle.secondaryText, className: "unstable-label") {
                    labels.append(placed.element)
                } else {
                    unplaced.append(point)
                }
            }
            for point in unplaced {
                let p = triangle.point(point.fractions)
                let number = "\(listed.count + 1)"
                let candidates = LabelPlacer.around(x: p.x, y: p.y, radius: 4.5, size: FigureStyle.smallFontSize)
                if let placed = placer.place(number, size: FigureStyle.smallFontSize, candidates: candidates, required: true,
                                             fill: FigureStyle.secondaryText, className: "unstable-number") {
                    labels.append(placed.element)
                }
                listed.append((listed.count + 1, point))
            }
        }
        body.append(.group(labels, className: "labels"))

        // Colour bar, and under it the phases named by number.
        let barHeight = min(260, side * 0.6)
        body += ColourBar(x: width - 80, top: 110, height: barHeight, maximum: scaleTop,
                          title: "E above hull (eV/atom)").elements(id: "ehull-gradient")
        if !listed.isEmpty {
            var lines: [SVGElement] = [.text("also:", x: width - 104, y: 110 + barHeight + 34, size: FigureStyle.smallFontSize,
                                             fill: FigureStyle.secondaryText, className: "listed-title")]
            for (offset, entry) in listed.enumerated() {
                lines.append(.text("\(entry.number) \(entry.point.formula)", x: width - 104, y: 110 + barHeight + 50 + 15 * Double(offset),
                                   size: FigureStyle.smallFontSize, fill: FigureStyle.secondaryText, className: "listed-phase"))
            }
            body.append(.group(lines, className: "listed-phases"))
        }

        // Title.
        let system = elements.map(\.symbol).joined(separator: "–")
        let title = "\(system) phase diagram"
        body.append(.text(title, x: 20, y: 26, size: FigureStyle.titleFontSize, weight: "bold", className: "title"))
        body.append(.text(
            "\(stable.count) stable phases (blue, tie lines = hull facets); \(unstable.count) unstable, coloured by energy above hull",
            x: 20, y: 44, size: FigureStyle.smallFontSize, fill: FigureStyle.secondaryText, className: "subtitle"))

        var document = SVGDocument(width: width, height: height, title: title)
        document.append(contentsOf: body)
        return document
    }

    /// The figure as SVG text.
    public func svg() throws(FigureError) -> String { try document().rendered() }
}
