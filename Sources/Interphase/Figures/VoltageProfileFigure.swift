/// The voltage profile of one composition as a staircase: the open element taken up per
/// formula unit (atoms; negative = released) against the voltage (V vs the metal), each step
/// labelled with its equilibrium products, the stability window (zero uptake) shaded and its
/// limits annotated.
///
/// Steps wide enough for their label carry it above (or below) the line; narrower steps carry
/// a number that refers to a legend under the plot, which also gives each such step's voltage
/// range. The last step extends without limit and is drawn up to `maximumVoltage`.
///
/// ```swift
/// let window = try diagram.stabilityWindow(of: lipon, formula: "Li2PO2N", openElement: li)
/// let svg = try VoltageProfileFigure(window: window).svg()
/// ```
public struct VoltageProfileFigure: Sendable {
    /// The profile to draw.
    package var profile: VoltageProfile
    /// The window to shade; when `nil` it is taken from the profile's zero-uptake step, if any.
    package var window: StabilityWindow?
    /// The right end of the voltage axis (V); `nil` = max(5 V, last critical voltage + 0.5 V).
    package var maximumVoltage: Double?
    /// Canvas width (user units); the height follows from the legend.
    package var width: Double = 820
    /// Title; `nil` = "Voltage profile of <formula> vs <metal>".
    package var title: String?

    /// A figure of `profile`, optionally with a window computed for the same composition.
    package init(profile: VoltageProfile, window: StabilityWindow? = nil, maximumVoltage: Double? = nil) {
        self.profile = profile
        self.window = window
        self.maximumVoltage = maximumVoltage
    }

    /// A figure of the window's profile, with the window shaded.
    public init(window: StabilityWindow, maximumVoltage: Double? = nil) {
        self.init(profile: VoltageProfile(formula: window.formula, openElement: window.openElement, steps: window.profile),
                  window: window, maximumVoltage: maximumVoltage)
    }

    /// The right end of the voltage axis: `maximumVoltage` or max(5, last critical + 0.5) V.
    var resolvedMaximumVoltage: Double {
        if let maximumVoltage { return maximumVoltage }
        return max(5, (profile.criticalVoltages.max() ?? 0) + 0.5)
    }

    /// The window's limits (V): from ``window`` when given, else from the zero-uptake steps.
    /// The upper limit is `nil` when the composition is never oxidised.
    var windowLimits: (reduction: Double, oxidation: Double?)? {
        if let window, let reduction = window.reductionLimitVoltage {
            return (reduction, window.oxidationLimitVoltage)
        }
        // The library's rule for the window of a profile; the formula's size scales the tolerance.
        let atoms = (try? Composition(parsing: profile.formula))?.numberOfAtoms ?? 1
        guard let range = ProfileStep.zeroUptakeRange(of: profile.steps, formulaUnitAtoms: atoms),
              let low = profile.steps[range.lowerBound].voltageLow else { return nil }
        return (low, profile.steps[range.upperBound].voltageHigh)
    }

    /// The product label of a step, e.g. `Li3P + Li3N + 2 Li2O`.
    static func label(of step: ProfileStep) -> String { FigureStyle.products(step.products) }

    /// The figure as an SVG document.
    ///
    /// - Throws: ``FigureError/emptyProfile(formula:)``, ``FigureError/noVoltages(formula:openElement:)``
    ///   for a non-metal open element, ``FigureError/invalidVoltageRange(_:)`` when
    ///   `maximumVoltage` does not exceed the last critical voltage.
    func document() throws(FigureError) -> SVGDocument {
        let steps = profile.steps
        guard !steps.isEmpty else { throw .emptyProfile(formula: profile.formula) }
        guard steps.allSatisfy({ $0.voltageLow != nil }) else {
            throw .noVoltages(formula: profile.formula, openElement: profile.openElement)
        }
        let vMax = resolvedMaximumVoltage
        guard vMax.isFinite, vMax > (profile.criticalVoltages.max() ?? 0), vMax <= InputLimits.voltage else {
            throw .invalidVoltageRange(vMax)
        }
        let open = profile.openElement.symbol
        let fontSize = FigureStyle.fontSize
        let smallSize = FigureStyle.smallFontSize

        // Data ranges.
        let uptakes = steps.map(\.openElementUptake)
        let yRange = Axis.niceRange(lower: min(0, uptakes.min()!), upper: max(0, uptakes.max()!), count: 6)
        let yPad = (yRange.upper - yRange.lower) * 0.12  // room for labels above the top step

        // Layout (the legend height is known only after placement, so place first, then size).
        let plotArea = FigureRect(minX: 78, minY: 62, maxX: width - 24, maxY: 62 + 340)
        let x = Axis(lower: 0, upper: vMax, start: plotArea.minX, end: plotArea.maxX)
        let y = Axis(lower: yRange.lower - yPad * 0.25, upper: yRange.upper + yPad, start: plotArea.maxY, end: plotArea.minY)

        var elements: [SVGElement] = []
        var placer = LabelPlacer(bounds: plotArea.inset(by: -2))

        // Window shading and limit lines.
        let limits = windowLimits
        if let limits {
            let left = x.position(of: min(limits.reduction, vMax))
            let right = x.position(of: min(limits.oxidation ?? vMax, vMax))
            elements.append(.rect(left, plotArea.minY, right - left, plotArea.maxY - plotArea.minY,
                                  fill: FigureStyle.window, opacity: 0.18, className: "window"))
            for limit in [limits.reduction, limits.oxidation].compactMap({ $0 }) where limit <= vMax {
                let px = x.position(of: limit)
                elements.append(.line(px, plotArea.minY, px, plotArea.maxY, stroke: FigureStyle.window, width: 1.2, dash: "5 3"))
            }
        }

        // Axes.
        let frame = PlotFrame(area: plotArea)
        elements += frame.leftAxis(y, title: "\(open) uptake per formula unit of \(profile.formula)", titleX: 20)
        elements += frame.bottomAxis(x, title: "Voltage (\(FigureStyle.voltageUnit(profile.openElement)))")

        // Staircase: one horizontal line per step, dashed risers between.
        var segments: [(x1: Double, x2: Double, y: Double)] = []
        for step in steps {
            let low = step.voltageLow!
            let high = min(step.voltageHigh ?? vMax, vMax)
            segments.append((x.position(of: low), x.position(of: high), y.position(of: step.openElementUptake)))
        }
        var staircase: [SVGElement] = []
        for (index, segment) in segments.enumerated() {
            staircase.append(.line(segment.x1, segment.y, segment.x2, segment.y, stroke: FigureStyle.profile, width: 2.5,
                                   className: "step"))
            placer.obstacles += LabelPlacer.segmentObstacles(segment.x1, segment.y, segment.x2, segment.y, halfWidth: 2)
            if index + 1 < segments.count {
                let next = segments[index + 1]
                staircase.append(.line(segment.x2, segment.y, next.x1, next.y, stroke: FigureStyle.profile, width: 1.2,
                                       className: "riser"))
                placer.obstacles += LabelPlacer.segmentObstacles(segment.x2, segment.y, next.x1, next.y, halfWidth: 1.5)
            }
        }
        elements.append(.group(staircase, className: "staircase"))

        // Window annotations at the top of the plot, outside the staircase.
        var labels: [SVGElement] = []
        if let limits {
            let top = plotArea.minY + 14
            let reductionX = x.position(of: min(limits.reduction, vMax))
            let reductionText = "reduction \(NumberFormat.fixed(limits.reduction, decimals: 2)) V"
            if let placed = placer.place(reductionText, size: smallSize, candidates: [
                LabelCandidate(x: reductionX - 4, y: top, anchor: "end"),
                LabelCandidate(x: reductionX + 4, y: top, anchor: "start"),
                LabelCandidate(x: reductionX - 4, y: top + 14, anchor: "end"),
                LabelCandidate(x: reductionX + 4, y: top + 14, anchor: "start"),
            ], required: true, fill: "#1a5a9c", className: "window-limit") {
                labels.append(placed.element)
            }
            let oxidationText = limits.oxidation.map { "oxidation \(NumberFormat.fixed($0, decimals: 2)) V" } ?? "never oxidised below \(NumberFormat.fixed(vMax, decimals: 2)) V"
            let oxidationX = x.position(of: min(limits.oxidation ?? vMax, vMax))
            if let placed = placer.place(oxidationText, size: smallSize, candidates: [
                LabelCandidate(x: oxidationX + 4, y: top, anchor: "start"),
                LabelCandidate(x: oxidationX - 4, y: top, anchor: "end"),
                LabelCandidate(x: oxidationX + 4, y: top + 14, anchor: "start"),
                LabelCandidate(x: oxidationX - 4, y: top + 14, anchor: "end"),
                LabelCandidate(x: oxidationX + 4, y: top + 28, anchor: "start"),
            ], required: true, fill: "#1a5a9c", className: "window-limit") {
                labels.append(placed.element)
            }
        }

        // Step labels: inline when the step is wide enough, else a number and a legend row.
        // Widest steps first, so that they get the best spots.
        var legendRows: [(number: Int, range: String, products: String)] = []
        var numbered: [Int: Int] = [:]
        let order = segments.indices.sorted { (segments[$0].x2 - segments[$0].x1) > (segments[$1].x2 - segments[$1].x1) }
        var inlinePlaced = Set<Int>()
        for index in order {
            let segment = segments[index]
            let text = Self.label(of: steps[index])
            let textWidth = TextMetrics.width(text, size: fontSize)
            let segmentWidth = segment.x2 - segment.x1
            // A label may overhang a narrow step by up to 60 % of its width, but only above it,
            // where the lower neighbours on the right leave room.
            guard textWidth + 6 <= segmentWidth * 1.6 else { continue }
            let mid = (segment.x1 + segment.x2) / 2
            let fits = textWidth + 6 <= segmentWidth
            let candidates = !fits ? [
                LabelCandidate(x: segment.x1 + 3, y: segment.y - 7, anchor: "start"),
                LabelCandidate(x: mid, y: segment.y - 7, anchor: "middle"),
            ] : [
                LabelCandidate(x: mid, y: segment.y - 7, anchor: "middle"),
                LabelCandidate(x: mid, y: segment.y + 7 + TextMetrics.ascent(size: fontSize), anchor: "middle"),
                LabelCandidate(x: segment.x1 + 3, y: segment.y - 7, anchor: "start"),
                LabelCandidate(x: segment.x2 - 3, y: segment.y - 7, anchor: "end"),
                LabelCandidate(x: segment.x1 + 3, y: segment.y + 7 + TextMetrics.ascent(size: fontSize), anchor: "start"),
                LabelCandidate(x: segment.x2 - 3, y: segment.y + 7 + TextMetrics.ascent(size: fontSize), anchor: "end"),
                LabelCandidate(x: mid, y: segment.y - 21, anchor: "middle"),
            ]
            if let placed = placer.place(text, size: fontSize, candidates: candidates, required: false, className: "step-label") {
                labels.append(placed.element)
                inlinePlaced.insert(index)
            }
        }
        // Numbers for the rest, in voltage order.
        for index in segments.indices where !inlinePlaced.contains(index) {
            let number = legendRows.count + 1
            numbered[index] = number
            let step = steps[index]
            let range = "\(NumberFormat.fixed(step.voltageLow!, decimals: 2))–\(step.voltageHigh.map { NumberFormat.fixed($0, decimals: 2) } ?? "∞") V"
            legendRows.append((number, range, Self.label(of: step)))
            let segment = segments[index]
            let mid = (segment.x1 + segment.x2) / 2
            var candidates: [LabelCandidate] = []
            for lift in [6.0, 20, 34, 48] {
                candidates.append(LabelCandidate(x: mid, y: segment.y - lift, anchor: "middle"))
                candidates.append(LabelCandidate(x: mid, y: segment.y + lift + TextMetrics.ascent(size: fontSize), anchor: "middle"))
            }
            for shift in [8.0, 16, 24] {
                candidates.append(LabelCandidate(x: mid + shift, y: segment.y - 6, anchor: "start"))
                candidates.append(LabelCandidate(x: mid - shift, y: segment.y - 6, anchor: "end"))
                candidates.append(LabelCandidate(x: mid + shift, y: segment.y + 6 + TextMetrics.ascent(size: fontSize), anchor: "start"))
                candidates.append(LabelCandidate(x: mid - shift, y: segment.y + 6 + TextMetrics.ascent(size: fontSize), anchor: "end"))
            }
            if let placed = placer.place("\(number)", size: fontSize, candidates: candidates, required: true,
                                         fill: FigureStyle.profile, className: "step-number") {
                labels.append(placed.element)
                // A leader from a marker that is off its step.
                let box = placed.box
                let centreX = (box.minX + box.maxX) / 2
                if centreX < segment.x1 - 2 || centreX > segment.x2 + 2 || abs((box.minY + box.maxY) / 2 - segment.y) > 18 {
                    let targetY = box.maxY < segment.y ? box.maxY + 1 : box.minY - 1
                    labels.append(.line(centreX, targetY, mid, segment.y, stroke: FigureStyle.profile, width: 0.6))
                }
            }
        }
        elements.append(.group(labels, className: "labels"))

        // Title.
        let titleText = title ?? "Voltage profile of \(profile.formula) vs \(FigureStyle.voltageUnit(profile.openElement).dropFirst("V vs ".count))"
        elements.append(.text(titleText, x: plotArea.minX, y: 24, size: FigureStyle.titleFontSize, weight: "bold", className: "title"))
        var subtitle: [String] = []
        if let limits {
            subtitle.append("stability window \(NumberFormat.fixed(limits.reduction, decimals: 2))–\(limits.oxidation.map { NumberFormat.fixed($0, decimals: 2) } ?? "∞") V (shaded)")
        } else {
            subtitle.append("no zero-uptake step")
        }
        if let window, window.stabilized { subtitle.append("entry first put onto the hull") }
        if let window, window.windowWithinTolerance { subtitle.append("window within uptake tolerance") }
        subtitle.append("last step drawn to \(NumberFormat.fixed(vMax, decimals: 2)) V")
        elements.append(.text(subtitle.joined(separator: "; "), x: plotArea.minX, y: 44, size: smallSize,
                              fill: FigureStyle.secondaryText, className: "subtitle"))

        // Legend below the axis title: number, voltage range, products; one or two columns.
        var height = plotArea.maxY + 56
        if !legendRows.isEmpty {
            let header = "Steps numbered in the plot (products per formula unit of \(profile.formula)):"
            var legend: [SVGElement] = [.text(header, x: plotArea.minX, y: plotArea.maxY + 72, size: smallSize,
                                              fill: FigureStyle.secondaryText, className: "legend")]
            let legendTop = plotArea.maxY + 80
            let rowHeight = 16.0
            let numberWidth = TextMetrics.width("\(legendRows.count)", size: smallSize) + 8
            let rangeWidth = (legendRows.map { TextMetrics.width($0.range, size: smallSize) }.max() ?? 0) + 10
            let widest = numberWidth + rangeWidth + (legendRows.map { TextMetrics.width($0.products, size: smallSize) }.max() ?? 0)
            let columnWidth = (width - plotArea.minX - 24) / 2
            let columns = legendRows.count > 3 && widest + 16 <= columnWidth ? 2 : 1
            let perColumn = (legendRows.count + columns - 1) / columns
            for (offset, row) in legendRows.enumerated() {
                let left = plotArea.minX + Double(offset / perColumn) * columnWidth
                let baseline = legendTop + rowHeight * Double(offset % perColumn) + 11
                legend.append(.text("\(row.number)", x: left, y: baseline, size: smallSize, fill: FigureStyle.profile,
                                    weight: "bold", className: "legend"))
                legend.append(.text(row.range, x: left + numberWidth, y: baseline, size: smallSize,
                                    fill: FigureStyle.secondaryText, className: "legend"))
                legend.append(.text(row.products, x: left + numberWidth + rangeWidth, y: baseline, size: smallSize,
                                    className: "legend"))
            }
            elements.append(.group(legend, className: "legend"))
            height = legendTop + rowHeight * Double(perColumn) + 8
        }

        var document = SVGDocument(width: width, height: height, title: titleText)
        document.append(contentsOf: elements)
        return document
    }

    /// The figure as SVG text.
    public func svg() throws(FigureError) -> String { try document().rendered() }
}
