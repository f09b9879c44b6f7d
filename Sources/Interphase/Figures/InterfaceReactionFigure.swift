/// The interface reaction between two compositions A and B (Richards et al., Chem. Mater. 28,
/// 266 (2016)): the reaction energy against the mixing ratio x (atom fraction of A), the kinks
/// as points joined by straight lines (the energy is linear between kinks), each kink labelled
/// with its equilibrium products and the most exothermic one highlighted.
///
/// Labels are placed without overlaps (the shared label placement): next to their point when there is
/// room, otherwise further away with a thin leader line to the point.
///
/// ```swift
/// let reaction = try diagram.interfaceReaction(Composition(parsing: "Li"), Composition(parsing: "Li2PO2N"))
/// let svg = try InterfaceReactionFigure(reaction).svg()
/// ```
public struct InterfaceReactionFigure: Sendable {
    /// The reaction to draw.
    package var reaction: InterfaceReaction
    /// Canvas width (user units).
    package var width: Double
    /// Height of the plot area (user units); the canvas adds the title and the axis labels.
    package var plotHeight: Double
    /// Title; `nil` = "Interface reaction A | B" (with the open element's voltage when there is one).
    package var title: String?
    /// How each kink's label is written; `nil` = its products joined by ` + ` (`Li2O + Li3P + LiPN2`).
    package var productLabel: (@Sendable (InterfaceReactionKink) -> String)?

    /// A figure of `reaction`.
    public init(_ reaction: InterfaceReaction, width: Double = 820, plotHeight: Double = 360) {
        self.reaction = reaction
        self.width = width
        self.plotHeight = plotHeight
    }

    /// The label of `kink`: ``productLabel`` or its products joined by ` + `.
    func label(of kink: InterfaceReactionKink) -> String {
        if let productLabel { return productLabel(kink) }
        return kink.products.map(\.formula).joined(separator: " + ")
    }

    /// The x-axis title: `x (fraction of Li, per atom) in x Li + (1 − x) Li2PO2N`.
    var xAxisTitle: String {
        "x (fraction of \(reaction.reactantA), per atom) in x \(reaction.reactantA) + (1 − x) \(reaction.reactantB)"
    }

    /// The y-axis title: `ΔE (eV/atom of mixture)`, or with an open element
    /// `ΔΦ (eV/atom of closed elements)`.
    var yAxisTitle: String {
        reaction.openElement == nil ? "ΔE (eV/atom of mixture)" : "ΔΦ (eV/atom of closed elements)"
    }

    /// The figure as an SVG document.
    ///
    /// - Throws: ``FigureError/noData(_:)`` for a reaction without kinks.
    func document() throws(FigureError) -> SVGDocument {
        let kinks = reaction.kinks.sorted { $0.x < $1.x }
        guard !kinks.isEmpty else { throw .noData("an interface reaction without kinks") }
        let small = FigureStyle.smallFontSize

        // Energies: room above zero for the end labels and below the minimum for labels pushed down.
        let energies = kinks.map(\.energyPerAtom)
        let low = min(0, energies.min()!), high = max(0, energies.max()!)
        let span = max(high - low, 0.05)
        let range = Axis.niceRange(lower: low - 0.45 * span, upper: high + 0.12 * span, count: 6)
        // The subtitle (the most exothermic reaction) wraps at the canvas's right edge; the plot
        // moves down by its extra lines.
        let best = reaction.mostExothermic
        let subtitle = "most exothermic (red): x = \(NumberFormat.fixed(best.x, decimals: 3, negativeZero: .kept)), "
            + "\(reaction.openElement == nil ? "ΔE" : "ΔΦ") = \(NumberFormat.fixed(best.energyPerAtom, decimals: 3, minus: .typographic)) eV/atom: "
            + best.reaction.replacingOccurrences(of: "->", with: "→")
        let subtitleLines = TextMetrics.wrapped(subtitle, size: small, width: width - 24 - 84)
        let lineStep = 14.0
        let top = 62 + lineStep * Double(subtitleLines.count - 1)
        let plotArea = FigureRect(minX: 84, minY: top, maxX: width - 24, maxY: top + plotHeight)
        let x = Axis(lower: 0, upper: 1, start: plotArea.minX, end: plotArea.maxX)
        let y = Axis(lower: range.lower, upper: range.upper, start: plotArea.maxY, end: plotArea.minY)

        var elements: [SVGElement] = []
        let frame = PlotFrame(area: plotArea)
        elements += frame.leftAxis(y, title: yAxisTitle, titleX: 22)
        elements += frame.bottomAxis(x, title: xAxisTitle, tickCount: 10)

        // The curve and its points.
        let points = kinks.map { (x: x.position(of: $0.x), y: y.position(of: $0.energyPerAtom)) }
        var placer = LabelPlacer(bounds: plotArea.inset(by: -1))
        placer.padding = 2
        elements.append(.polyline(points, stroke: FigureStyle.stable, width: 2, className: "reaction-curve"))
        for (a, b) in zip(points, points.dropFirst()) {
            placer.obstacles += LabelPlacer.segmentObstacles(a.x, a.y, b.x, b.y, halfWidth: 2)
        }
        let isBest = kinks.map { $0 == best }
        var marks: [SVGElement] = []
        for (index, point) in points.enumerated() {
            let radius = isBest[index] ? 6.0 : 4.0
            marks.append(.circle(point.x, point.y, radius: radius, fill: isBest[index] ? FigureStyle.profile : FigureStyle.ink,
                                 stroke: "#fff", className: isBest[index] ? "best-kink" : "kink"))
            placer.obstacles.append(FigureRect(around: point.x, point.y, radius: radius + 1))
        }

        // Labels: the most exothermic first, then from the lowest energy up (the crowded bottom
        // of the curve gets the spots next to its points); the ends last.
        var labels: [SVGElement] = []
        var leaders: [SVGElement] = []
        var listed: [(number: String, text: String, isBest: Bool)] = []
        let interior = kinks.indices.filter { kinks[$0].x > 1e-9 && kinks[$0].x < 1 - 1e-9 }
        let ends = kinks.indices.filter { !interior.contains($0) }
        let order = interior.sorted { lhs, rhs in
            if isBest[lhs] != isBest[rhs] { return isBest[lhs] }
            return kinks[lhs].energyPerAtom < kinks[rhs].energyPerAtom
        } + ends
        for index in order {
            let kink = kinks[index]
            let point = points[index]
            let text = isBest[index] ? Self.bestText(kink, label: label(of: kink)) : label(of: kink)
            let candidates = Self.candidates(x: point.x, y: point.y, radius: isBest[index] ? 6 : 4, size: small,
                                             isEnd: !interior.contains(index), atLeft: kink.x < 0.5, plot: plotArea)
            // A label with no clear spot is not stacked on others: a number takes its place by
            // the point and the label goes to the list under the axis.
            var placed = placer.place(text, size: small, candidates: candidates, required: false,
                                      fill: isBest[index] ? FigureStyle.profile : "#000",
                                      className: isBest[index] ? "best-kink-label" : "kink-label")
            if placed == nil {
                let number = "\(listed.count + 1)"
                listed.append((number, text, isBest[index]))
                let numberCandidates = LabelPlacer.around(x: point.x, y: point.y, radius: isBest[index] ? 6 : 4, size: small)
                    + candidates
                placed = placer.place(number, size: small, candidates: numberCandidates, required: true,
                                      fill: isBest[index] ? FigureStyle.profile : "#000",
                                      className: isBest[index] ? "best-kink-number" : "kink-number")
            }
            guard let placed else { continue }
            labels.append(placed.element)
            // A leader when the label is not next to its point.
            let box = placed.box
            let nearestX = min(max(point.x, box.minX), box.maxX), nearestY = min(max(point.y, box.minY), box.maxY)
            let distance = ((nearestX - point.x) * (nearestX - point.x) + (nearestY - point.y) * (nearestY - point.y)).squareRoot()
            if distance > 16 {
                let targetY = box.minY > point.y ? box.minY - 1 : box.maxY + 1
                let targetX = min(max(point.x, box.minX + 2), box.maxX - 2)
                leaders.append(.line(point.x, point.y, targetX, targetY, stroke: "#888", width: 0.7, className: "leader"))
            }
        }
        elements.append(.group(leaders, className: "leaders"))
        elements.append(.group(marks, className: "kinks"))
        elements.append(.group(labels, className: "labels"))

        // Title and subtitle.
        let titleText = title ?? defaultTitle
        elements.append(.text(titleText, x: plotArea.minX, y: 24, size: FigureStyle.titleFontSize, weight: "bold",
                              className: "title"))
        for (offset, line) in subtitleLines.enumerated() {
            elements.append(.text(line, x: plotArea.minX, y: 44 + lineStep * Double(offset), size: small,
                                  fill: FigureStyle.secondaryText, className: "subtitle"))
        }

        // The labels that had no clear spot, by number, under the x axis's title.
        var listTop = plotArea.maxY + 64
        var list: [SVGElement] = []
        for entry in listed {
            for (offset, line) in TextMetrics.wrapped("\(entry.number): \(entry.text)", size: small, width: width - 24 - 84).enumerated() {
                list.append(.text(offset == 0 ? line : "    " + line, x: plotArea.minX, y: listTop, size: small,
                                  fill: entry.isBest ? FigureStyle.profile : "#000", className: "listed-kink"))
                listTop += lineStep
            }
        }
        if !list.isEmpty { elements.append(.group(list, className: "listed-kinks")) }

        var document = SVGDocument(width: width, height: list.isEmpty ? plotArea.maxY + 56 : listTop - lineStep + 12, title: titleText)
        document.append(contentsOf: elements)
        return document
    }

    /// The figure as SVG text.
    ///
    /// - Throws: ``FigureError/noData(_:)`` for a reaction without kinks.
    public func svg() throws(FigureError) -> String { try document().rendered() }

    /// `Interface reaction Li | Li2PO2N` (`, Li at 0.50 V vs Li/Li⁺` with an open element).
    var defaultTitle: String {
        var text = "Interface reaction \(reaction.reactantA) | \(reaction.reactantB)"
        if let open = reaction.openElement {
            if let voltage = reaction.voltage {
                text += ", \(open.symbol) open at \(NumberFormat.fixed(voltage, decimals: 2)) \(FigureStyle.voltageUnit(open))"
            } else if let mu = reaction.chemicalPotential {
                text += ", \(open.symbol) open at μ − μ⁰ = \(NumberFormat.fixed(mu, decimals: 2, minus: .typographic)) eV"
            }
        }
        return text
    }

    /// The highlighted kink's label: its products and its energy.
    static func bestText(_ kink: InterfaceReactionKink, label: String) -> String {
        "\(label) (\(NumberFormat.fixed(kink.energyPerAtom, decimals: 3, minus: .typographic)) eV/atom)"
    }

    /// Candidate label positions for a kink at (x, y): around it first, then further above and
    /// below (with a leader), then anywhere along its vertical.
    static func candidates(
        x: Double, y: Double, radius: Double, size: Double, isEnd: Bool, atLeft: Bool, plot: FigureRect
    ) -> [LabelCandidate] {
        let ascent = TextMetrics.ascent(size: size), descent = TextMetrics.descent(size: size)
        let half = ascent / 2 - descent / 2
        if isEnd {
            // The ends sit on the frame: labels go inward, above or below the point.
            let anchor = atLeft ? "start" : "end"
            let dx = atLeft ? radius + 4 : -(radius + 4)
            return [
                LabelCandidate(x: x + dx, y: y - radius - 4, anchor: anchor),
                LabelCandidate(x: x + dx, y: y + radius + 4 + ascent, anchor: anchor),
                LabelCandidate(x: x + dx, y: y + half, anchor: anchor),
                LabelCandidate(x: x + dx, y: y - radius - 18, anchor: anchor),
                LabelCandidate(x: x + dx, y: y + radius + 18 + ascent, anchor: anchor),
            ]
        }
        // The reaction energy is convex in x (a lower hull minus a linear term), so the region
        // below the curve is free of it: look there first.
        // Every ring's positions below the point first, then beside it, then above it.
        let ring = LabelPlacer.around(x: x, y: y, radius: radius, size: size)
        func side(_ candidate: LabelCandidate) -> Int {
            let box = LabelPlacer.box(of: "M", size: size, at: candidate)
            return box.minY >= y ? 0 : box.maxY <= y ? 2 : 1
        }
        var candidates = [0, 1, 2].flatMap { wanted in ring.filter { side($0) == wanted } }
        // Further below, centred, then shifted to either side; then further above.
        for below in [true, false] {
            for lift in stride(from: 34.0, through: 300, by: 14) {
                for anchor in ["middle", "start", "end"] {
                    let dx = anchor == "start" ? -20.0 : anchor == "end" ? 20.0 : 0
                    candidates.append(LabelCandidate(x: x + dx, y: below ? y + lift + ascent : y - lift, anchor: anchor))
                }
            }
        }
        return candidates.filter { $0.y > plot.minY && $0.y < plot.maxY + ascent }
    }
}
