import Foundation
import Interphase

/// A JSON Lines file of queries read a piece at a time (pieces of about `pieceSize` bytes cut at
/// line ends), so that a batch of any length holds one piece of its bytes and one block of its
/// queries, never all of them. Each piece is a ``JSONLines/Batch`` of its own; the lines before
/// it are counted, so that every line number stays the file's.
///
/// Standard input, which cannot be read twice, and a sharded batch (whose blocks are counted
/// over the whole file) are one piece.
struct QueryFilePieces {
    /// The file's name for messages (`<stdin>` for standard input).
    let file: String
    private let path: String?
    private let whole: JSONLines.Batch?
    /// About this many bytes are read per piece.
    static let pieceSize = 1 << 24

    /// The queries of `batch`'s `--input`, or `nil` without one.
    init?(_ batch: BatchOptions) throws {
        guard let input = batch.input else { return nil }
        if input == "-" || batch.shard != nil {
            whole = try batch.readQueries()
            file = whole!.file
            path = nil
        } else {
            InputFiles.record(input)
            // Read once here for its errors (no such file, a directory, unreadable).
            guard let handle = FileHandle(forReadingAtPath: input) else {
                _ = try Dataset.readBytes(path: input)
                throw DataError(file: input, problem: "cannot be read")
            }
            try? handle.close()
            whole = nil
            file = input
            path = input
        }
    }

    /// Calls `body` with each block of at most `blockSize` entry queries, in file order (of the
    /// shard, with `--shard`), their lines those of the file.
    ///
    /// - Throws: the file's and `body`'s errors; ``JSONLines`` decoding errors with the file's
    ///   line numbers; "contains no queries" for a file without any.
    func forEachBlock(of blockSize: Int, shard: Shard, _ body: ([JSONLines.EntryQuery]) throws -> Void) throws {
        if let whole {
            let range = shard.range(of: whole.count)
            for start in stride(from: range.lowerBound, to: range.upperBound, by: blockSize) {
                try body(try whole.entryQueries(at: start..<min(start + blockSize, range.upperBound)))
            }
            return
        }
        guard let handle = FileHandle(forReadingAtPath: path!) else { throw DataError(file: file, problem: "cannot be read") }
        defer { try? handle.close() }
        var carried = Data()
        var linesBefore = 0
        var queries = 0
        while true {
            let read: Data
            do { read = try handle.read(upToCount: Self.pieceSize) ?? Data() } catch {
                throw DataError(file: file, problem: "cannot be read")
            }
            let atEnd = read.isEmpty
            carried.append(read)
            guard !carried.isEmpty else { break }
            // Cut after the last line feed (or, in a file of lone carriage returns, after the
            // last one that is not the last byte read); at the end, take everything.
            let cut: Int
            if atEnd {
                cut = carried.endIndex
            } else if let feed = carried.lastIndex(of: UInt8(ascii: "\n")) {
                cut = feed + 1
            } else if let ret = carried.dropLast().lastIndex(of: UInt8(ascii: "\r")) {
                cut = ret + 1
            } else {
                continue
            }
            let piece = carried[carried.startIndex..<cut]
            // A piece of blank lines only holds no query (a Batch would refuse it).
            if piece.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
                let batch = try Self.offsetting(linesBefore) { () throws(DataError) in try JSONLines.Batch(Data(piece), file: file) }
                queries += batch.count
                for start in stride(from: 0, to: batch.count, by: blockSize) {
                    var block = try Self.offsetting(linesBefore) { () throws(DataError) in
                        try batch.entryQueries(at: start..<min(start + blockSize, batch.count))
                    }
                    for index in block.indices { block[index].line += linesBefore }
                    try body(block)
                }
            }
            linesBefore += Self.lineEnds(in: piece)
            carried = Data(carried[cut...])
            if atEnd { break }
        }
        if queries == 0 {
            // The whole file's own message.
            _ = try JSONLines.Batch(Data(), file: file)
        }
    }

    /// Line ends in `bytes` as ``JSONLines/Batch`` counts them: a line feed, a carriage return
    /// followed by a line feed, or a lone carriage return.
    private static func lineEnds(in bytes: Data) -> Int {
        bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int in
            var count = 0
            for (offset, byte) in buffer.enumerated() where byte == 0x0A || byte == 0x0D {
                // A carriage return followed by a line feed ends one line, counted at the feed.
                if byte == 0x0A || offset + 1 == buffer.count || buffer[offset + 1] != 0x0A { count += 1 }
            }
            return count
        }
    }

    /// `body`'s result, its line numbers moved on by `linesBefore`.
    private static func offsetting<T>(_ linesBefore: Int, _ body: () throws(DataError) -> T) throws(DataError) -> T {
        do { return try body() } catch {
            var moved = error
            if case .line(let line) = error.location { moved.location = .line(line + linesBefore) }
            throw moved
        }
    }
}
