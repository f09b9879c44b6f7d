import Foundation
import Testing
@testable import Interphase

/// The byte-level JSON Lines reader and writer against their references: the flat-line scanner
/// against the full parser, numbers read from bytes against `Double(String)`, numbers written
/// against `JSONEncoder`. Every comparison is exact (bit patterns, bytes): the fast paths promise
/// the same answers, not close ones.
@Suite("JSON Lines at the byte level")
struct JSONLinesByteLevelTests {
    /// Random query lines, plain and awkward: the usual keys and others, strings with and
    /// without escapes, numbers in every JSON form (and some that are not JSON), literals,
    /// nesting, repeated keys, odd spacing, byte-order marks, truncations.
    static func randomLines(count: Int, seed: UInt64) -> [String] {
        var generator = SplitMixGenerator(seed: seed)
        let keys = ["formula", "id", "energy", "energy_per_atom", "formation_energy_per_atom", "note", "formul", "formulae",
                    "id ", "", "Ünï", "formu\\u006ca", "e\\\"x"]
        let values = ["\"Li3PO4\"", "\"LiFePO4\"", "\"mp-1234\"", "\"a\\\"b\"", "\"\\u00e9\\ud83d\\ude00\"", "\"\\ud800\"", "\"Ünïcødé\"",
                      "\"\"", "\"Li2O\\n\"", "-1.25", "0", "-0", "-0.0", "1e5", "2E-3", "-3.7516362854166667", "0.1", "1e400", "-1e-400",
                      "12345678901234567890123", "01", "1.", ".5", "+1", "-", "1e", "0x10", "true", "false", "null", "nul", "tru",
                      "[]", "[1, 2]", "{}", "{\"a\": 1}", "NaN", "\"tab\there\""]
        func space() -> String { ["", "", "", " ", "  ", "\t", " \t "].randomElement(using: &generator)! }
        func number() -> String {
            let digits = (0..<Int.random(in: 1...20, using: &generator)).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
            var text = (Bool.random(using: &generator) ? "-" : "") + (digits.hasPrefix("0") && digits.count > 1 ? "1" + digits.dropFirst() : digits)
            if Bool.random(using: &generator) { text += "." + String(Int.random(in: 0...999_999, using: &generator)) }
            if Bool.random(using: &generator) { text += ["e", "E", "e-", "e+"].randomElement(using: &generator)! + String(Int.random(in: 0...40, using: &generator)) }
            return text
        }
        return (0..<count).map { _ in
            var members: [String] = []
            for _ in 0..<Int.random(in: 0...5, using: &generator) {
                let key = Int.random(in: 0..<10, using: &generator) < 7 ? keys[Int.random(in: 0..<5, using: &generator)] : keys.randomElement(using: &generator)!
                let value = Bool.random(using: &generator) ? number() : values.randomElement(using: &generator)!
                members.append(space() + "\"" + key + "\"" + space() + ":" + space() + value + space())
            }
            var line = space() + "{" + members.joined(separator: ",") + "}" + space()
            switch Int.random(in: 0..<20, using: &generator) {
            case 0: line = String(line.prefix(Int.random(in: 0...line.count, using: &generator)))
            case 1: line = "\u{FEFF}" + line
            case 2: line += ","
            case 3: line = "[" + line + "]"
            default: break
            }
            return line.allSatisfy({ $0 == " " || $0 == "\t" }) ? line + "1" : line
        }
    }

    @Test("the flat-line scanner reads what the full parser reads, on 40,000 random lines; other lines go to the parser")
    func scannerAgreesWithParser() {
        var scanner = JSONLines.FlatLineScanner()
        var scanned = 0
        var parsedOnly = 0
        for text in Self.randomLines(count: 40_000, seed: 27) {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { line in
                let fast = scanner.fields(of: line)
                let full = try? JSONLines.QueryFields.parsing(line, file: "q.jsonl", number: 1)
                if let fast {
                    scanned += 1
                    #expect(fast == full, "\(text)")
                    // Bit for bit, -0 included (== would call -0 and 0 equal).
                    for field in JSONLines.energyFields {
                        #expect(fast.energy(field)?.doubleValue?.bitPattern == full?.energy(field)?.doubleValue?.bitPattern, "\(text)")
                    }
                } else if full != nil {
                    parsedOnly += 1
                }
            }
        }
        // Both ways are exercised.
        #expect(scanned > 5_000)
        #expect(parsedOnly > 1_000)
    }

    @Test("a batch's queries and errors do not depend on which way a line is read")
    func batchErrorsKept() throws {
        let plain = "{\"id\": \"x-1\", \"formula\": \"Li3PO4\", \"formation_energy_per_atom\": -2.7}\n"
        let escaped = "{\"id\": \"x-1\", \"formula\": \"Li3PO\\u0034\", \"formation_energy_per_atom\": -2.7, \"n\": {\"a\": []}}\n"
        let read = try JSONLines.entryQueries(Data(plain.utf8), file: "q.jsonl")
        let readEscaped = try JSONLines.entryQueries(Data(escaped.utf8), file: "q.jsonl")
        #expect(read.map(\.entry) == readEscaped.map(\.entry))
        let cases: [(String, String)] = [
            ("{\"formula\": \"Li3PO4\", \"formula\": \"Li2O\", \"energy\": 1}", "q.jsonl, line 2, field \"formula\": the key is given twice in one object; give it once"),
            ("{\"formula\": \"Li3PO4\", \"energy\": 1e400}", "q.jsonl, line 2: is not valid JSON (expected one JSON object per line, e.g. {\"formula\": \"Li3PO4\"})"),
            ("{\"formula\": \"Li3PO4\", \"energy\": \"1\"}", "q.jsonl, line 2, field \"energy\": expected a number, found a string"),
            ("{\"formula\": \"Li3PO4\", \"energy\": 1, \"energy_per_atom\": 2}", "q.jsonl, line 2: more than one energy (\"energy_per_atom\", \"energy\"); give one"),
            ("{\"formula\": 3, \"energy\": 1}", "q.jsonl, line 2, field \"formula\": expected a string, found a number"),
            ("[1]", "q.jsonl, line 2: expected a JSON object, found a list"),
        ]
        for (line, message) in cases {
            #expect(throws: DataError.self) { try JSONLines.entryQueries(Data((plain + line + "\n" + plain).utf8), file: "q.jsonl") }
            do {
                _ = try JSONLines.entryQueries(Data((plain + line + "\n" + plain).utf8), file: "q.jsonl")
            } catch {
                #expect(error.description == message)
            }
        }
    }

    @Test("numbers read from bytes are Double(String)'s, bit for bit, on 300,000 random decimals (16–25 digits, halfway cases)")
    func numbersFromBytesMatchDoubleString() {
        var generator = SplitMixGenerator(seed: 271)
        var texts = ["0", "-0", "-0.0", "0e5", "1", "-1", "0.1", "1e22", "1e23", "9007199254740993", "9007199254740992.5",
                     "1.7976931348623157e308", "5e-324", "2.2250738585072014e-308", "1e-27", "1e27", "123456789012345678.9e-5",
                     "9999999999999999999", "18446744073709551615", "18446744073709551616e-3"]
        for _ in 0..<100_000 {
            // A random Double's shortest form, and its neighbours' halfway point cut to 16–20 digits.
            let value = Double(bitPattern: UInt64.random(in: 0...0x7FEF_FFFF_FFFF_FFFF, using: &generator)) * (Bool.random(using: &generator) ? 1 : -1)
            texts.append("\(value)")
            let scaled = Double.random(in: 1e-12...1e12, using: &generator)
            let halfway = (Float80(scaled) + Float80(scaled.nextUp)) / 2
            texts.append(String(String(describing: halfway).prefix(Int.random(in: 16...21, using: &generator))))
            let digits = (0..<Int.random(in: 1...25, using: &generator)).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
            let point = Int.random(in: 0...digits.count, using: &generator)
            texts.append(String(digits.prefix(point)) + "." + String(digits.dropFirst(point)) + "0e" + String(Int.random(in: -30...30, using: &generator)))
        }
        var mismatches: [String] = []
        for text in texts {
            let expected = DecimalNumber.value(of: text)
            let mine = Array(text.utf8).withUnsafeBufferPointer { DecimalNumber.value(utf8: $0) }
            if mine?.bitPattern != expected?.bitPattern { mismatches.append(text) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test("numbers are written as JSONEncoder writes them, on 200,000 random doubles (tiny, huge, −0, integers)")
    func numbersWrittenAsJSONEncoder() throws {
        var generator = SplitMixGenerator(seed: 272)
        var values: [Double] = [0, -0.0, 1, -1, 1e15, 1e16, -1e16, 1e21, 1e22, 5e-324, -5e-324, 2.2250738585072014e-308,
                                .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 9007199254740993, 0.1, 1e-5, 1e-7]
        for _ in 0..<50_000 {
            values.append(Double(bitPattern: UInt64.random(in: 0...0x7FEF_FFFF_FFFF_FFFF, using: &generator)) * (Bool.random(using: &generator) ? 1 : -1))
            values.append(Double(Int64.random(in: -1 << 60...1 << 60, using: &generator) >> Int64.random(in: 0...60, using: &generator)))
            values.append(Double.random(in: -10...10, using: &generator) * pow(10, Double(Int.random(in: -30...30, using: &generator))))
            values.append(Double(bitPattern: UInt64.random(in: 0...(1 << 52), using: &generator)))  // subnormal
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var text = JSONText()
        var expected: [UInt8] = []
        for value in values {
            text.append(raw: "[")
            text.append(value)
            text.append(raw: "]")
            expected += try encoder.encode([value])
        }
        #expect(text.bytes == expected)
    }

    @Test("plain formulas read from their bytes are read as the general parser reads them, on 20,000 random formulas")
    func plainFormulasAgreeWithGeneralParser() {
        var generator = SplitMixGenerator(seed: 273)
        let symbols = ["Li", "P", "O", "N", "Fe", "Mn", "H", "C", "Xx", "Q", "Zr", "Ca"]
        func amount() -> String {
            ["", "", "2", "3", "12", "0", "007", "999999999999999", "1000000000000000", "1.5"].randomElement(using: &generator)!
        }
        for _ in 0..<20_000 {
            var formula = ""
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                switch Int.random(in: 0..<10, using: &generator) {
                case 0: formula += "(" + symbols.randomElement(using: &generator)! + amount() + symbols.randomElement(using: &generator)! + ")" + amount()
                case 1: formula += "[" + symbols.randomElement(using: &generator)! + "(" + symbols.randomElement(using: &generator)! + ")" + amount() + "]" + amount()
                case 2: formula += [")", "(", "]", "-1", " "].randomElement(using: &generator)!
                default: formula += symbols.randomElement(using: &generator)! + amount()
                }
            }
            // A leading space is ignored by the grammar and sends the formula the general way.
            let plain = Result { () throws(FormulaError) -> Composition in try Composition(parsing: formula) }
            let general = Result { () throws(FormulaError) -> Composition in try Composition(parsing: " " + formula) }
            switch (plain, general) {
            case (.success(let fast), .success(let reference)): #expect(fast == reference, "\(formula)")
            case (.failure, .failure): break
            default: Issue.record("\(formula): read one way only")
            }
        }
    }
}
