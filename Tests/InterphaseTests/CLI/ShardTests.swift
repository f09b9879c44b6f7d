import Testing
@testable import interphase

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
        for bad in ["0/3", "4/3", "1/0", "a/b", "3", "1/2/3", ""] { #expect(Shard(parsing: bad) == nil, "\(bad)") }
    }
}
