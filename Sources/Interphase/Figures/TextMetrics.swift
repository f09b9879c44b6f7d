/// Estimated text widths, so that labels can be placed without a font engine.
///
/// Advance widths are those of DejaVu Sans (em fractions, rounded up slightly); other sans-serif
/// fonts are narrower, so the estimate errs on the safe side.
enum TextMetrics {
    /// The estimated advance width of `text` at `size` (user units).
    static func width(_ text: String, size: Double) -> Double {
        var em = 0.0
        for character in text {
            em += advance(character)
        }
        return em * size
    }

    /// `text` broken into lines no wider than `width` at `size`, at spaces (a word wider than
    /// `width` stays whole on its own line): a long label or subtitle wraps instead of running
    /// off the canvas.
    static func wrapped(_ text: String, size: Double, width: Double) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if !line.isEmpty, Self.width(candidate, size: size) > width {
                lines.append(line)
                line = String(word)
            } else {
                line = candidate
            }
        }
        lines.append(line)
        return lines
    }

    /// Height of a line of text above the baseline (cap height plus a margin), user units.
    static func ascent(size: Double) -> Double { 0.76 * size }

    /// Depth below the baseline (descenders), user units.
    static func descent(size: Double) -> Double { 0.24 * size }

    private static func advance(_ character: Character) -> Double {
        switch character {
        case " ": return 0.32
        case "0"..."9": return 0.64
        case "i", "j", "l", "I", "'", "|", ".", ",", ":", ";", "!": return 0.30
        case "f", "t", "r": return 0.42
        case "(", ")", "[", "]", "/": return 0.40
        case "m", "w": return 0.95
        case "M", "W": return 0.95
        case "+", "=", "<", ">", "−", "-", "–", "→", "×": return 0.84
        case "⁺", "²", "³", "⁰": return 0.42
        case "A"..."Z": return 0.74
        case "a"..."z": return 0.62
        default: return 0.70
        }
    }
}
