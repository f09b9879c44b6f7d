/// A vertical colour bar of the viridis map from 0 (bottom) to `maximum` (top), with ticks to
/// its right and a rotated title to the right of those.
struct ColourBar: Sendable {
    /// Left edge of the bar.
    var x: Double
    /// Top edge.
    var top: Double
    /// Bar height.
    var height: Double
    /// The value at the top.
    var maximum: Double
    /// The quantity and its unit.
    var title: String
    /// Bar width.
    var width = 14.0

    /// The gradient definition, the bar, its ticks and title; `id` names the gradient.
    func elements(id: String) -> [SVGElement] {
        var stops: [SVGElement] = []
        for step in 0...10 {
            let t = Double(step) / 10
            // offset 0 = top of the bar = maximum.
            stops.append(SVGElement("stop", [("offset", NumberFormat.coordinate(t)), ("stop-color", FigureStyle.viridis(1 - t))]))
        }
        let gradient = SVGElement("linearGradient", [("id", id), ("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "1")],
                                  children: stops)
        var elements: [SVGElement] = [SVGElement("defs", children: [gradient])]
        var bar = SVGElement.rect(x, top, width, height, fill: "url(#\(id))", stroke: "#333", className: "colour-bar")
        bar.attributes.append((name: "stroke-width", value: "0.8"))
        elements.append(bar)
        let axis = Axis(lower: 0, upper: maximum, start: top + height, end: top)
        let ticks = axis.ticks(count: 5)
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : maximum
        for tick in ticks {
            let y = axis.position(of: tick)
            elements.append(.line(x + width, y, x + width + 4, y, stroke: "#333"))
            elements.append(.text(Axis.label(tick, step: step), x: x + width + 7, y: y + 4, size: FigureStyle.smallFontSize,
                                  className: "tick"))
        }
        elements.append(.text(title, x: x + width + 48, y: top + height / 2, size: FigureStyle.smallFontSize,
                              anchor: "middle", rotation: 90, className: "axis-title"))
        return elements
    }
}
