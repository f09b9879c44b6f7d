import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Interphase

/// An SVG parsed back with Foundation's XMLParser: the viewBox, every element's name and
/// attributes, and every text element's content and anchor point.
struct ParsedSVG {
    struct Node {
        var name: String
        var attributes: [String: String]
    }

    struct Text {
        var content: String
        var x: Double
        var y: Double
        var size: Double
        var anchor: String
        var className: String?
        var rotated: Bool

        /// The box the text covers, by the library's own width estimate (unrotated text only).
        var box: FigureRect {
            LabelPlacer.box(of: content, size: size, at: LabelCandidate(x: x, y: y, anchor: anchor))
        }
    }

    var viewBox: [Double] = []
    var nodes: [Node] = []
    var texts: [Text] = []

    /// Parses `svg`; `nil` when it is not well-formed XML.
    init?(_ svg: String) {
        let delegate = Delegate()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = delegate
        guard parser.parse() else { return nil }
        nodes = delegate.nodes
        texts = delegate.texts
        viewBox = (delegate.nodes.first { $0.name == "svg" }?.attributes["viewBox"] ?? "")
            .split(separator: " ").compactMap { Double($0) }
    }

    /// Elements with `class` = `className`.
    func nodes(ofClass className: String) -> [Node] { nodes.filter { $0.attributes["class"] == className } }

    /// Text contents with `class` = `className`.
    func texts(ofClass className: String) -> [String] { texts.filter { $0.className == className }.map(\.content) }

    /// All text contents.
    var allText: [String] { texts.map(\.content) }

    /// Texts whose anchor point lies outside the viewBox.
    var textsOutsideViewBox: [Text] {
        guard viewBox.count == 4 else { return texts }
        return texts.filter { !($0.x >= viewBox[0] && $0.x <= viewBox[0] + viewBox[2] && $0.y >= viewBox[1] && $0.y <= viewBox[1] + viewBox[3]) }
    }

    /// Unrotated texts whose estimated box extends past the viewBox.
    var textBoxesOutsideViewBox: [Text] {
        guard viewBox.count == 4 else { return texts }
        let canvas = FigureRect(minX: viewBox[0], minY: viewBox[1], maxX: viewBox[0] + viewBox[2], maxY: viewBox[1] + viewBox[3])
        return texts.filter { !$0.rotated && !canvas.contains($0.box) }
    }

    /// Pairs of texts of the given classes whose estimated boxes overlap.
    func overlappingTexts(classes: Set<String>) -> [(String, String)] {
        let labels = texts.filter { !$0.rotated && $0.className.map(classes.contains) == true }
        var pairs: [(String, String)] = []
        for i in labels.indices {
            for j in labels.indices where j > i && labels[i].box.overlapArea(with: labels[j].box) > 0 {
                pairs.append((labels[i].content, labels[j].content))
            }
        }
        return pairs
    }

    /// `x1, y1, x2, y2` of a line node.
    static func endpoints(_ node: Node) -> [Double] {
        ["x1", "y1", "x2", "y2"].map { Double(node.attributes[$0] ?? "") ?? .nan }
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var nodes: [Node] = []
        var texts: [Text] = []
        private var openText: (attributes: [String: String], content: String)?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            nodes.append(Node(name: elementName, attributes: attributeDict))
            if elementName == "text" { openText = (attributeDict, "") }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            openText?.content += string
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            guard elementName == "text", let open = openText else { return }
            let a = open.attributes
            texts.append(Text(content: open.content, x: Double(a["x"] ?? "") ?? .nan, y: Double(a["y"] ?? "") ?? .nan,
                              size: Double(a["font-size"] ?? "") ?? FigureStyle.fontSize,
                              anchor: a["text-anchor"] ?? "start", className: a["class"],
                              rotated: a["transform"] != nil))
            openText = nil
        }
    }
}
