import Foundation

/// An amount of each element: a formula unit as written (`Li2PO2N`: 2 Li, 1 P, 2 O, 1 N).
///
/// Amounts are positive and finite; elements with zero amount are dropped. Two compositions are
/// equal when their amounts are exactly equal; use `isSameReducedComposition(as:)` to compare
/// compositions up to a multiple (Li6P2O8 and Li3PO4).
public struct Composition: Hashable, Sendable, CustomStringConvertible {
    /// The elements with their amounts, in order of atomic number.
    package let amounts: [ElementAmount]

    /// A composition from element amounts.
    ///
    /// - Throws: ``FormulaError/invalidAmount(formula:amount:position:)`` for a negative or
    ///   non-finite amount, ``FormulaError/noAtoms(formula:)`` when nothing is left,
    ///   ``FormulaError/tooManyAtoms(formula:total:)`` above `maximumAtoms` in total.
    public init(_ amounts: [Element: Double]) throws(FormulaError) {
        for (element, amount) in amounts where !(amount.isFinite && amount >= 0) {
            throw .invalidAmount(formula: "\(element.symbol)\(amount)", amount: "\(amount)", position: 1)
        }
        let kept = amounts.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { ElementAmount(element: $0.key, amount: $0.value) }
        guard !kept.isEmpty else { throw .noAtoms(formula: "") }
        let total = kept.reduce(0) { $0 + $1.amount }
        guard total <= Composition.maximumAtoms else {
            throw .tooManyAtoms(formula: kept.map { "\($0.element.symbol)\($0.amount)" }.joined(), total: total)
        }
        self.amounts = kept
    }

    /// The most atoms a formula unit may hold (10⁹). Far beyond any real formula, and low enough
    /// that amounts stay exact integers in a `Double` and fractions stay resolvable.
    package static let maximumAtoms = 1e9

    /// Integer amounts above this are not reduced or printed as integers (2⁵³: beyond it a
    /// `Double` no longer holds every integer, and `Int` conversion could trap).
    static let largestExactInteger = 9_007_199_254_740_992.0

    /// Parses a formula such as `Li3PO4`, `Li2.94PO3.50N0.31`, `Ca3(PO4)2` or `Li3 P1 O4`.
    ///
    /// - Throws: ``FormulaError``, naming the offending text and its position.
    public init(parsing formula: String) throws(FormulaError) {
        if let flat = Composition(bytewise: formula) {
            self = flat
            return
        }
        var parser = FormulaParser(formula)
        let parsed = try parser.parse()
        let total = parsed.values.reduce(0, +)
        // Nested multipliers can overflow to infinity: that is too many atoms, not a bad literal.
        guard total <= Composition.maximumAtoms else { throw .tooManyAtoms(formula: formula, total: total) }
        guard total > 0 else { throw .noAtoms(formula: formula) }
        if let small = parsed.filter({ $0.value > 0 && $0.value <= Tolerance.integerAmount }).min(by: { $0.key < $1.key }) {
            throw .amountTooSmall(formula: formula, element: small.key, amount: small.value)
        }
        try self.init(parsed)
    }

    /// The composition of a formula without spaces (`Li3PO4`, `Ca3(PO4)2`, `Li2.94PO3.5N0.31`)
    /// read straight from its bytes, as ``init(parsing:)`` reads it; `nil` for any other
    /// formula and any error (see `FormulaParser.bytewiseAmounts(_:)`).
    ///
    /// - Complexity: O(length of the formula), no dictionary.
    init?(bytewise formula: String) {
        guard let amounts = FormulaParser.bytewiseAmounts(formula) else { return nil }
        self.init(sortedAmounts: amounts)
    }

    private init(sortedAmounts: [ElementAmount]) {
        self.amounts = sortedAmounts
    }

    /// The elements present, in order of atomic number.
    public var elements: [Element] { amounts.map(\.element) }

    /// The amount of `element` per formula unit (0 when absent).
    public subscript(element: Element) -> Double {
        amounts.first { $0.element == element }?.amount ?? 0
    }

    /// Whether `element` is present.
    package func contains(_ element: Element) -> Bool { amounts.contains { $0.element == element } }

    /// Atoms per formula unit.
    public var numberOfAtoms: Double { amounts.reduce(0) { $0 + $1.amount } }

    /// The atom fraction of `element` (0 when absent).
    package func atomicFraction(of element: Element) -> Double { self[element] / numberOfAtoms }

    /// The atom fraction of each of `elements`, in their order (0 for an absent one): a point of
    /// the composition simplex over those elements.
    ///
    /// - Complexity: O(k · n) for k elements and n of this composition's.
    package func atomicFractions(over elements: [Element]) -> [Double] {
        let total = numberOfAtoms
        return elements.map { self[$0] / total }
    }

    /// The composition scaled to one atom in total.
    package var fractionalComposition: Composition { scaled(by: 1 / numberOfAtoms) }

    /// The composition multiplied by `factor` (> 0).
    package func scaled(by factor: Double) -> Composition {
        Composition(sortedAmounts: amounts.map { ElementAmount(element: $0.element, amount: $0.amount * factor) })
    }

    /// The composition without `element`, or `nil` when nothing else is left.
    package func removing(_ element: Element) -> Composition? {
        let kept = amounts.filter { $0.element != element }
        return kept.isEmpty ? nil : Composition(sortedAmounts: kept)
    }

    /// The sum of two compositions.
    package static func + (lhs: Composition, rhs: Composition) -> Composition {
        var merged: [Element: Double] = [:]
        for part in lhs.amounts + rhs.amounts { merged[part.element, default: 0] += part.amount }
        return Composition(sortedAmounts: merged.sorted { $0.key < $1.key }.map { ElementAmount(element: $0.key, amount: $0.value) })
    }

    /// The chemical system, element symbols sorted alphabetically and joined by `-` (`Li-N-O-P`),
    /// as the Materials Project writes it.
    package var chemicalSystem: String { elements.map(\.symbol).sorted().joined(separator: "-") }

    /// Whether both compositions have the same atom fractions (to `Tolerance.compositionKey`),
    /// i.e. one is a multiple of the other — the same test by which hulls group polymorphs.
    package func isSameReducedComposition(as other: Composition) -> Bool {
        CompositionKey(self) == CompositionKey(other)
    }

    /// The reduced composition and the factor it was divided by: `Li6P2O8` gives `Li3PO4` and 2.
    ///
    /// Integer amounts are divided by their greatest common divisor; compositions with
    /// non-integer amounts are returned unchanged with factor 1. Pure elements reduce to their
    /// conventional molecule where pymatgen names them so (`O2`, `N2`, `H2`, `F2`, `Cl2`),
    /// as do the peroxides pymatgen special-cases (`Li2O2`, `H2O2`, …).
    package var reducedCompositionAndFactor: ReducedComposition {
        let rounded = amounts.map { $0.amount.rounded() }
        let isInteger = zip(amounts, rounded).allSatisfy {
            abs($0.amount - $1) <= Tolerance.integerAmount && $1 >= 1 && $1 <= Composition.largestExactInteger
        }
        guard isInteger else { return ReducedComposition(composition: self, factor: 1) }
        var divisor = Int(rounded[0])
        for value in rounded.dropFirst() { divisor = Composition.gcd(divisor, Int(value)) }
        var reduced = Composition(sortedAmounts: zip(amounts, rounded).map { ElementAmount(element: $0.element, amount: $1 / Double(divisor)) })
        var factor = Double(divisor)
        if let multiplier = Composition.specialMultipliers[reduced.plainFormula] {
            reduced = reduced.scaled(by: multiplier)
            factor /= multiplier
        }
        return ReducedComposition(composition: reduced, factor: factor)
    }

    /// The reduced formula, written as pymatgen writes it, so that names match:
    /// `Li3PO4`, `P2O5` (not P4O10), `O2`, `Li14P2(N2O)3` (the last two elements, when their
    /// electronegativities differ by less than 1.65, are grouped as a polyanion with a common
    /// multiplier), and for non-integer amounts every amount written: `Li2.94P1N0.31O3.5`.
    public var reducedFormula: String {
        let rounded = amounts.map { $0.amount.rounded() }
        let isInteger = zip(amounts, rounded).allSatisfy {
            abs($0.amount - $1) <= Tolerance.integerAmount && $1 >= 1 && $1 <= Composition.largestExactInteger
        }
        guard isInteger else { return spacedFormula.replacingOccurrences(of: " ", with: "") }
        let integerAmounts = zip(amounts, rounded).map { (element: $0.element, amount: Int($1)) }
        let (formula, _) = Composition.reduce(integerAmounts)
        return Composition.specialMultipliers[formula] == nil ? formula : reducedCompositionAndFactor.composition.plainFormula
    }

    /// pymatgen's formula reduction for integer amounts: divide by the gcd, order by
    /// electronegativity (then symbol), and group a trailing polyanion.
    private static func reduce(_ amounts: [(element: Element, amount: Int)]) -> (formula: String, factor: Int) {
        let ordered = amounts.sorted {
            ($0.element.electronegativity, $0.element.symbol) < ($1.element.electronegativity, $1.element.symbol)
        }
        let factor = ordered.map(\.amount).reduce(0) { gcd($0, $1) }
        var polyanion = ""
        var leading = ordered
        if ordered.count >= 3,
            ordered[ordered.count - 1].element.electronegativity - ordered[ordered.count - 2].element.electronegativity < 1.65
        {
            let tail = ordered.suffix(2).map { (element: $0.element, amount: $0.amount / factor) }
            let (tailFormula, tailFactor) = reduce(Array(tail))
            if tailFactor != 1 {
                polyanion = "(\(tailFormula))\(tailFactor)"
                leading = Array(ordered.dropLast(2))
            }
        }
        let text = leading.map { term -> String in
            let amount = term.amount / factor
            return term.element.symbol + (amount == 1 ? "" : String(amount))
        }.joined()
        return (text + polyanion, factor)
    }

    /// The formula with the amounts as they are, elements ordered by electronegativity (then
    /// symbol) as pymatgen writes them, amounts of 1 omitted: `Li6P2O8`, `Li2.94PO3.5N0.31`.
    public var formula: String { plainFormula }

    /// The formula with every amount written, separated by spaces, elements in the same order
    /// (`Li3 P1 O4`), pymatgen's `formula`.
    package var spacedFormula: String {
        orderedForFormula.map { "\($0.element.symbol)\(NumberFormat.formulaAmount($0.amount, omittingOne: false))" }
            .joined(separator: " ")
    }

    /// One line for the user.
    public var description: String { formula }

    private var plainFormula: String {
        orderedForFormula.map { "\($0.element.symbol)\(NumberFormat.formulaAmount($0.amount, omittingOne: true))" }.joined()
    }

    private var orderedForFormula: [ElementAmount] {
        amounts.sorted {
            ($0.element.electronegativity, $0.element.symbol) < ($1.element.electronegativity, $1.element.symbol)
        }
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }

    /// Reduced formulas pymatgen writes as a molecule, doubled: `O` → `O2`, `LiO` → `Li2O2`.
    private static let specialMultipliers: [String: Double] = [
        "O": 2, "N": 2, "H": 2, "F": 2, "Cl": 2,
        "LiO": 2, "NaO": 2, "KO": 2, "HO": 2, "CsO": 2, "RbO": 2,
    ]
}

extension Composition {
    /// Equal when the same elements have the same amounts (the formula unit matters: `Li2O2` ≠ `LiO`).
    public static func == (lhs: Composition, rhs: Composition) -> Bool {
        lhs.amounts.count == rhs.amounts.count
            && zip(lhs.amounts, rhs.amounts).allSatisfy { $0.element == $1.element && $0.amount == $1.amount }
    }

    /// Hashes the elements and amounts, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        for part in amounts {
            hasher.combine(part.element)
            hasher.combine(part.amount)
        }
    }
}
