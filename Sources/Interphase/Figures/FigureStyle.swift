/// Fonts, sizes and colours shared by every figure.
enum FigureStyle: Sendable {
    /// The font stack (DejaVu Sans first: it is what most Linux renderers have).
    static let fontFamily = "DejaVu Sans, Helvetica, Arial, sans-serif"
    /// Body text size (user units).
    static let fontSize = 12.0
    /// Small text (phase labels in crowded places).
    static let smallFontSize = 10.0
    /// Title size.
    static let titleFontSize = 15.0
    /// Axis-label size.
    static let axisLabelFontSize = 13.0
    /// Lines and points.
    static let ink = "#222"
    /// Grid lines and secondary marks.
    static let grid = "#ddd"
    /// The stability window's shading and bars.
    static let window = "#4c9be8"
    /// The staircase of a voltage profile.
    static let profile = "#c0392b"
    /// Tie lines.
    static let tieLine = "#555"
    /// Stable phases.
    static let stable = "#1f4e99"
    /// Text for secondary labels.
    static let secondaryText = "#555"

    /// A colour of the viridis map at `t` ∈ [0, 1] (dark purple → yellow), as `#rrggbb`.
    static func viridis(_ t: Double) -> String {
        let stops: [(Double, Double, Double)] = [
            (68, 1, 84), (72, 40, 120), (62, 74, 137), (49, 104, 142), (38, 130, 142),
            (31, 158, 137), (53, 183, 121), (110, 206, 88), (181, 222, 43), (253, 231, 37),
        ]
        let clamped = min(1, max(0, t.isFinite ? t : 0))
        let position = clamped * Double(stops.count - 1)
        let index = min(stops.count - 2, Int(position))
        let f = position - Double(index)
        let (a, b) = (stops[index], stops[index + 1])
        func channel(_ x: Double, _ y: Double) -> String {
            let value = Int((x + (y - x) * f).rounded())
            let hex = String(value, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }
        return "#" + channel(a.0, b.0) + channel(a.1, b.1) + channel(a.2, b.2)
    }

    /// "V vs Li/Li⁺" for a working ion of charge z (Mg → "V vs Mg/Mg²⁺").
    static func voltageUnit(_ element: Element) -> String {
        let charge = element.workingIonCharge ?? 1
        let superscripts = ["", "", "²", "³"]
        return "V vs \(element.symbol)/\(element.symbol)\(charge < superscripts.count ? superscripts[charge] : "")⁺"
    }

    /// Products as chemists write them: `Li3P + Li3N + 2 Li2O` (coefficients as in reactions,
    /// ``ReactionFormatter/term(_:_:decimals:)``, with up to 3 decimals), or `–` when there
    /// are none.
    static func products(_ products: [PhaseAmount]) -> String {
        guard !products.isEmpty else { return "–" }
        return products.map { ReactionFormatter.term($0.amount, $0.formula, decimals: 3) }.joined(separator: " + ")
    }
}
