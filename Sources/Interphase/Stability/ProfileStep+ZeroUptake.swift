extension ProfileStep {
    /// Whether the step exchanges none of the open element: |uptake| ≤ `Tolerance.zeroUptake`
    /// per atom of the input's formula unit of `atoms` atoms.
    func hasZeroUptake(formulaUnitAtoms atoms: Double) -> Bool {
        abs(openElementUptake) <= Tolerance.zeroUptake * atoms
    }

    /// Whether the step exchanges nothing with the reservoirs of the fixed chemical potentials
    /// (each |uptake| ≤ `Tolerance.zeroUptake` per atom of the input's formula unit).
    func exchangesNoFixedElement(formulaUnitAtoms atoms: Double) -> Bool {
        exchangesNoFixedElement(within: Tolerance.zeroUptake * atoms)
    }

    /// Whether every uptake of a fixed element is at most `tolerance` atoms per formula unit in
    /// magnitude (the fallback window's uptake tolerance for compositions that are not exactly
    /// balanced).
    func exchangesNoFixedElement(within tolerance: Double) -> Bool {
        fixedElementUptakes.values.allSatisfy { abs($0) <= tolerance }
    }

    /// The first run of consecutive steps within `range` that satisfy `condition`, or `nil` when
    /// none does.
    static func firstRun(
        in range: ClosedRange<Int>, of steps: [ProfileStep], where condition: (ProfileStep) -> Bool
    ) -> ClosedRange<Int>? {
        guard let first = range.first(where: { condition(steps[$0]) }) else { return nil }
        var last = first
        while last + 1 <= range.upperBound, condition(steps[last + 1]) { last += 1 }
        return first...last
    }

    /// The first run of consecutive zero-uptake steps of a profile (``hasZeroUptake(formulaUnitAtoms:)``):
    /// the stability window of a composition on the hull, or `nil` when there is none.
    static func zeroUptakeRange(of steps: [ProfileStep], formulaUnitAtoms atoms: Double) -> ClosedRange<Int>? {
        guard !steps.isEmpty else { return nil }
        return firstRun(in: 0...(steps.count - 1), of: steps) { $0.hasZeroUptake(formulaUnitAtoms: atoms) }
    }
}
