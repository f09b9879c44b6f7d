/// The electrochemical stability windows of many materials as horizontal bars on one voltage
/// axis (in the manner of Zhu, He & Mo, ACS Appl. Mater. Interfaces 7, 23685 (2015), Fig. 1):
/// each bar spans the zero-uptake range; the reduction products are written at its left end
/// and the oxidation products at its right end, the limits' values beside them, and optional
/// error bars show the uncertainty of each limit.
///
/// ```swift
/// let windows = try formulas.map { try diagram.stabilityWindow(of: Composition(parsing: $0), openElement: li) }
/// let svg = try StabilityWindowsFigure(windows: windows).svg()
/// ```
public struct StabilityWindowsFigure: Sendable {
    /// The uncertainty of one limit: an interval of voltages (V), e.g. the 5th and 95th
    /// percentiles of the limit over an ensemble of perturbed energies, drawn as an error bar.
    package struct Uncertainty: Sendable, Equatable {
        /// Lower end (V), e.g. the 5th percentile.
        package var lower: Double
        /// Upper end (V), e.g. the 95th percentile.
        package var upper: Double

        /// An interval `lower...upper` (V).
        package init(lower: Double, upper: Double) {
            self.lower = min(lower, upper)
            self.upper = max(lower, upper)
        }

        /// A limit's spread below and above it (V, both ≥ 0): `value − lowSpread ... value + highSpread`.
        package init(around value: Double, lowSpread: Double, highSpread: Double) {
            self.init(lower: value - abs(lowSpread), upper: value + abs(highSpread))
        }
    }

    /// One material's bar.
    package struct Bar: Sendable, Equatable {
        /// The material's name as shown (its formula, or a longer name).
        package var name: String
        /// Reduction limit (V); 0 when stable against the metal.
        package var reductionLimit: Double
        /// Oxidation limit (V); `nil` when never oxidised (the bar runs to the axis end).
        package var oxidationLimit: Double?
        /// The products beyond the reduction limit, as shown (`Li3P + Li2O`), empty for none.
        package var reductionProducts: String
        /// The products beyond the oxidation limit, as shown, empty for none.
        package var oxidationProducts: String
        /// Error bar of the reduction limit, or `nil`.
        package var reductionUncertainty: Uncertainty?
        /// Error bar of the oxidation limit, or `nil`.
        package var oxidationUncertainty: Uncertainty?

        /// A bar from explicit values.
        package init(
            name: String, reductionLimit: Double, oxidationLimit: Double?,
            reductionProducts: String = "", oxidationProducts: String = "",
            reductionUncertainty: Uncertainty? = nil, oxidationUncertainty: Uncertainty? = nil
        ) {
            self.name = name
            self.reductionLimit = reductionLimit
            self.oxidationLimit = oxidationLimit
            self.reductionProducts = reductionProducts
            self.oxidationProducts = oxidationProducts
            self.reductionUncertainty = reductionUncertainty
            self.oxidationUncertainty = oxidationUncertainty
        }

        /// The bar of a computed window; products are written without amounts (`Li3P, Li2O`),
        /// as in Zhu et al.
        ///
        /// - Throws: ``FigureError/noVoltages(formula:openElement:)`` for a non-metal open element.
        package init(window: StabilityWindow) throws(FigureError) {
            guard let reduction = window.reductionLimitVoltage else {
                throw .noVoltages(formula: window.formula, openElement: window.openElement)
            }
            self.init(name: window.formula, reductionLimit: reduction, oxidationLimit: window.oxidationLimitVoltage,
                      reductionProducts: window.reductionProducts.map(\.formula).joined(separator: ", "),
                      oxidationProducts: window.oxidationProducts.map(\.formula).joined(separator: ", "))
        }
    }

    /// A voltage marked across every bar: a dashed vertical line named at its top (an
    /// electrode's potential, `Li metal 0 V`, `LiNi0.5Mn1.5O4 4.7 V`).
    package struct Marker: Sendable, Equatable {
        /// The name shown above the line.
        package var name: String
        /// The voltage (V).
        package var voltage: Double

        /// A marker at `voltage` named `name`.
        package init(name: String, voltage: Double) {
            self.name = name
            self.voltage = voltage
        }
    }

    /// The bars, top to bottom.
    package var bars: [Bar]
    /// Voltages marked across the bars (none by default).
    package var markers: [Marker] = []
    /// The working ion (for the axis unit).
    package var openElement: Element
    /// The right end of the voltage axis (V); `nil` = max(5, largest limit + 0.5), rounded up to
    /// a whole volt.
    package var maximumVoltage: Double?
    /// Canvas width (user units).
    package var width: Double = 900
    /// Title.
    package var title = "Electrochemical stability windows"

    /// A figure of explicit bars.
    package init(bars: [Bar], openElement: Element, maximumVoltage: Double? = nil) {
        self.bars = bars
        self.openElement = openElement
        self.maximumVoltage = maximumVoltage
    }

    /// A figure of computed windows (all must share one open element, which must be a metal).
    ///
    /// - Throws: ``FigureError/noData(_:)`` for no windows, ``FigureError/noVoltages(formula:openElement:)``.
    public init(windows: [StabilityWindow], maximumVoltage: Double? = nil) throws(FigureError) {
        guard let first = windows.first else { throw .noData("no stability windows") }
        var bars: [Bar] = []
        for window in windows { bars.append(try Bar(window: window)) }
        self.init(bars: bars, openElement: first.openElement, maximumVoltage: maximumVoltage)
    }

    /// The right end of the axis (V).
    var resolvedMaximumVoltage: Double {
        if let maximumVoltage { return maximumVoltage }
        let largest = bars.flatMap { bar in
            [bar.reductionLimit, bar.oxidationLimit ?? 0, bar.reductionUncertainty?.upper ?? 0, bar.oxidationUncertainty?.upper ?? 0]
        }.max() ?? 0
        return max(5, (largest + 0.5).rounded(.up))
    }

    /// The line of each marker's name above the plot (0 = lowest): names right of their line in
    /// the left half of the axis, left of it in the right half, each on the first line where it
    /// overlaps no name already placed. `markers` are (voltage, name width); `span` the axis length.
    static func levels(of markers: [(voltage: Double, width: Double)], vMax: Double, span: Double) -> [Int] {
        var placed: [(level: Int, from: Double, to: Double)] = []
        return markers.map { marker in
            let position = marker.voltage / vMax * span
            let from = marker.voltage < vMax / 2 ? position : position - marker.width - 6
            let to = from + marker.width + 6
            var level = 0
            while placed.contains(where: { $0.level == level && $0.from < to && from < $0.to }) { level += 1 }
            placed.append((level, from, to))
            return level
        }
    }

    /// The figure as an SVG document.
    ///
    /// - Throws: ``FigureError/noData(_:)`` for no bars, ``FigureError/invalidVoltageRange(_:)``.
    func document() throws(FigureError) -> SVGDocument {
        guard !bars.isEmpty else { throw .noData("no stability windows") }
        let vMax = resolvedMaximumVoltage
        guard vMax.isFinite, vMax > 0, vMax <= InputLimits.voltage else { throw .invalidVoltageRange(vMax) }
        let nameSize = FigureStyle.fontSize
        let small = FigureStyle.smallFontSize
        let rowHeight = 50.0
        let nameWidth = bars.map { TextMetrics.width($0.name, size: nameSize) }.max() ?? 0
        // Marker names, each on the first line above the plot where it overlaps no other.
        let markerLevels = Self.levels(of: markers.map { ($0.voltage, TextMetrics.width($0.name, size: small)) }, vMax: vMax,
                                       span: width - nameWidth - 60)
        let top = 66 + 13 * Double(max((markerLevels.max() ?? 0), 0))
        let plotArea = FigureRect(minX: nameWidth + 30, minY: top, maxX: width - 30,
                                  maxY: top + rowHeight * Double(bars.count) + 8)
        let x = Axis(lower: 0, upper: vMax, start: plotArea.minX, end: plotArea.maxX)
        let height = plotArea.maxY + 56

        var body: [SVGElement] = PlotFrame(area: plotArea).bottomAxis(
            x, title: "Voltage (\(FigureStyle.voltageUnit(openElement)))", tickCount: Axis.tickCount(oneAVoltUpTo: vMax))
        var placer = LabelPlacer(bounds: FigureRect(minX: plotArea.minX - 2, minY: plotArea.minY - 10,
                                                    maxX: plotArea.maxX, maxY: plotArea.maxY - 1))
        var rows: [SVGElement] = []
        var labels: [SVGElement] = []

        // Bars and error bars first (obstacles for every label).
        let barHeight = 12.0
        var geometry: [(left: Double, right: Double, centre: Double)] = []
        for (row, bar) in bars.enumerated() {
            let centre = plotArea.minY + rowHeight * (Double(row) + 0.5) + 2
            let left = x.position(of: min(bar.reductionLimit, vMax))
            let right = x.position(of: min(bar.oxidationLimit ?? vMax, vMax))
            geometry.append((left, right, centre))
            if row % 2 == 1 {
                rows.append(.rect(plotArea.minX - nameWidth - 26, centre - rowHeight / 2, width - 30 - (plotArea.minX - nameWidth - 26),
                                  rowHeight, fill: "#000", opacity: 0.035))
            }
            rows.append(.rect(left, centre - barHeight / 2, max(right - left, 1.5), barHeight, fill: FigureStyle.window,
                              stroke: "#1a5a9c", className: "window-bar"))
            if bar.oxidationLimit == nil {  // open end
                rows.append(.polygon([(right, centre - 8), (right + 8, centre), (right, centre + 8)], fill: "#1a5a9c"))
            }
            placer.obstacles.append(FigureRect(minX: left, minY: centre - barHeight / 2, maxX: right + (bar.oxidationLimit == nil ? 8 : 0),
                                               maxY: centre + barHeight / 2))
            for uncertainty in [bar.reductionUncertainty, bar.oxidationUncertainty].compactMap({ $0 }) {
                let a = x.position(of: min(uncertainty.lower, vMax)), b = x.position(of: min(uncertainty.upper, vMax))
                rows.append(.line(a, centre, b, centre, stroke: "#111", width: 1.4, className: "error-bar"))
                rows.append(.line(a, centre - 5, a, centre + 5, stroke: "#111", width: 1.4))
                rows.append(.line(b, centre - 5, b, centre + 5, stroke: "#111", width: 1.4))
                placer.obstacles.append(FigureRect(minX: a - 1, minY: centre - 6, maxX: b + 1, maxY: centre + 6))
            }
            rows.append(.text(bar.name, x: plotArea.minX - 12, y: centre + 4, size: nameSize, anchor: "end",
                              weight: "bold", className: "material"))
        }

        // Limit values beside the ends, then the products under (or over) them.
        let above = centre(offset: -barHeight / 2 - 4)
        let below = centre(offset: barHeight / 2 + 3 + TextMetrics.ascent(size: small))
        for (row, bar) in bars.enumerated() {
            let (left, right, c) = geometry[row]
            let mid = c + 4
            let reductionValue = NumberFormat.fixed(bar.reductionLimit, decimals: 2)
            if let placed = placer.place(reductionValue, size: small, candidates: [
                LabelCandidate(x: left - 4, y: mid, anchor: "end"),
                LabelCandidate(x: left, y: above(c), anchor: "start"),
                LabelCandidate(x: left, y: above(c), anchor: "end"),
            ], required: true, fill: "#1a5a9c", className: "limit") { labels.append(placed.element) }
            let oxidationValue = bar.oxidationLimit.map { NumberFormat.fixed($0, decimals: 2) } ?? "> \(NumberFormat.fixed(vMax, decimals: 2))"
            if let placed = placer.place(oxidationValue, size: small, candidates: [
                LabelCandidate(x: right + (bar.oxidationLimit == nil ? 12 : 4), y: mid, anchor: "start"),
                LabelCandidate(x: right, y: above(c), anchor: "end"),
                LabelCandidate(x: right, y: above(c), anchor: "start"),
                LabelCandidate(x: right - 4, y: mid, anchor: "end"),
            ], required: true, fill: "#1a5a9c", className: "limit") { labels.append(placed.element) }
        }
        for (row, bar) in bars.enumerated() {
            let (left, right, c) = geometry[row]
            if !bar.reductionProducts.isEmpty, let placed = placer.place(bar.reductionProducts, size: small, candidates: [
                LabelCandidate(x: left, y: below(c), anchor: "start"),
                LabelCandidate(x: left, y: below(c), anchor: "end"),
                LabelCandidate(x: left - 4, y: above(c), anchor: "end"),
                LabelCandidate(x: left, y: above(c), anchor: "start"),
            ], required: true, className: "reduction-products") { labels.append(placed.element) }
            if !bar.oxidationProducts.isEmpty, let placed = placer.place(bar.oxidationProducts, size: small, candidates: [
                LabelCandidate(x: right, y: below(c), anchor: "end"),
                LabelCandidate(x: right, y: below(c), anchor: "start"),
                LabelCandidate(x: right + 4, y: above(c), anchor: "start"),
                LabelCandidate(x: right, y: above(c), anchor: "end"),
            ], required: true, className: "oxidation-products") { labels.append(placed.element) }
        }
        var lines: [SVGElement] = []
        for (marker, level) in zip(markers, markerLevels) where marker.voltage >= 0 && marker.voltage <= vMax {
            let position = x.position(of: marker.voltage)
            let labelY = plotArea.minY - 5 - 13 * Double(level)
            lines.append(.line(position, plotArea.minY, position, plotArea.maxY, stroke: "#b03a2e", width: 1.4, dash: "5 4"))
            lines.append(.text(marker.name, x: position + (marker.voltage < vMax / 2 ? 3 : -3), y: labelY, size: small,
                               anchor: marker.voltage < vMax / 2 ? "start" : "end", fill: "#b03a2e", className: "marker"))
        }
        body.append(.group(rows, className: "bars"))
        if !lines.isEmpty { body.append(.group(lines, className: "markers")) }
        body.append(.group(labels, className: "labels"))
        body.append(.text(title, x: 20, y: 26, size: FigureStyle.titleFontSize, weight: "bold", className: "title"))
        var subtitle = "bars: zero uptake of \(openElement.symbol); reduction products at the left end, oxidation products at the right"
        if bars.contains(where: { $0.reductionUncertainty != nil || $0.oxidationUncertainty != nil }) {
            subtitle += "; error bars: uncertainty of each limit"
        }
        body.append(.text(subtitle, x: 20, y: 44, size: small, fill: FigureStyle.secondaryText, className: "subtitle"))

        var document = SVGDocument(width: width, height: height, title: title)
        document.append(contentsOf: body)
        return document
    }

    /// A function giving a baseline `offset` from a bar's centre line.
    private func centre(offset: Double) -> (Double) -> Double { { $0 + offset } }

    /// The figure as SVG text.
    public func svg() throws(FigureError) -> String { try document().rendered() }
}
