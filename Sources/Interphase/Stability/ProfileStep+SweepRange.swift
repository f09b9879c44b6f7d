extension ProfileStep {
    /// Whether this step's range of the swept chemical potential (μ − μ⁰, eV) overlaps `range`
    /// (ends included): the steps a ``SweepRange`` keeps.
    func overlaps(chemicalPotentials range: ClosedRange<Double>) -> Bool {
        chemicalPotentialHigh >= range.lowerBound && (chemicalPotentialLow ?? -.infinity) <= range.upperBound
    }
}
