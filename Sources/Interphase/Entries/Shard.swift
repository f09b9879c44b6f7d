import Foundation

/// One machine's slice of a batch of queries: `--shard I/N` answers block I (1-based) of N
/// contiguous blocks of nearly equal size.
///
/// Contiguous blocks (rather than every N-th query) so that concatenating the outputs of shards
/// 1, 2, …, N in that order gives exactly the output of the unsharded run. Block I covers the
/// queries at positions ⌊(I−1)·n/N⌋ ..< ⌊I·n/N⌋ of n; every query is in exactly one block, and
/// block sizes differ by at most one. The arithmetic is full-width, so that any I and N up to
/// `Int.max` are answered, never trapped on.
///
/// Not part of the public API: visible to `@_spi(Batch) import Interphase` (the tool and the
/// fuzz targets).
package struct Shard: Equatable, Sendable, CustomStringConvertible {
    /// The block answered, 1-based.
    package let index: Int
    /// The number of blocks.
    package let count: Int

    /// Block `index` of `count`; `nil` unless 1 ≤ `index` ≤ `count`.
    package init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `I/N` (e.g. `3/8`); `nil` for anything else or I outside 1...N.
    package init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
            let index = Int(parts[0].trimmingCharacters(in: .whitespaces)),
            let count = Int(parts[1].trimmingCharacters(in: .whitespaces))
        else { return nil }
        self.init(index: index, count: count)
    }

    /// The positions of this block among `total` queries.
    ///
    /// - Complexity: O(1).
    package func range(of total: Int) -> Range<Int> {
        let total = max(total, 0)
        return Shard.position(index - 1, of: total, count: count)..<Shard.position(index, of: total, count: count)
    }

    /// ⌊block · total / count⌋ without overflow: the product is formed in 128 bits, and the
    /// quotient is at most `total` because `block` ≤ `count`.
    private static func position(_ block: Int, of total: Int, count: Int) -> Int {
        let product = block.multipliedFullWidth(by: total)
        return count.dividingFullWidth(product).quotient
    }

    /// `I/N`.
    package var description: String { "\(index)/\(count)" }
}
