/// The largest magnitudes Interphase accepts as input, in one table: each is far beyond any real
/// value and far below where double-precision arithmetic (sums of energies, the LP's costs,
/// qhull's coordinates) or memory would fail, so that an absurd number is refused in one line
/// rather than ending as `inf` in a table, an internal solver message or an exhausted machine.
///
/// | constant | value | unit | why this size |
/// |---|---|---|---|
/// | ``energyPerAtom`` | 1e6 | eV/atom | DFT energies are below 1e3 eV/atom; 1e6 × 1e9 atoms stays far from overflow |
/// | ``voltage`` | 1e3 | V | electrochemical windows lie within 0–10 V |
/// | ``chemicalPotential`` | 1e4 | eV | ≥ 1e3 V × the largest working-ion charge (3) |
/// | ``sigma`` | 1e2 | eV/atom | DFT errors are ~0.1 eV/atom; larger σ says nothing |
/// | ``samples`` | 1e6 | samples | every sample is kept for the percentiles: memory and time grow linearly |
/// | ``monteCarloSeconds`` | 600 | s | a run estimated (from its first samples) to take longer is refused with the estimate |
/// | ``partialPressure`` | 1e4 | bar | a gas reservoir is an ideal gas: far beyond, it is no longer one |
///
/// One rule joins the voltage and chemical-potential bounds, for every command and the library
/// alike (``lowestChemicalPotential(of:)``): a metal working ion of charge z held at μ − μ⁰ is at
/// V = −(μ − μ⁰)/(z e), so its chemical potential (open, fixed or a bound of a diagram's box
/// slice) goes down to −z × ``voltage`` eV only; any other element's to −``chemicalPotential`` eV.
package enum InputLimits {
    /// The largest magnitude of an energy per atom (eV/atom) in data, after corrections.
    package static let energyPerAtom = 1e6

    /// The highest voltage (V vs the open metal) of a reservoir or a figure's axis.
    package static let voltage = 1e3

    /// The largest magnitude of a chemical potential relative to the pure element (eV).
    package static let chemicalPotential = 1e4

    /// The largest energy uncertainty σ (eV/atom, one standard deviation) of Monte Carlo
    /// sampling.
    package static let sigma = 1e2

    /// The most Monte Carlo samples of one run. Each sample's result is kept to compute the
    /// percentiles, so memory and time grow linearly with the count; 10⁶ samples already give
    /// the 5th and 95th percentiles to about 0.05 %.
    package static let samples = 1_000_000

    /// The lowest chemical potential μ − μ⁰ (eV) of `element` a reservoir may hold: −z ×
    /// ``voltage`` for a metal working ion of charge z (the voltage bound, V = −(μ − μ⁰)/(z e)),
    /// −``chemicalPotential`` for any other element.
    package static func lowestChemicalPotential(of element: Element) -> Double {
        element.workingIonCharge.map { -Double($0) * voltage } ?? -chemicalPotential
    }

    /// The range a chemical potential of `element` must lie in, as the refusals write it:
    /// "from −1000 to 0 eV relative to the pure element (1000 V vs Li/Li⁺)".
    package static func chemicalPotentialRange(of element: Element) -> String {
        let lowest = lowestChemicalPotential(of: element)
        let range = "from −\(Int(-lowest)) to 0 eV relative to the pure element"
        guard let couple = element.workingIonCouple else { return range }
        return range + " (\(Int(voltage)) V vs \(couple), the voltage bound)"
    }

    /// The longest Monte Carlo run accepted (seconds of wall-clock sampling): ten minutes. The
    /// cost of a run is its samples times the cost of one sample of its system, divided by the
    /// cores; the latter is measured on the run's first samples (at least a quarter of a second
    /// of them), and a run whose estimate exceeds this is refused then, with the estimate and the
    /// samples that fit (`MonteCarloError.tooLong`).
    package static let monteCarloSeconds = 600.0

    /// The highest partial pressure of a gas reservoir (bar). The chemical potential is that of
    /// an ideal gas (R·T·ln p); at 10⁴ bar real gases are far from ideal already.
    package static let partialPressure = 1e4
}
