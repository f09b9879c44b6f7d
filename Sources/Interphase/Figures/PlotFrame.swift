/// Axis lines, ticks, tick labels and grid lines of a rectangular plot area.
struct PlotFrame: Sendable {
    /// The plot area (canvas coordinates).
    var area: FigureRect

    /// A horizontal axis along the bottom of the area: ticks, labels below, vertical grid
    /// lines, and the axis title centred under the labels.
    func bottomAxis(_ axis: Axis, title: String, tickCount: Int = 8) -> [SVGElement] {
        var elements: [SVGElement] = []
        let ticks = axis.ticks(count: tickCount)
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        for tick in ticks {
            let x = axis.position(of: tick)
            elements.append(.line(x, area.minY, x, area.maxY, stroke: FigureStyle.grid, width: 0.8))
            elements.append(.line(x, area.maxY, x, area.maxY + 5, stroke: FigureStyle.ink))
            elements.append(.text(Axis.label(tick, step: step), x: x, y: area.maxY + 18, size: FigureStyle.fontSize,
                                  anchor: "middle", className: "tick"))
        }
        elements.append(.line(area.minX, area.maxY, area.maxX, area.maxY, stroke: FigureStyle.ink))
        elements.append(.text(title, x: (area.minX + area.maxX) / 2, y: area.maxY + 38,
                              size: FigureStyle.axisLabelFontSize, anchor: "middle", className: "axis-title"))
        return elements
    }

    /// A vertical axis along the left of the area: ticks, labels left, horizontal grid lines,
    /// and the axis title rotated along the left edge of the canvas at `titleX`.
    func leftAxis(_ axis: Axis, title: String, titleX: Double, tickCount: Int = 6) -> [SVGElement] {
        var elements: [SVGElement] = []
        let ticks = axis.ticks(count: tickCount)
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        for tick in ticks {
            let y = axis.position(of: tick)
            elements.append(.line(area.minX, y, area.maxX, y, stroke: tick == 0 ? "#999" : FigureStyle.grid,
                                  width: tick == 0 ? 1 : 0.8))
            elements.append(.line(area.minX - 5, y, area.minX, y, stroke: FigureStyle.ink))
            elements.append(.text(Axis.label(tick, step: step), x: area.minX - 8, y: y + 4, size: FigureStyle.fontSize,
                                  anchor: "end", className: "tick"))
        }
        elements.append(.line(area.minX, area.minY, area.minX, area.maxY, stroke: FigureStyle.ink))
        elements.append(.text(title, x: titleX, y: (area.minY + area.maxY) / 2, size: FigureStyle.axisLabelFontSize,
                              anchor: "middle", rotation: -90, className: "axis-title"))
        return elements
    }
}
