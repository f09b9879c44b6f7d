import Testing
import Interphase

/// `--shard I/N`: contiguous blocks that concatenate to the whole batch.
@Suite("Shards")
struct ShardTests {
    @Test("shards cover every query exactly once, in order, sizes within one")
    func shards() {
        for total in [0, 1, 2, 7, 100, 1001] {
            for count in [1, 2, 3, 8, 13] {
                let ranges = (1...count).map { Shard(index: $0, count: count)!.range(of: total) }
                #expect(ranges.flatMap { Array($0) } == Array(0..<total), "total \(total) count \(count)")
                let sizes = ranges.map(\.count)
                #expect(sizes.max()! - sizes.min()! <= 1)
            }
        }
        #expect(Shard(parsing: "2/8") == Shard(index: 2, count: 8))
        for bad in ["0/3", "4/3", "1/0", "a/b", "3", "1/2/3", "", "-1/-1", "1/99999999999999999999"] {
            #expect(Shard(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test("shards of Int.max blocks and Int.max queries: full-width arithmetic, no trap")
    func extremes() {
        let last = Shard(index: .max, count: .max)!
        #expect(last.range(of: 2) == 1..<2)
        #expect(last.range(of: .max) == (Int.max - 1)..<Int.max)
        #expect(Shard(index: 1, count: .max)!.range(of: .max) == 0..<1)
        #expect(Shard(index: 3, count: 4)!.range(of: .max).count > 0)
        #expect(Shard(parsing: "9223372036854775807/9223372036854775807") == last)
    }
}
