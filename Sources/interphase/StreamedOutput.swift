import Foundation

/// Results written to standard output as they come, in a command's `--format`, so that a batch
/// holds one block of results rather than all of them:
/// - JSON Lines: one line per result, written block by block;
/// - JSON: the array `OutputWriting.json` would write for all the results, byte for byte,
///   written element by element;
/// - a table: its columns' widths need every row, so only the rows' text is kept (a few hundred
///   bytes a row) and the table is written by ``finish(table:)``.
struct StreamedOutput<Result: Encodable> {
    enum Mode { case jsonLines, jsonArray, table }

    let mode: Mode
    /// The UTF-8 bytes not yet written, flushed in chunks of 64 KiB.
    private var pending: [UInt8] = []
    private var written = 0
    /// The encoder of every JSON Lines row.
    private let lineEncoder = OutputWriting.jsonLineEncoder()

    init(_ mode: Mode) {
        self.mode = mode
    }

    /// Adds `result` (JSON modes); in table mode the caller keeps its row.
    mutating func append(_ result: Result) throws {
        switch mode {
        case .jsonLines:
            try OutputWriting.appendJSONLine(result, with: lineEncoder, to: &pending)
        case .jsonArray:
            // The element's pretty text, indented one level as inside the array.
            let element = try OutputWriting.json(result).dropLast().split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
            pending += ((written == 0 ? "[\n" : ",\n") + element).utf8
        case .table:
            return
        }
        written += 1
        if pending.count >= 1 << 16 { flush() }
    }

    /// Writes what is pending.
    mutating func flush() {
        guard !pending.isEmpty else { return }
        OutputWriting.write(pending)
        pending.removeAll(keepingCapacity: true)
    }

    /// Ends the output: closes the JSON array (`[\n\n]` when empty, as `JSONEncoder` writes it),
    /// or writes `table` in table mode.
    mutating func finish(table: @autoclosure () -> String) {
        switch mode {
        case .jsonLines: break
        case .jsonArray: pending += (written == 0 ? "[\n\n]\n" : "\n]\n").utf8
        case .table: pending += table().utf8
        }
        flush()
    }
}
