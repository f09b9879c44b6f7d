import Testing
@testable import Interphase

@Suite("Figures: SVG writer, axes, labels")
struct FiguresSVGDocumentTests {
    @Test("Text and attribute values are XML-escaped, and the document parses")
    func escaping() throws {
        var document = SVGDocument(width: 100, height: 50, title: "a < b & \"c\"")
        document.append(.text("Li3P + 2 Li2O <&> 'x'", x: 10, y: 20))
        document.append(SVGElement("rect", [("data-note", "1 < 2 & \"3\"")]))
        let svg = document.rendered()
        #expect(svg.contains("Li3P + 2 Li2O &lt;&amp;&gt; &apos;x&apos;"))
        #expect(svg.contains("data-note=\"1 &lt; 2 &amp; &quot;3&quot;\""))
        let parsed = try #require(ParsedSVG(svg))
        #expect(parsed.viewBox == [0, 0, 100, 50])
        #expect(parsed.allText == ["Li3P + 2 Li2O <&> 'x'"])
        #expect(SVGDocument.escape("plain") == "plain")
    }

    @Test("Numbers are written compactly: no trailing zeros, no negative zero, 2 decimals")
    func numbers() {
        #expect(NumberFormat.coordinate(12) == "12")
        #expect(NumberFormat.coordinate(3.5) == "3.5")
        #expect(NumberFormat.coordinate(-0.25) == "-0.25")
        #expect(NumberFormat.coordinate(1.23456) == "1.23")
        #expect(NumberFormat.coordinate(-0.001) == "0")
        #expect(NumberFormat.coordinate(0.1 + 0.2) == "0.3")
        #expect(NumberFormat.coordinate(.nan) == "0")
        #expect(NumberFormat.coordinate(2.0 / 3, decimals: 3) == "0.667")
    }

    @Test("Nice ticks: steps of 1, 2, 2.5 or 5 × 10ⁿ covering the range")
    func ticks() {
        #expect(Axis.niceTicks(lower: 0, upper: 5, count: 8) == [0, 1, 2, 3, 4, 5])
        #expect(Axis.niceTicks(lower: -2, upper: 8, count: 6) == [-2, 0, 2, 4, 6, 8])
        #expect(Axis.niceTicks(lower: 0, upper: 0.8, count: 5) == [0, 0.2, 0.4, 0.6, 0.8])
        #expect(Axis.niceStep(0.3) == 0.5)
        #expect(Axis.niceStep(2.2) == 2.5)
        #expect(Axis.niceStep(7) == 10)
        #expect(Axis.niceRange(lower: -1.3, upper: 8.2, count: 6) == (-2, 10))
        #expect(Axis.label(2.5, step: 0.5) == "2.5")
        #expect(Axis.label(-0.0, step: 1) == "0")
        #expect(Axis.label(0.05, step: 0.05) == "0.05")
        let axis = Axis(lower: 0, upper: 5, start: 100, end: 600)
        #expect(axis.position(of: 2) == 300)
        let vertical = Axis(lower: -2, upper: 8, start: 400, end: 0)
        #expect(vertical.position(of: 8) == 0)
        #expect(vertical.position(of: -2) == 400)
    }

    @Test("Label placement: the second label avoids the first, and nothing leaves the bounds")
    func placement() throws {
        var placer = LabelPlacer(bounds: FigureRect(minX: 0, minY: 0, maxX: 200, maxY: 100))
        let candidates = LabelPlacer.around(x: 100, y: 50, radius: 4, size: 12)
        let placedFirst = placer.place("Li3PO4", size: 12, candidates: candidates, required: true)
        let placedSecond = placer.place("Li4P2O7", size: 12, candidates: candidates, required: true)
        let first = try #require(placedFirst)
        let second = try #require(placedSecond)
        #expect(first.isClear && second.isClear)
        #expect(first.box.overlapArea(with: second.box) == 0)
        #expect(placer.bounds.contains(first.box) && placer.bounds.contains(second.box))
        // A label that fits nowhere: optional → skipped; required → shifted inside the bounds.
        var tight = LabelPlacer(bounds: FigureRect(minX: 0, minY: 0, maxX: 40, maxY: 20))
        let skipped = tight.place("a long label", size: 12, candidates: [LabelCandidate(x: 0, y: 12, anchor: "start")], required: false)
        #expect(skipped == nil)
        let placedForced = tight.place("Li", size: 12, candidates: [LabelCandidate(x: 39, y: 12, anchor: "start")], required: true)
        let forced = try #require(placedForced)
        #expect(tight.bounds.contains(forced.box))
    }

    @Test("Product labels as chemists write them")
    func productLabels() {
        let products = [PhaseAmount(id: nil, formula: "Li3P", amount: 1), PhaseAmount(id: nil, formula: "Li3N", amount: 1),
                        PhaseAmount(id: nil, formula: "Li2O", amount: 2.0000000001)]
        #expect(FigureStyle.products(products) == "Li3P + Li3N + 2 Li2O")
        #expect(FigureStyle.products([PhaseAmount(id: nil, formula: "N2", amount: 1.0 / 3)]) == "0.333 N2")
        #expect(FigureStyle.products([]) == "–")
        #expect(FigureStyle.voltageUnit(Element(symbol: "Li")!) == "V vs Li/Li⁺")
        #expect(FigureStyle.voltageUnit(Element(symbol: "Mg")!) == "V vs Mg/Mg²⁺")
        #expect(FigureStyle.viridis(0) == "#440154")
        #expect(FigureStyle.viridis(1) == "#fde725")
    }
}
