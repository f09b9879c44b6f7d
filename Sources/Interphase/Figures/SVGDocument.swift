/// A whole SVG image: a canvas of `width` × `height` user units (viewBox `0 0 width height`),
/// a white background and a list of elements.
struct SVGDocument: Sendable {
    /// Canvas width (user units = CSS pixels at 100 %).
    var width: Double
    /// Canvas height.
    var height: Double
    /// The `<title>` of the image (accessible name).
    var title: String?
    /// The elements, drawn in order.
    var elements: [SVGElement] = []

    /// An empty document.
    init(width: Double, height: Double, title: String? = nil) {
        self.width = width
        self.height = height
        self.title = title
    }

    /// Appends an element.
    mutating func append(_ element: SVGElement) { elements.append(element) }

    /// Appends elements.
    mutating func append(contentsOf elements: [SVGElement]) { self.elements.append(contentsOf: elements) }

    /// The document as an SVG 1.1 file (UTF-8 text with an XML declaration and a final newline).
    func rendered() -> String {
        let w = NumberFormat.coordinate(width)
        let h = NumberFormat.coordinate(height)
        var children: [SVGElement] = []
        if let title { children.append(SVGElement("title", text: title)) }
        children.append(.rect(0, 0, width, height, fill: "#fff"))
        children.append(contentsOf: elements)
        let root = SVGElement("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("version", "1.1"),
            ("width", w), ("height", h), ("viewBox", "0 0 \(w) \(h)"),
            ("font-family", FigureStyle.fontFamily),
        ], children: children)
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.rendered() + "\n"
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by XML entities.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
