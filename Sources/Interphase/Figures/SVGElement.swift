/// One SVG element: a name, attributes in the order given, optional text and children.
///
/// A tiny writer of our own (no dependency): enough for line art, shapes and text. Text and
/// attribute values are XML-escaped when rendered; numbers are written compactly
/// (``NumberFormat/coordinate(_:decimals:)``).
struct SVGElement: Sendable, Equatable {
    /// The tag name (`line`, `text`, `g`, ...).
    var name: String
    /// Attributes, rendered in this order.
    var attributes: [(name: String, value: String)]
    /// Character data (escaped when rendered), written before the children.
    var text: String?
    /// Child elements.
    var children: [SVGElement]

    /// An element.
    init(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil, children: [SVGElement] = []) {
        self.name = name
        self.attributes = attributes.map { (name: $0.0, value: $0.1) }
        self.text = text
        self.children = children
    }

    static func == (lhs: SVGElement, rhs: SVGElement) -> Bool {
        lhs.name == rhs.name && lhs.text == rhs.text && lhs.children == rhs.children
            && lhs.attributes.count == rhs.attributes.count
            && zip(lhs.attributes, rhs.attributes).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }

    /// The element as XML, indented by `depth` levels.
    func rendered(depth: Int = 0) -> String {
        let indent = String(repeating: "  ", count: depth)
        var startTag = indent + "<" + name
        for attribute in attributes {
            startTag += " \(attribute.name)=\"\(SVGDocument.escape(attribute.value))\""
        }
        if text == nil && children.isEmpty { return startTag + "/>" }
        if children.isEmpty { return startTag + ">" + SVGDocument.escape(text ?? "") + "</\(name)>" }
        var lines = [startTag + ">" + (text.map(SVGDocument.escape) ?? "")]
        lines.append(contentsOf: children.map { $0.rendered(depth: depth + 1) })
        lines.append(indent + "</\(name)>")
        return lines.joined(separator: "\n")
    }

    /// A straight line from (x1, y1) to (x2, y2).
    static func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double,
        stroke: String = "#000", width: Double = 1, dash: String? = nil, className: String? = nil
    ) -> SVGElement {
        var attributes: [(String, String)] = [
            ("x1", NumberFormat.coordinate(x1)), ("y1", NumberFormat.coordinate(y1)),
            ("x2", NumberFormat.coordinate(x2)), ("y2", NumberFormat.coordinate(y2)),
            ("stroke", stroke), ("stroke-width", NumberFormat.coordinate(width)),
        ]
        if let dash { attributes.append(("stroke-dasharray", dash)) }
        if let className { attributes.insert(("class", className), at: 0) }
        return SVGElement("line", attributes)
    }

    /// A rectangle with its top-left corner at (x, y).
    static func rect(
        _ x: Double, _ y: Double, _ width: Double, _ height: Double,
        fill: String, stroke: String? = nil, opacity: Double? = nil, className: String? = nil
    ) -> SVGElement {
        var attributes: [(String, String)] = [
            ("x", NumberFormat.coordinate(x)), ("y", NumberFormat.coordinate(y)),
            ("width", NumberFormat.coordinate(max(0, width))), ("height", NumberFormat.coordinate(max(0, height))),
            ("fill", fill),
        ]
        if let stroke { attributes.append(("stroke", stroke)) }
        if let opacity { attributes.append(("fill-opacity", NumberFormat.coordinate(opacity))) }
        if let className { attributes.insert(("class", className), at: 0) }
        return SVGElement("rect", attributes)
    }

    /// A circle centred at (cx, cy).
    static func circle(
        _ cx: Double, _ cy: Double, radius: Double, fill: String, stroke: String? = nil, className: String? = nil
    ) -> SVGElement {
        var attributes: [(String, String)] = [
            ("cx", NumberFormat.coordinate(cx)), ("cy", NumberFormat.coordinate(cy)), ("r", NumberFormat.coordinate(radius)), ("fill", fill),
        ]
        if let stroke { attributes.append(("stroke", stroke)) }
        if let className { attributes.insert(("class", className), at: 0) }
        return SVGElement("circle", attributes)
    }

    /// An open polyline through `points`.
    static func polyline(
        _ points: [(x: Double, y: Double)], stroke: String = "#000", width: Double = 1, className: String? = nil
    ) -> SVGElement {
        var attributes: [(String, String)] = [
            ("points", points.map { "\(NumberFormat.coordinate($0.x)),\(NumberFormat.coordinate($0.y))" }.joined(separator: " ")),
            ("fill", "none"), ("stroke", stroke), ("stroke-width", NumberFormat.coordinate(width)),
            ("stroke-linejoin", "round"),
        ]
        if let className { attributes.insert(("class", className), at: 0) }
        return SVGElement("polyline", attributes)
    }

    /// A closed polygon through `points`.
    static func polygon(
        _ points: [(x: Double, y: Double)], fill: String, stroke: String? = nil, width: Double = 1
    ) -> SVGElement {
        var attributes: [(String, String)] = [
            ("points", points.map { "\(NumberFormat.coordinate($0.x)),\(NumberFormat.coordinate($0.y))" }.joined(separator: " ")),
            ("fill", fill),
        ]
        if let stroke { attributes += [("stroke", stroke), ("stroke-width", NumberFormat.coordinate(width))] }
        return SVGElement("polygon", attributes)
    }

    /// Text whose anchor point is (x, y) (the baseline; `anchor` is `start`, `middle` or `end`),
    /// optionally rotated by `rotation` degrees about that point.
    static func text(
        _ content: String, x: Double, y: Double, size: Double = FigureStyle.fontSize,
        anchor: String = "start", fill: String = "#000", weight: String? = nil,
        rotation: Double? = nil, className: String? = nil
    ) -> SVGElement {
        var attributes: [(String, String)] = [
            ("x", NumberFormat.coordinate(x)), ("y", NumberFormat.coordinate(y)), ("font-size", NumberFormat.coordinate(size)),
        ]
        if anchor != "start" { attributes.append(("text-anchor", anchor)) }
        if fill != "#000" { attributes.append(("fill", fill)) }
        if let weight { attributes.append(("font-weight", weight)) }
        if let rotation {
            attributes.append(("transform", "rotate(\(NumberFormat.coordinate(rotation)) \(NumberFormat.coordinate(x)) \(NumberFormat.coordinate(y)))"))
        }
        if let className { attributes.insert(("class", className), at: 0) }
        return SVGElement("text", attributes, text: content)
    }

    /// A group of elements (`<g>`), optionally with a class.
    static func group(_ children: [SVGElement], className: String? = nil) -> SVGElement {
        SVGElement("g", className.map { [("class", $0)] } ?? [], children: children)
    }
}
