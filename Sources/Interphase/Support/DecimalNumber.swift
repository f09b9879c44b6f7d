/// Numbers as people write them in data files and on command lines: decimal only.
///
/// Swift's `Double(String)` also reads hexadecimal (`0x10` is 16), `nan`, `inf` and `infinity`,
/// so a typo or an unexpected export would be read silently as some other number. Every number
/// Interphase reads from text — CSV fields, the uncertainty column, the command line's options —
/// goes through ``value(of:)`` instead; JSON numbers follow JSON's own decimal grammar.
///
/// Accepted: an optional sign, digits with at most one decimal point (at least one digit), and
/// an optional exponent `e`/`E` with an optional sign and digits: `-1.25`, `3e-2`, `.5`, `2.`,
/// `+7E+01`. Leading and trailing spaces and tabs are the caller's to trim.
package enum DecimalNumber {
    /// The value of `text` written in decimal, or `nil` when it is not a decimal number.
    ///
    /// The value may be infinite for a decimal number beyond `Double`'s range (`1e400`); callers
    /// that need a finite number check the value's `isFinite`.
    ///
    /// - Parameter text: The number as written, without surrounding spaces.
    /// - Returns: The nearest `Double`, or `nil`.
    /// - Complexity: O(length of `text`).
    package static func value<Text: StringProtocol>(of text: Text) -> Double? {
        guard isDecimal(text.utf8) else { return nil }
        return Double(String(text))
    }

    /// The value of a decimal number's UTF-8 bytes, or `nil` when they are not one: exactly
    /// ``value(of:)``'s (`Double(String)`'s correctly rounded value), without making a string
    /// when the digits allow (a JSON Lines row's numbers are read by this).
    ///
    /// Up to 19 significant digits and a power of ten within ±27 are computed exactly in
    /// `Float80` (the digits and the power are exact in its 64-bit significand, so the one
    /// operation is correctly rounded to 64 bits) and rounded to `Double`; that second rounding
    /// can differ from a direct one only when the 64-bit result lies exactly halfway between two
    /// `Double`s, and those values (and anything else) are read by `Double(String)`.
    ///
    /// - Parameter bytes: The number as written, without surrounding spaces.
    /// - Returns: The nearest `Double` (possibly infinite, as ``value(of:)``), or `nil`.
    /// - Complexity: O(length of `bytes`).
    package static func value(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard isDecimal(bytes) else { return nil }
        if let exact = exactValue(bytes) { return exact }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    /// The value of decimal `bytes` (grammar already checked) by one exact `Float80` operation,
    /// or `nil` when the digits or the power do not allow it (see ``value(utf8:)``).
    private static func exactValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        #if arch(x86_64) || arch(i386)
        var index = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") {
            negative = bytes[0] == UInt8(ascii: "-")
            index = 1
        }
        var significand: UInt64 = 0
        var digits = 0  // significant digits taken into `significand`
        var power = 0  // of ten, by which `significand` is multiplied
        var seenPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                seenPoint = true
            } else if byte >= 0x30 && byte <= 0x39 {
                if significand != 0 || byte != 0x30 {
                    guard digits < 19 else { return nil }
                    significand = significand &* 10 &+ UInt64(byte &- 0x30)
                    digits += 1
                }
                if seenPoint { power -= 1 }
            } else {
                break  // the exponent
            }
            index += 1
        }
        if index < bytes.count {  // e or E, an optional sign, digits
            index += 1
            var exponentNegative = false
            if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var exponent = 0
            while index < bytes.count {
                guard exponent < 10_000 else { return nil }
                exponent = exponent * 10 + Int(bytes[index] &- 0x30)
                index += 1
            }
            power += exponentNegative ? -exponent : exponent
        }
        let magnitude: Double
        if significand == 0 {
            magnitude = 0
        } else {
            guard power >= -27 && power <= 27 else { return nil }
            let scale = exactPowersOfTen[abs(power)]
            let wide = power < 0 ? Float80(significand) / scale : Float80(significand) * scale
            // Exactly halfway between two Doubles: the second rounding could differ.
            guard wide.significandBitPattern & 0x7FF != 0x400 else { return nil }
            magnitude = Double(wide)
        }
        return negative ? -magnitude : magnitude
        #else
        return nil
        #endif
    }

    #if arch(x86_64) || arch(i386)
    /// 10⁰ … 10²⁷, each exact in `Float80` (5²⁷ < 2⁶⁴).
    private static let exactPowersOfTen: [Float80] = {
        var powers: [Float80] = [1]
        for _ in 1...27 { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()
    #endif

    /// Whether `text` is the word of an infinite or not-a-number value (`nan`, `-inf`,
    /// `Infinity`, …), which ``value(of:)`` refuses; messages say "is not a finite number" for
    /// these rather than "is not a number".
    ///
    /// - Parameter text: The text as written, without surrounding spaces.
    /// - Returns: `true` for the words `Double(String)` reads as infinite or NaN.
    package static func isNonFiniteWord<Text: StringProtocol>(_ text: Text) -> Bool {
        var word = text.lowercased()
        if word.hasPrefix("+") || word.hasPrefix("-") { word.removeFirst() }
        return ["nan", "inf", "infinity", "snan"].contains(word)
    }

    /// Why `text` is not a finite decimal number (`"0x10" is not a number`, `"nan" is not a
    /// finite number`), or `nil` when it is one.
    ///
    /// - Parameter text: The text as written, without surrounding spaces.
    /// - Returns: The problem in words, quoting `text` as ``EchoedText`` shortens it.
    package static func problem<Text: StringProtocol>(with text: Text) -> String? {
        if let value = value(of: text) {
            return value.isFinite ? nil : "\(EchoedText.quoted(text)) is not a finite number"
        }
        if isNonFiniteWord(text) { return "\(EchoedText.quoted(text)) is not a finite number" }
        return "\(EchoedText.quoted(text)) is not a number"
    }

    /// Checks the decimal grammar over UTF-8 bytes.
    private static func isDecimal(_ bytes: some Collection<UInt8>) -> Bool {
        var index = bytes.startIndex
        func peek() -> UInt8? { index < bytes.endIndex ? bytes[index] : nil }
        func isDigit(_ byte: UInt8?) -> Bool { byte.map { (0x30...0x39).contains($0) } ?? false }
        if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index = bytes.index(after: index) }
        var mantissaDigits = 0
        while isDigit(peek()) { mantissaDigits += 1; index = bytes.index(after: index) }
        if peek() == UInt8(ascii: ".") {
            index = bytes.index(after: index)
            while isDigit(peek()) { mantissaDigits += 1; index = bytes.index(after: index) }
        }
        guard mantissaDigits > 0 else { return false }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index = bytes.index(after: index)
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index = bytes.index(after: index) }
            guard isDigit(peek()) else { return false }
            while isDigit(peek()) { index = bytes.index(after: index) }
        }
        return index == bytes.endIndex
    }
}

/// Text from the input echoed in a message, shortened so that one line stays one readable line
/// (a 120 KB formula is not printed whole): whole up to ``maximumLength`` characters, otherwise
/// its first ``shownLength`` and its length.
package enum EchoedText {
    /// The most characters of an input echoed whole in a message.
    package static let maximumLength = 60

    /// How many characters of a longer input are shown.
    package static let shownLength = 40

    /// `text` as a terminal may show it on one line (a row of a table, a message): a control character (a line
    /// end, ESC, NUL, DEL and the C1 controls, which would split a row or send an escape
    /// sequence to the terminal) and a bidirectional override or isolate (which would reorder
    /// what is shown) are written as `\u{…}` (`\n`, `\r` and `\t` as such), and a backslash as
    /// `\\`, so that the escaped text reads back unambiguously. JSON output escapes these already.
    ///
    /// - Parameter text: Text from the input (an id, a name, a formula as written).
    /// - Returns: The text with nothing a terminal would act on.
    package static func terminalSafe(_ text: String) -> String {
        func unsafe(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\\"
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029
        }
        guard text.unicodeScalars.contains(where: unsafe) else { return text }
        var safe = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": safe += "\\n"
            case "\r": safe += "\\r"
            case "\t": safe += "\\t"
            case "\\": safe += "\\\\"
            case _ where unsafe(scalar): safe += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: safe.unicodeScalars.append(scalar)
            }
        }
        return safe
    }

    /// `text`, or its first ``shownLength`` characters followed by `… (N characters)`, made
    /// ``terminalSafe(_:)``.
    ///
    /// - Parameter text: Text from the input.
    /// - Returns: The text as a message shows it, unquoted.
    package static func shortened<Text: StringProtocol>(_ text: Text) -> String {
        guard text.count > maximumLength else { return terminalSafe(String(text)) }
        return terminalSafe("\(text.prefix(shownLength))") + "… (\(text.count) characters)"
    }

    /// ``shortened(_:)`` in double quotes: `"Li2O"`, `"LiLiLi…… (120000 characters)"`.
    ///
    /// - Parameter text: Text from the input.
    /// - Returns: The text as a message quotes it.
    package static func quoted<Text: StringProtocol>(_ text: Text) -> String {
        "\"" + shortened(text) + "\""
    }
}
