extension ProfileStep {
    /// Whether the step exchanges none of the open element: |uptake| ≤ ``Tolerance/zeroUptake``
    /// per atom of the input's formula unit of `atoms` atoms.
    func hasZeroUptake(formulaUnitAtoms atoms: Double) -> Bool {
        abs(openElementUptake) <= Tolerance.zeroUptake * atoms
    }

    /// Whether the step exchanges nothing with the reservoirs of the fixed chemical potentials
    /// (each |uptake| ≤ ``Tolerance/zeroUptake`` per atom of the input's formula unit).
    func exchangesNoFixedElement(formulaUnitAtoms atoms: Double) -> Bool {
        fixedElementUptakes.values.allSatisfy { abs($0) <= Tolerance.zeroUptake * atoms }
    }

    /// The first run of consecutive zero-uptake steps of a profile (``hasZeroUptake(formulaUnitAtoms:)``):
    /// the stability window of a composition on the hull, or `nil` when there is none.
    static func zeroUptakeRange(of steps: [ProfileStep], formulaUnitAtoms atoms: Double) -> ClosedRange<Int>? {
        guard let first = steps.firstIndex(where: { $0.hasZeroUptake(formulaUnitAtoms: atoms) }) else { return nil }
        var last = first
        while last + 1 < steps.count, steps[last + 1].hasZeroUptake(formulaUnitAtoms: atoms) { last += 1 }
        return first...last
    }
}
