/// Compact number formatting for SVG coordinates.
enum SVGNumber {
    /// `value` rounded to `decimals` places (default 2: 1/100 of a pixel) without trailing
    /// zeros or a negative zero: `12`, `3.5`, `-0.25`. Non-finite values become `0`.
    static func format(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        let scale = pow10(decimals)
        var rounded = (value * scale).rounded() / scale
        if rounded == 0 { rounded = 0 }  // no −0
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") {
            return String(Int(rounded.rounded()))
        }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    private static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(0, n) { result *= 10 }
        return result
    }
}
