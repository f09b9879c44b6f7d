import Foundation

/// The one home that turns a `Double` into text: tables, CSV and JSON-adjacent text of the CLI,
/// formulas and reactions, figure labels and coordinates, messages and the studies.
///
/// Four shapes, each a function:
/// - ``fixed(_:decimals:minus:negativeZero:)``: a fixed number of decimals (`0.680`, `−2.00`),
///   correctly rounded as C's `%.*f` (a tie that is exact in binary goes to the even digit:
///   0.125 → `0.12`; a decimal tie that is not exact goes the way its binary value lies:
///   2.675 → `2.67`); ``signed(_:decimals:minus:)`` adds `+` to positive values.
/// - ``trimmed(_:decimals:)``: up to a number of decimals without trailing zeros (`3.5`, `0.25`);
///   ``formulaAmount(_:omittingOne:)`` and ``coefficient(_:decimals:)`` write an amount that is an
///   integer to a tolerance as that integer (`2`) and may omit an amount of one (`Li`, `Li + O2`).
/// - ``significant(_:digits:)``: significant digits as C's `%.*g` (`0.0123`, `1e-08`, `2.5e+06`).
/// - ``coordinate(_:decimals:)``: SVG coordinates, rounded half away from zero and written as
///   short as possible (`12`, `3.5`).
///
/// None of them writes a negative zero (`-0`, `-0.000`): a value that rounds to zero is written
/// without its sign, except where ``NegativeZero/kept`` asks for it.
package enum NumberFormat {
    /// The sign a negative number is written with.
    package enum MinusSign: Sendable {
        /// The ASCII hyphen-minus `-`: text a program may read back (tables, CSV, SVG, messages).
        case hyphen
        /// The typographic minus `−` (U+2212): prose and figure labels, read by people.
        case typographic
    }

    /// How a negative value that rounds to zero (`-0.0004` at three decimals) is written.
    package enum NegativeZero: Sendable {
        /// Without its sign: `0.000`.
        case dropped
        /// With it, as C's `printf` writes it: `-0.000`. Only the cell verdict's text
        /// (`CellReport.verdict`) and the interface-reaction figure's subtitle, which have always
        /// written it so, ask for this.
        case kept
    }

    /// `value` with exactly `decimals` decimals (C's `%.*f`, correctly rounded): `0.680`, `-2.00`.
    ///
    /// Written with `vsnprintf` into a stack buffer: tables of the whole Materials Project format
    /// hundreds of thousands of numbers, and `String(format:)` costs ten times as much.
    ///
    /// - Parameters:
    ///   - value: The number; `nan` and `inf` are written as C writes them.
    ///   - decimals: Digits after the decimal point (0 or more).
    ///   - minus: The sign of a negative value (default the hyphen `-`).
    ///   - negativeZero: Whether a negative value that rounds to zero keeps its sign (default not).
    /// - Returns: The text, e.g. `fixed(-0.0004, decimals: 3)` → `0.000`,
    ///   `fixed(-1.5, decimals: 2, minus: .typographic)` → `−1.50`.
    package static func fixed(
        _ value: Double, decimals: Int, minus: MinusSign = .hyphen, negativeZero: NegativeZero = .dropped
    ) -> String {
        signedText(printf("%.*f", value, precision: decimals), minus: minus, negativeZero: negativeZero)
    }

    /// `value` with `decimals` decimals and an explicit sign: `+0.008`, `−0.061`, `0.000` (zero,
    /// and values that round to it, have none).
    ///
    /// - Parameters:
    ///   - value: The number, e.g. a difference.
    ///   - decimals: Digits after the decimal point.
    ///   - minus: The sign of a negative value.
    /// - Returns: The text with `+` before a positive value.
    package static func signed(_ value: Double, decimals: Int, minus: MinusSign = .hyphen) -> String {
        let text = fixed(value, decimals: decimals, minus: minus)
        return text.hasPrefix("-") || text.hasPrefix("−") || isZero(text) ? text : "+" + text
    }

    /// `value` with up to `decimals` decimals and no trailing zeros or point: `3.5`, `0.25`, `2`.
    ///
    /// - Parameters:
    ///   - value: The number.
    ///   - decimals: The most digits after the decimal point.
    /// - Returns: The text, hyphen-minus for negatives, never `-0`.
    package static func trimmed(_ value: Double, decimals: Int) -> String {
        var text = fixed(value, decimals: decimals)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// An amount in a formula (`Li2.94PO3.5N0.31`): the integer when it is one to
    /// `Tolerance.integerAmount` (1e-8 atoms), otherwise up to 8 decimals without trailing zeros.
    ///
    /// - Parameters:
    ///   - value: Atoms of one element per formula unit.
    ///   - omittingOne: Whether an amount of one is the empty string (`Li` rather than `Li1`).
    /// - Returns: The text, e.g. `2`, `2.94`, `0.33333333`, or the empty string.
    package static func formulaAmount(_ value: Double, omittingOne: Bool) -> String {
        amount(value, decimals: 8, integerTolerance: Tolerance.integerAmount, omittingOne: omittingOne)
    }

    /// A coefficient before a formula in a reaction (`8 Li`, `0.3333 O2`): the integer when it is
    /// one to `Tolerance.displayedInteger` (1e-6), otherwise up to `decimals` decimals without
    /// trailing zeros; the empty string for one.
    ///
    /// - Parameters:
    ///   - value: Formula units in the reaction as written.
    ///   - decimals: The most digits after the decimal point (reactions 4, figure labels 3).
    /// - Returns: The text without a space, e.g. `8`, `0.3333`, or the empty string for one.
    package static func coefficient(_ value: Double, decimals: Int = 4) -> String {
        amount(value, decimals: decimals, integerTolerance: Tolerance.displayedInteger, omittingOne: true)
    }

    /// The integer when `value` is one to `integerTolerance` (and at most 2⁵³, where a `Double`
    /// still holds every integer and `Int` cannot trap), otherwise ``trimmed(_:decimals:)``.
    private static func amount(_ value: Double, decimals: Int, integerTolerance: Double, omittingOne: Bool) -> String {
        let rounded = value.rounded()
        if abs(value - rounded) <= integerTolerance && abs(rounded) <= Composition.largestExactInteger {
            if omittingOne && rounded == 1 { return "" }
            return String(Int(rounded))
        }
        return trimmed(value, decimals: decimals)
    }

    /// `value` with `digits` significant digits as C's `%.*g` writes it: trailing zeros dropped,
    /// exponent notation below 1e-4 and from 10^digits on (`0.0123`, `1e-08`, `2.5e+06`).
    ///
    /// - Parameters:
    ///   - value: The number.
    ///   - digits: Significant digits (C's `%g` uses 6).
    /// - Returns: The text, hyphen-minus for negatives, `0` for a negative zero.
    package static func significant(_ value: Double, digits: Int = 6) -> String {
        let text = printf("%.*g", value, precision: digits)
        return text == "-0" ? "0" : text
    }

    /// An SVG coordinate or length: `value` rounded to `decimals` places (default 2, 1/100 of a
    /// pixel) by scaling and rounding half away from zero (0.125 → `0.13`, where `fixed` writes `0.12`),
    /// written as short as possible: `12`, `3.5`, `-0.25`. Non-finite values become `0`, and so
    /// does a rounded value Swift would write in exponent notation (below 1e-4, or from 2⁵³ on,
    /// which is rounded to the integer).
    ///
    /// - Parameters:
    ///   - value: The coordinate (user units).
    ///   - decimals: The most digits after the decimal point.
    /// - Returns: The text, never `-0`.
    package static func coordinate(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        var rounded = (value * scale).rounded() / scale
        if rounded == 0 { rounded = 0 }  // no −0
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return String(Int(rounded.rounded())) }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// Whether printed digits are all zero (`0.000`, `-0.00`).
    private static func isZero(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    }

    /// `printf`'s text with the sign chosen: a negative zero dropped or kept, `-` or `−`.
    private static func signedText(_ text: String, minus: MinusSign, negativeZero: NegativeZero) -> String {
        guard text.hasPrefix("-") else { return text }
        if negativeZero == .dropped && isZero(text) { return String(text.dropFirst()) }
        return minus == .hyphen ? text : "−" + text.dropFirst()
    }

    /// C's `printf` of one `Double` with a `*` precision (`%.*f`, `%.*g`).
    private static func printf(_ format: String, _ value: Double, precision: Int) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer -> String? in
            let length = withVaList([Int32(precision), value]) { vsnprintf(buffer.baseAddress, buffer.count, format, $0) }
            guard length >= 0, Int(length) < buffer.count else { return nil }
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: Int(length)), as: UTF8.self)
        } ?? String(format: format, Int32(precision), value)
    }
}
