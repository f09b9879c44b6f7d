extension ProfileStep {
    /// ΔΦ: the grand-potential change of the step's reaction at the open element's chemical
    /// potential `chemicalPotential` (μ − μ⁰, eV), eV per atom of the input as written (every
    /// element counted), as ``GrandCanonicalDecomposition/grandPotentialChangePerAtom`` is: ≤ 0
    /// inside the step for a reaction that happens, 0 on the zero-uptake step.
    ///
    /// ΔΦ(μ) = (ΔE − Δn·μ − Σ Δn_f·μ_f) / N: ΔE the closed reaction energy (the elements at their
    /// references), Δn the uptake of the open element, Δn_f and μ_f those of the fixed elements,
    /// N the input's atoms. Linear in μ over the step, so its two ends bound it.
    ///
    /// - Parameters:
    ///   - chemicalPotential: μ − μ⁰ of the open element (eV), usually an end of the step.
    ///   - inputAtoms: Atoms per formula unit of the input as written.
    ///   - fixedChemicalPotentials: μ − μ⁰ (eV) of the fixed elements by symbol (the profile's echo).
    /// - Returns: eV per atom of the input.
    package func grandPotentialChangePerAtom(
        atChemicalPotential chemicalPotential: Double, inputAtoms: Double, fixedChemicalPotentials: [String: Double] = [:]
    ) -> Double {
        let reactantAtoms = inputAtoms + max(openElementUptake, 0) + fixedElementUptakes.values.reduce(0) { $0 + max($1, 0) }
        let fixedWork = fixedElementUptakes.reduce(0) { $0 + $1.value * (fixedChemicalPotentials[$1.key] ?? 0) }
        return (reactionEnergyPerAtom * reactantAtoms - openElementUptake * chemicalPotential - fixedWork) / inputAtoms
    }

    /// The line a table of steps prints under its ΔΦ column.
    package static var grandPotentialChangeLegend: String {
        EnergyReference.givenChemicalPotentials.legend("ΔΦ", .perAtomOfInput)
            + " (from the step's low-voltage end to its high-voltage end; linear in between)"
    }
}
