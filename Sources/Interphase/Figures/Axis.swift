import Foundation

/// A linear axis: maps data values in `lower...upper` onto canvas coordinates
/// `start...end` (for a vertical axis `start` is the bottom), with "nice" ticks.
struct Axis: Sendable, Equatable {
    /// Data value at `start`.
    var lower: Double
    /// Data value at `end`.
    var upper: Double
    /// Canvas coordinate of `lower`.
    var start: Double
    /// Canvas coordinate of `upper`.
    var end: Double

    /// An axis; a degenerate data range is widened by ±0.5.
    init(lower: Double, upper: Double, start: Double, end: Double) {
        if upper - lower > 1e-12 {
            self.lower = lower
            self.upper = upper
        } else {
            self.lower = lower - 0.5
            self.upper = lower + 0.5
        }
        self.start = start
        self.end = end
    }

    /// The canvas coordinate of `value`.
    func position(of value: Double) -> Double {
        start + (value - lower) / (upper - lower) * (end - start)
    }

    /// Nice ticks inside the axis range (at most about `count` + 2 of them).
    func ticks(count: Int = 6) -> [Double] {
        Axis.niceTicks(lower: lower, upper: upper, count: count)
    }

    /// How many tick intervals a voltage axis from 0 to `upper` asks for: one a volt up to
    /// 10 V, about 10 beyond (the nice step then grows with the range), so that the count never
    /// depends on the size of `upper` (1e6 V would otherwise draw a million ticks).
    static func tickCount(oneAVoltUpTo upper: Double) -> Int {
        guard upper.isFinite, upper > 10 else { return upper.isFinite && upper >= 1 ? Int(upper.rounded()) : 1 }
        return 10
    }

    /// Tick values covering `lower...upper` at a step of 1, 2, 2.5 or 5 × 10ⁿ chosen so that
    /// there are about `count` intervals; only ticks inside the range (to rounding) are returned.
    static func niceTicks(lower: Double, upper: Double, count: Int = 6) -> [Double] {
        guard lower.isFinite, upper.isFinite, upper > lower, count > 0 else { return [lower] }
        // At most 100 intervals whatever is asked, so that no range draws a runaway of ticks.
        let step = niceStep((upper - lower) / Double(min(count, 100)))
        let first = (lower / step - 1e-9).rounded(.up)
        let last = (upper / step + 1e-9).rounded(.down)
        guard last >= first else { return [] }
        return stride(from: first, through: last, by: 1).map { value in
            // Twelve significant digits remove the rounding of value × step (0.6000000000000001).
            let tick = Double(NumberFormat.significant(value * step, digits: 12)) ?? value * step
            return tick == 0 ? 0 : tick
        }
    }

    /// The nice step (1, 2, 2.5 or 5 × 10ⁿ) nearest above `rough`.
    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        let magnitude = pow(10, floor(log10(rough)))
        for factor in [1.0, 2, 2.5, 5, 10] where factor * magnitude >= rough * (1 - 1e-12) {
            return factor * magnitude
        }
        return 10 * magnitude
    }

    /// The range `lower...upper` widened outward to the nice step of about `count` intervals.
    static func niceRange(lower: Double, upper: Double, count: Int = 6) -> (lower: Double, upper: Double) {
        guard upper > lower else { return (lower - 0.5, lower + 0.5) }
        let step = niceStep((upper - lower) / Double(count))
        return ((lower / step - 1e-9).rounded(.down) * step, (upper / step + 1e-9).rounded(.up) * step)
    }

    /// A tick label with as many decimals as the tick step needs (`0`, `2.5`, `0.05`).
    static func label(_ value: Double, step: Double) -> String {
        var decimals = 0
        var scaled = step
        while decimals < 6, abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
            scaled *= 10
            decimals += 1
        }
        return NumberFormat.fixed(value, decimals: decimals)
    }
}
