/// A composition up to a multiple, for grouping polymorphs and looking compositions up: atom
/// fractions rounded to `Tolerance.compositionKey`. The one notion of "the same composition".
struct CompositionKey: Hashable, Sendable {
    private let parts: [Int64]
    /// A digest of `parts`, computed once: dictionaries of keys (every system's linear
    /// programs build two) then hash one word, not every part, and tell most unequal keys
    /// apart without reading the parts.
    private let digest: UInt64

    /// The key of atom fractions over a fixed list of elements.
    init(fractions: [Double]) {
        self.init(parts: fractions.map { Int64(($0 / Tolerance.compositionKey).rounded()) })
    }

    /// The key of a composition: its elements with their rounded atom fractions.
    init(_ composition: Composition) {
        let total = composition.numberOfAtoms
        var parts: [Int64] = []
        parts.reserveCapacity(2 * composition.amounts.count)
        for amount in composition.amounts {
            parts.append(Int64(amount.element.atomicNumber))
            parts.append(Int64((amount.amount / total / Tolerance.compositionKey).rounded()))
        }
        self.init(parts: parts)
    }

    private init(parts: [Int64]) {
        self.parts = parts
        // FNV-1a over the parts' words.
        var digest: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            digest = (digest ^ UInt64(bitPattern: part)) &* 0x0000_0100_0000_01b3
        }
        self.digest = digest
    }

    static func == (lhs: CompositionKey, rhs: CompositionKey) -> Bool {
        lhs.digest == rhs.digest && lhs.parts == rhs.parts
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }

    /// The lowest of `group` (entries of one composition) by `energy` per atom, the first of
    /// equals: the one rule by which the hull, the LPs and every look-up pick among polymorphs.
    static func lowest(of group: some Sequence<Int>, by energy: (Int) -> Double) -> Int {
        var lowest: Int?
        for index in group where lowest.map({ energy(index) < energy($0) }) ?? true { lowest = index }
        return lowest!
    }
}
