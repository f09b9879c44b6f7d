/// A chemical system: a set of elements (`Li-O-P`), stored as a 128-bit mask of atomic numbers
/// so that equality, hashing and subset tests cost a few instructions.
package struct ChemicalSystem: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Bit `Z − 1` set for each element of atomic number Z ≤ 64.
    private let low: UInt64
    /// Bit `Z − 65` set for each element of atomic number Z > 64.
    private let high: UInt64

    /// The system of `elements` (duplicates are ignored).
    ///
    /// - Complexity: O(k) for k elements.
    package init<S: Sequence>(_ elements: S) where S.Element == Element {
        var low: UInt64 = 0, high: UInt64 = 0
        for element in elements {
            let bit = element.atomicNumber - 1
            if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
        }
        self.low = low
        self.high = high
    }

    /// The chemical system of a composition.
    package init(_ composition: Composition) {
        self.init(composition.amounts.lazy.map(\.element))
    }

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The two mask words mixed into one (multiplicative hashing; the high bits are the best
    /// mixed), for ``SystemPositionTable``.
    var mixedMask: UInt64 {
        (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ ((low ^ high) >> 29)
    }

    /// The number of elements.
    package var count: Int { low.nonzeroBitCount + high.nonzeroBitCount }

    /// Whether the system has no element.
    package var isEmpty: Bool { low == 0 && high == 0 }

    /// The elements, in order of atomic number.
    ///
    /// - Complexity: O(k).
    package var elements: [Element] {
        var result: [Element] = []
        result.reserveCapacity(count)
        for (word, offset) in [(low, 1), (high, 65)] {
            var bits = word
            while bits != 0 {
                let bit = bits.trailingZeroBitCount
                result.append(Element(atomicNumber: bit + offset)!)
                bits &= bits - 1
            }
        }
        return result
    }

    /// The place among ``elements`` of the element of atomic number `atomicNumber` (one of the
    /// system's): how many of its elements have a smaller atomic number. Two mask operations, no
    /// array: the row of that element in the linear programs of the system.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    func offset(ofAtomicNumber atomicNumber: Int) -> Int {
        let bit = atomicNumber - 1
        if bit < 64 { return (low & ((1 << UInt64(bit)) &- 1)).nonzeroBitCount }
        return low.nonzeroBitCount + (high & ((1 << UInt64(bit - 64)) &- 1)).nonzeroBitCount
    }

    /// Whether every element of `self` is in `other`.
    ///
    /// - Complexity: O(1): two mask tests.
    @inline(__always)
    package func isSubset(of other: ChemicalSystem) -> Bool {
        low & ~other.low == 0 && high & ~other.high == 0
    }

    /// Whether `element` is in the system.
    package func contains(_ element: Element) -> Bool {
        !ChemicalSystem([element]).isDisjoint(with: self)
    }

    /// Whether the two systems share no element.
    package func isDisjoint(with other: ChemicalSystem) -> Bool { low & other.low == 0 && high & other.high == 0 }

    /// The union of two systems.
    package func union(_ other: ChemicalSystem) -> ChemicalSystem {
        ChemicalSystem(low: low | other.low, high: high | other.high)
    }

    /// The common elements of two systems.
    package func intersection(_ other: ChemicalSystem) -> ChemicalSystem {
        ChemicalSystem(low: low & other.low, high: high & other.high)
    }

    /// Every non-empty proper subsystem, calling `body` once for each.
    ///
    /// The subsets are enumerated as sub-masks of the two mask words (`s = (s − 1) & mask`), so
    /// no array of elements is built: a screening enumerates the 2^k − 2 subsystems of every new
    /// system it meets.
    ///
    /// - Complexity: 2^k − 2 calls for k elements.
    @inline(__always)
    func forEachProperSubsystem(_ body: (ChemicalSystem) -> Void) {
        let k = count
        guard k >= 2, k < 63 else { return }
        var high = self.high
        while true {
            var low = self.low
            while true {
                if (low != 0 || high != 0) && (low != self.low || high != self.high) {
                    body(ChemicalSystem(low: low, high: high))
                }
                if low == 0 { break }
                low = (low &- 1) & self.low
            }
            if high == 0 { break }
            high = (high &- 1) & self.high
        }
    }

    /// Orders by number of elements, then by the elements' atomic numbers (deterministic).
    package static func < (lhs: ChemicalSystem, rhs: ChemicalSystem) -> Bool {
        if lhs.count != rhs.count { return lhs.count < rhs.count }
        // Equal counts: the ascending atomic numbers first differ at the lowest bit the two
        // masks differ in, and the system holding that element has the smaller number there.
        // (Bit arithmetic: no arrays, since indexing sorts every system of the data.)
        let lowDifference = lhs.low ^ rhs.low
        if lowDifference != 0 { return lhs.low & (lowDifference & (~lowDifference &+ 1)) != 0 }
        let highDifference = lhs.high ^ rhs.high
        return highDifference != 0 && lhs.high & (highDifference & (~highDifference &+ 1)) != 0
    }

    /// Element symbols sorted alphabetically and joined by `-` (`Li-N-O-P`), as the Materials
    /// Project writes chemical systems.
    package var description: String { elements.map(\.symbol).sorted().joined(separator: "-") }
}
