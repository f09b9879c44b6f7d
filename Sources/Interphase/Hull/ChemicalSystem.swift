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
    /// - Complexity: 2^k − 2 calls for k elements.
    func forEachProperSubsystem(_ body: (ChemicalSystem) -> Void) {
        let members = elements.map { ChemicalSystem([$0]) }
        let k = members.count
        guard k >= 2, k < 63 else { return }
        for mask in 1..<((1 << k) - 1) {
            var subsystem = ChemicalSystem(low: 0, high: 0)
            var bits = mask
            while bits != 0 {
                subsystem = subsystem.union(members[bits.trailingZeroBitCount])
                bits &= bits - 1
            }
            body(subsystem)
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
