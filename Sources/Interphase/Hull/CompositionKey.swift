/// A composition up to a multiple, for grouping polymorphs and looking compositions up: atom
/// fractions rounded to `Tolerance.compositionKey`. The one notion of "the same composition".
struct CompositionKey: Hashable, Sendable {
    private let parts: [Int64]

    /// The key of atom fractions over a fixed list of elements.
    init(fractions: [Double]) {
        parts = fractions.map { Int64(($0 / Tolerance.compositionKey).rounded()) }
    }

    /// The key of a composition: its elements with their rounded atom fractions.
    init(_ composition: Composition) {
        let total = composition.numberOfAtoms
        parts = composition.amounts.flatMap { [Int64($0.element.atomicNumber), Int64(($0.amount / total / Tolerance.compositionKey).rounded())] }
    }

    /// The lowest of `group` (entries of one composition) by `energy` per atom, the first of
    /// equals: the one rule by which the hull, the LPs and every look-up pick among polymorphs.
    static func lowest(of group: some Sequence<Int>, by energy: (Int) -> Double) -> Int {
        var lowest: Int?
        for index in group where lowest.map({ energy(index) < energy($0) }) ?? true { lowest = index }
        return lowest!
    }
}
