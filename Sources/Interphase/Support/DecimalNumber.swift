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
