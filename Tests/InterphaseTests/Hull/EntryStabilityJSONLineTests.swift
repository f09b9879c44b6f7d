import Foundation
import Testing
@testable import Interphase

/// The hand-written JSON of `hull` (JSON Lines rows, the pretty array) must be byte for byte what
/// `JSONEncoder` writes, on random rows with awkward numbers and strings.
@Suite("EntryStability JSON Lines writer")
struct EntryStabilityJSONLineTests {
    /// `count` random rows.
    static func randomRows(count: Int, seed: UInt64) -> [EntryStability] {
        var generator = SplitMixGenerator(seed: seed)
        let specials: [Double] = [0, -0.0, 1, -1, 2, 0.1, 1e-5, 1e-7, 123456789.125, 1e16, 1e21, 5e-324, 1.7976931348623157e308,
                                  0.06568159073660595, -3.7516362854166667, 1 / 3]
        let strings = ["Li3PO4", "mp-1020019", "a\"b", "back\\slash", "tab\there", "new\nline", "ctl\u{01}x", "sl/ash", "Ünïcødé", "", "é\u{2028}"]
        func number() -> Double {
            Bool.random(using: &generator) ? specials.randomElement(using: &generator)!
                : Double.random(in: -10...10, using: &generator) * pow(10, Double(Int.random(in: -12...12, using: &generator)))
        }
        return (0..<count).map { _ in
            let products = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                PhaseAmount(id: Bool.random(using: &generator) ? nil : strings.randomElement(using: &generator)!,
                            formula: strings.randomElement(using: &generator)!, amount: number())
            }
            return EntryStability(
                id: Bool.random(using: &generator) ? nil : strings.randomElement(using: &generator)!,
                formula: strings.randomElement(using: &generator)!, formationEnergyPerAtom: number(),
                energyAboveHull: number(), isStable: Bool.random(using: &generator),
                decompositionEnergyPerAtom: Bool.random(using: &generator) ? nil : number(), decomposesTo: products)
        }
    }

    @Test("JSON Lines: the same bytes as JSONEncoder with sorted keys, on 20,000 random rows")
    func sameBytesAsJSONEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for row in Self.randomRows(count: 20_000, seed: 15) {
            var mine = ""
            row.appendJSONLine(to: &mine)
            let theirs = String(decoding: try encoder.encode(row), as: UTF8.self) + "\n"
            #expect(mine == theirs)
            if mine != theirs { return }
        }
    }

    @Test("pretty array: the same bytes as JSONEncoder pretty-printed, for 0, 1 and 5,000 random rows")
    func prettyArraySameBytesAsJSONEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for count in [0, 1, 5_000] {
            let rows = Self.randomRows(count: count, seed: 16)
            let theirs = String(decoding: try encoder.encode(rows), as: UTF8.self)
            let mine = EntryStability.prettyJSONArray(rows)
            let difference = Array(zip(mine, theirs)).firstIndex { $0 != $1 }
            #expect(mine == theirs, "\(count) rows; first difference at character \(difference.map(String.init) ?? "end"): \(difference.map { String(mine.dropFirst(max(0, $0 - 60)).prefix(120)) + " | " + String(theirs.dropFirst(max(0, $0 - 60)).prefix(120)) } ?? "")")
        }
    }
}
