extension StabilityWindow {
    /// The step of ``profile`` just beyond the reduction limit: the last step above the window's
    /// chemical potential (below its voltage), where the composition takes up the open element.
    /// Its products are ``reductionProducts``; its ``ProfileStep/openElementUptake`` is the
    /// uptake (atoms per formula unit) that defines the limit.
    ///
    /// `nil` when the window reaches the pure open element (reduction limit 0 V, μ − μ⁰ = 0), when
    /// the window is empty under fixed potentials (``windowEmpty``), or for a window built without
    /// its profile.
    public var stepBeyondReduction: ProfileStep? {
        guard !windowEmpty else { return nil }
        let limit = reductionLimitChemicalPotential
        return profile.last { ($0.chemicalPotentialLow ?? -.infinity) >= limit - Tolerance.criticalPotential }
    }

    /// The step of ``profile`` just beyond the oxidation limit: the first step below the window's
    /// chemical potential (above its voltage), where the composition releases the open element.
    /// Its products are ``oxidationProducts``.
    ///
    /// `nil` when the composition is never oxidised (no oxidation limit), when the window is
    /// empty under fixed potentials (``windowEmpty``), or for a window built without its profile.
    public var stepBeyondOxidation: ProfileStep? {
        guard !windowEmpty, let limit = oxidationLimitChemicalPotential else { return nil }
        return profile.first { $0.chemicalPotentialHigh <= limit + Tolerance.criticalPotential }
    }
}
