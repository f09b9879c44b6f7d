/// Decides from a formula alone whether an element is an anion, by charge balance with common
/// oxidation states (``CommonOxidationStates``).
///
/// The rule (Interphase's own, documented in `Data/README-corrections.md`):
/// 1. Order the elements by Pauling electronegativity, most electronegative first. An
///    oxidation-state *pattern* makes the k most electronegative elements anions and the rest
///    cations (k = 1 … d − 1): an anion is never less electronegative than a cation.
/// 2. In a pattern each element's average state may lie anywhere in its common negative range
///    (anions) or positive range (cations); O, as an anion, takes the single average state of its
///    oxide type when one is known (−2, −1, −½, −⅓). The pattern is *charge-balanced* when
///    Σ nᵢ·lowᵢ ≤ 0 ≤ Σ nᵢ·highᵢ (within 10⁻⁶ e per atom), with nᵢ atoms per formula unit.
/// 3. The element is an anion when it is an anion in every charge-balanced pattern, a cation when
///    it is a cation in every one; both is ambiguous; no balanced pattern at all leaves it open.
///
/// Examples: in Li2PO2N (O −2 fixed) only "O, N anions; P, Li cations" balances (Li +2, P +3…+5,
/// O −4, N −3 → −2…0), so N is an anion; in LiNO3 only "O anion" balances (N must be +5), so N
/// is a cation.
enum ChargeBalance {
    /// What charge balance says about one element.
    enum Role: Equatable {
        /// Negative in every charge-balanced pattern.
        case anion
        /// Positive in every charge-balanced pattern.
        case cation
        /// Negative in some balanced patterns, positive in others.
        case ambiguous
        /// No pattern balances (e.g. LiN3, with N at −⅓, outside the common states).
        case unbalanced
    }

    /// The role of `target` in `composition`.
    ///
    /// - Parameters:
    ///   - target: An element of `composition`.
    ///   - oxygenState: O's average oxidation state from its oxide type, or `nil` to use O's
    ///     common negative range (−2…−1).
    static func role(of target: Element, in composition: Composition, oxygenState: Double?) -> Role {
        let ordered = composition.amounts.sorted {
            ($0.element.electronegativity, -$0.element.atomicNumber) > ($1.element.electronegativity, -$1.element.atomicNumber)
        }
        guard ordered.count > 1, let targetIndex = ordered.firstIndex(where: { $0.element == target }) else {
            return .unbalanced
        }
        let tolerance = Tolerance.chargeBalance * composition.numberOfAtoms
        let oxygen = Element(symbol: "O")!
        var seenAnion = false, seenCation = false
        for anionCount in 1..<ordered.count {
            var low = 0.0, high = 0.0
            var possible = true
            for (index, part) in ordered.enumerated() {
                let (element, amount) = (part.element, part.amount)
                let range: ClosedRange<Double>?
                if index < anionCount {
                    if element == oxygen, let oxygenState {
                        range = oxygenState...oxygenState
                    } else {
                        range = CommonOxidationStates.of(element)?.negative.map { Double($0.lowerBound)...Double($0.upperBound) }
                    }
                } else {
                    range = CommonOxidationStates.of(element)?.positive.map { Double($0.lowerBound)...Double($0.upperBound) }
                }
                guard let range else { possible = false; break }
                low += amount * range.lowerBound
                high += amount * range.upperBound
            }
            guard possible, low <= tolerance, high >= -tolerance else { continue }
            if targetIndex < anionCount { seenAnion = true } else { seenCation = true }
        }
        switch (seenAnion, seenCation) {
        case (true, false): return .anion
        case (false, true): return .cation
        case (true, true): return .ambiguous
        case (false, false): return .unbalanced
        }
    }
}
