import Testing
@testable import Interphase

/// The byte-level CSV splitter keeps the rules of the scalar-by-scalar one it replaced: quotes,
/// doubled quotes, line breaks inside quotes (counted), "\r\n", lone "\r", blank lines skipped,
/// unquoted fields trimmed and quoted ones kept as written. Exact string comparisons: no numbers.
@Suite("CSV table")
struct CSVTableTests {
    @Test("Quotes, line breaks of every kind, blank lines and non-ASCII text split as before")
    func splitsEveryCase() throws {
        let text = "h1,h2\r\n\"multi\nline\",2\n\n é , \"q\"\"x\" \rz,\"\"\n"
        let table = try CSVTable(text: text, file: "t.csv")
        #expect(table.header == ["h1", "h2"])
        #expect(table.rows.map(\.line) == [2, 5, 6])
        #expect(table.rows.map(\.fields) == [["multi\nline", "2"], ["é", "q\"x "], ["z", ""]])
    }

    @Test("A quote after text is kept as text; an unclosed quote names the line its record starts on")
    func quotesInsideFieldsAndUnclosedQuotes() throws {
        let table = try CSVTable(text: "a,b\nx\"y, \"p,q\"\n", file: "t.csv")
        #expect(table.rows.map(\.fields) == [["x\"y", "p,q"]])
        #expect(throws: DataError(file: "t.csv", location: .line(3), problem: "a quoted field is never closed")) {
            try CSVTable(text: "a\nb\n\"c\nd", file: "t.csv")
        }
    }
}
