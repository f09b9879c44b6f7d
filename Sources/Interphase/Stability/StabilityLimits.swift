/// The limits of a stability window and the products beyond them, without the whole profile.
struct StabilityLimits: Equatable, Sendable {
    /// μ − μ⁰ (eV) of the reduction limit.
    var reductionChemicalPotential: Double
    /// μ − μ⁰ (eV) of the oxidation limit, `nil` when never oxidised.
    var oxidationChemicalPotential: Double?
    var reductionProducts: [PhaseAmount]
    var oxidationProducts: [PhaseAmount]

    init(_ window: StabilityWindow) {
        reductionChemicalPotential = window.reductionLimitChemicalPotential
        oxidationChemicalPotential = window.oxidationLimitChemicalPotential
        reductionProducts = window.reductionProducts
        oxidationProducts = window.oxidationProducts
    }

    init(reduction: Double, oxidation: Double?, reductionProducts: [PhaseAmount], oxidationProducts: [PhaseAmount]) {
        reductionChemicalPotential = reduction
        oxidationChemicalPotential = oxidation
        self.reductionProducts = reductionProducts
        self.oxidationProducts = oxidationProducts
    }
}
