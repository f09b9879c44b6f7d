import Foundation

/// A minimal SVG plot of an interface reaction: ΔE (eV/atom) against x, the kinks marked and
/// labelled with their products, the most exothermic one in red. Self-contained (Foundation
/// only) until the project's shared figure writer lands.
public struct InterfaceReactionFigure: Sendable {
    /// The reaction to draw.
    public var reaction: InterfaceReaction
    /// Width and height in SVG user units (px).
    public var width: Double, height: Double

    /// A figure of `reaction`.
    /// - Parameters:
    ///   - reaction: The result of ``PhaseDiagram/interfaceReaction(_:_:formulaA:formulaB:openElement:)``.
    ///   - width: Width in SVG user units (px).
    ///   - height: Height in SVG user units (px).
    public init(_ reaction: InterfaceReaction, width: Double = 720, height: Double = 440) {
        self.reaction = reaction
        self.width = width
        self.height = height
    }

    /// The SVG document.
    public var svg: String {
        let left = 80.0, right = 30.0, top = 40.0, bottom = 60.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let energies = reaction.kinks.map(\.energyPerAtom)
        var low = min(energies.min() ?? 0, 0), high = max(energies.max() ?? 0, 0)
        if high - low < 1e-6 { low -= 0.05; high += 0.05 }
        let pad = 0.12 * (high - low)
        low -= pad; high += pad
        func px(_ x: Double) -> Double { left + x * plotWidth }
        func py(_ e: Double) -> Double { top + (high - e) / (high - low) * plotHeight }
        func n(_ v: Double) -> String { String(format: "%.2f", v) }

        var out = ""
        out += #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(n(width))" height="\#(n(height))" viewBox="0 0 \#(n(width)) \#(n(height))" font-family="Helvetica, Arial, sans-serif" font-size="12">"# + "\n"
        out += #"<rect width="100%" height="100%" fill="white"/>"# + "\n"
        let title = "\(reaction.reactantA) | \(reaction.reactantB)" + (reaction.voltage.map { " at \(String(format: "%.3g", $0)) V vs \(reaction.openElement?.symbol ?? "")" } ?? "")
        out += #"<text x="\#(n(left))" y="\#(n(top - 16))" font-size="14">\#(escape(title))</text>"# + "\n"
        // Axes, zero line, ticks.
        out += #"<rect x="\#(n(left))" y="\#(n(top))" width="\#(n(plotWidth))" height="\#(n(plotHeight))" fill="none" stroke="black"/>"# + "\n"
        out += #"<line x1="\#(n(left))" y1="\#(n(py(0)))" x2="\#(n(left + plotWidth))" y2="\#(n(py(0)))" stroke="gray" stroke-dasharray="4 3"/>"# + "\n"
        for tick in stride(from: 0.0, through: 1.0001, by: 0.2) {
            out += #"<line x1="\#(n(px(tick)))" y1="\#(n(top + plotHeight))" x2="\#(n(px(tick)))" y2="\#(n(top + plotHeight + 5))" stroke="black"/>"# + "\n"
            out += #"<text x="\#(n(px(tick)))" y="\#(n(top + plotHeight + 18))" text-anchor="middle">\#(String(format: "%.1f", tick))</text>"# + "\n"
        }
        let step = Self.niceStep((high - low) / 5)
        var tick = (low / step).rounded(.up) * step
        while tick <= high {
            out += #"<line x1="\#(n(left - 5))" y1="\#(n(py(tick)))" x2="\#(n(left))" y2="\#(n(py(tick)))" stroke="black"/>"# + "\n"
            out += #"<text x="\#(n(left - 8))" y="\#(n(py(tick) + 4))" text-anchor="end">\#(String(format: "%.2f", abs(tick) < step / 1e6 ? 0 : tick))</text>"# + "\n"
            tick += step
        }
        out += #"<text x="\#(n(left + plotWidth / 2))" y="\#(n(height - 16))" text-anchor="middle">\#(escape("x in x·\(reaction.reactantA) + (1 − x)·\(reaction.reactantB) (atom fraction)"))</text>"# + "\n"
        let yLabel = reaction.openElement == nil ? "ΔE_rxn (eV/atom)" : "ΔΦ_rxn (eV per closed atom)"
        out += #"<text transform="translate(22 \#(n(top + plotHeight / 2))) rotate(-90)" text-anchor="middle">\#(escape(yLabel))</text>"# + "\n"
        // The curve and the kinks.
        let points = reaction.kinks.map { "\(n(px($0.x))),\(n(py($0.energyPerAtom)))" }.joined(separator: " ")
        out += #"<polyline points="\#(points)" fill="none" stroke="navy" stroke-width="2"/>"# + "\n"
        for (index, kink) in reaction.kinks.enumerated() {
            let isBest = kink == reaction.mostExothermic
            let colour = isBest ? "darkred" : "black"
            out += #"<circle cx="\#(n(px(kink.x)))" cy="\#(n(py(kink.energyPerAtom)))" r="\#(isBest ? 6 : 4)" fill="\#(colour)"><title>\#(escape(kink.reaction + String(format: " (%.4f eV/atom)", kink.energyPerAtom)))</title></circle>"# + "\n"
            let label = kink.products.map(\.formula).joined(separator: " + ")
            let anchor = kink.x < 0.05 ? "start" : (kink.x > 0.95 ? "end" : "middle")
            let dy = index.isMultiple(of: 2) ? 18.0 : 32.0
            out += #"<text x="\#(n(px(kink.x)))" y="\#(n(py(kink.energyPerAtom) + dy))" text-anchor="\#(anchor)" font-size="10" fill="\#(colour)">\#(escape(label))</text>"# + "\n"
        }
        out += "</svg>\n"
        return out
    }

    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 0.1 }
        let magnitude = pow(10, floor(log10(raw)))
        let scaled = raw / magnitude
        return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * magnitude
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
