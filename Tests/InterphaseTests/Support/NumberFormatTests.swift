import Testing
@testable import Interphase

/// Exact strings: formatting is text, so every expectation is byte for byte (no tolerance).
@Suite("NumberFormat: the one home that writes a number as text")
struct NumberFormatTests {
    @Test("Fixed decimals round as C's %.*f: exact binary ties to even, other decimals as their binary value lies")
    func fixedRounding() {
        #expect(NumberFormat.fixed(0.125, decimals: 2) == "0.12")  // 0.125 is exact: tie to even
        #expect(NumberFormat.fixed(0.375, decimals: 2) == "0.38")
        #expect(NumberFormat.fixed(2.675, decimals: 2) == "2.67")  // 2.67499999… in binary
        #expect(NumberFormat.fixed(1.005, decimals: 2) == "1.00")
        #expect(NumberFormat.fixed(2.5, decimals: 0) == "2")
        #expect(NumberFormat.fixed(3.5, decimals: 0) == "4")
        #expect(NumberFormat.fixed(0.68, decimals: 3) == "0.680")
        #expect(NumberFormat.fixed(2.0 / 3, decimals: 4) == "0.6667")
    }

    @Test("No negative zero unless asked; the minus sign is a hyphen or the typographic −")
    func signs() {
        #expect(NumberFormat.fixed(-0.0, decimals: 2) == "0.00")
        #expect(NumberFormat.fixed(-0.0004, decimals: 3) == "0.000")
        #expect(NumberFormat.fixed(-1e-10, decimals: 4) == "0.0000")
        #expect(NumberFormat.fixed(-0.0004, decimals: 3, negativeZero: .kept) == "-0.000")
        #expect(NumberFormat.fixed(-0.0, decimals: 2, negativeZero: .kept) == "-0.00")
        #expect(NumberFormat.fixed(-1.5, decimals: 2) == "-1.50")
        #expect(NumberFormat.fixed(-1.5, decimals: 2, minus: .typographic) == "−1.50")
        #expect(NumberFormat.fixed(-0.0004, decimals: 3, minus: .typographic) == "0.000")
        #expect(NumberFormat.fixed(-0.0004, decimals: 3, minus: .typographic, negativeZero: .kept) == "−0.000")
    }

    @Test("Large, small and non-finite values")
    func magnitudes() {
        #expect(NumberFormat.fixed(1e20, decimals: 2) == "100000000000000000000.00")
        #expect(NumberFormat.fixed(1e-10, decimals: 4) == "0.0000")
        // 101 digits: longer than the stack buffer, written by the fallback with the same digits.
        let huge = NumberFormat.fixed(1e100, decimals: 0)
        #expect(huge.count == 101 && huge.hasPrefix("10000000000000000159"))
        #expect(NumberFormat.fixed(.nan, decimals: 2) == "nan")
        #expect(NumberFormat.fixed(.infinity, decimals: 2) == "inf")
        #expect(NumberFormat.fixed(-.infinity, decimals: 2, minus: .typographic) == "−inf")
    }

    @Test("Signed: + before a positive value, none for zero")
    func signed() {
        #expect(NumberFormat.signed(0.008, decimals: 3, minus: .typographic) == "+0.008")
        #expect(NumberFormat.signed(-0.061, decimals: 3, minus: .typographic) == "−0.061")
        #expect(NumberFormat.signed(-0.061, decimals: 3) == "-0.061")
        #expect(NumberFormat.signed(0, decimals: 3) == "0.000")
        #expect(NumberFormat.signed(-0.0001, decimals: 3, minus: .typographic) == "0.000")
        #expect(NumberFormat.signed(0.0004, decimals: 3) == "0.000")
    }

    @Test("Trimmed: no trailing zeros or point, integers keep their zeros, no -0")
    func trimmed() {
        #expect(NumberFormat.trimmed(3.5, decimals: 4) == "3.5")
        #expect(NumberFormat.trimmed(2, decimals: 4) == "2")
        #expect(NumberFormat.trimmed(100, decimals: 4) == "100")
        #expect(NumberFormat.trimmed(100.4, decimals: 0) == "100")
        #expect(NumberFormat.trimmed(0.99999, decimals: 4) == "1")
        #expect(NumberFormat.trimmed(1.0 / 3, decimals: 4) == "0.3333")
        #expect(NumberFormat.trimmed(-0.00001, decimals: 4) == "0")
        #expect(NumberFormat.trimmed(-0.25, decimals: 4) == "-0.25")
    }

    @Test("Formula amounts: integers within 1e-8, up to 8 decimals, one omitted on request")
    func formulaAmounts() {
        #expect(NumberFormat.formulaAmount(2.94, omittingOne: false) == "2.94")
        #expect(NumberFormat.formulaAmount(1, omittingOne: true) == "")
        #expect(NumberFormat.formulaAmount(1, omittingOne: false) == "1")
        #expect(NumberFormat.formulaAmount(1.000000001, omittingOne: true) == "")
        #expect(NumberFormat.formulaAmount(1.00000002, omittingOne: true) == "1.00000002")
        #expect(NumberFormat.formulaAmount(1.0 / 3, omittingOne: false) == "0.33333333")
        #expect(NumberFormat.formulaAmount(-2.0 / 3, omittingOne: false) == "-0.66666667")
        #expect(NumberFormat.formulaAmount(-0.0, omittingOne: false) == "0")
        // Above 2⁵³ the integer test is skipped; the digits are the same.
        #expect(NumberFormat.formulaAmount(1e17, omittingOne: false) == "100000000000000000")
    }

    @Test("Reaction coefficients: integers within 1e-6, up to 4 (or 3) decimals, one omitted")
    func coefficients() {
        #expect(NumberFormat.coefficient(8) == "8")
        #expect(NumberFormat.coefficient(1) == "")
        #expect(NumberFormat.coefficient(1.0000005) == "")
        #expect(NumberFormat.coefficient(2.5) == "2.5")
        #expect(NumberFormat.coefficient(1.0 / 3) == "0.3333")
        #expect(NumberFormat.coefficient(1.0 / 3, decimals: 3) == "0.333")
        #expect(NumberFormat.coefficient(0.00004) == "0")
        #expect(NumberFormat.coefficient(1e19) == "10000000000000000000")  // beyond Int: no trap
    }

    @Test("Significant digits as C's %g: exponents for small and large magnitudes, no -0")
    func significant() {
        #expect(NumberFormat.significant(0.0123) == "0.0123")
        #expect(NumberFormat.significant(1e-8) == "1e-08")
        #expect(NumberFormat.significant(2.5e6) == "2.5e+06")
        #expect(NumberFormat.significant(123456.7) == "123457")
        #expect(NumberFormat.significant(1234567) == "1.23457e+06")
        #expect(NumberFormat.significant(0.125, digits: 2) == "0.12")
        #expect(NumberFormat.significant(-0.0) == "0")
        #expect(NumberFormat.significant(-0.5, digits: 3) == "-0.5")
        #expect(NumberFormat.significant(0.1 + 0.2, digits: 12) == "0.3")
    }

    @Test("SVG coordinates: scaled and rounded half away from zero, shortest text, no -0 or exponent")
    func coordinates() {
        #expect(NumberFormat.coordinate(0.125) == "0.13")  // fixed writes 0.12
        #expect(NumberFormat.coordinate(2.5, decimals: 0) == "3")  // fixed writes 2
        #expect(NumberFormat.coordinate(1.005) == "1")  // 100.49999… after scaling
        #expect(NumberFormat.coordinate(-0.004) == "0")
        #expect(NumberFormat.coordinate(1e16) == "10000000000000000")
        #expect(NumberFormat.coordinate(0.00001, decimals: 6) == "0")  // Swift writes 1e-05
        #expect(NumberFormat.coordinate(-.infinity) == "0")
    }
}
