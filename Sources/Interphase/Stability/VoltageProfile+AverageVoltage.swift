extension VoltageProfile {
    /// The average voltage (V vs the open element's metal) at which the composition exchanges
    /// the open element between two uptakes: ∫ V d(uptake) / Δuptake along the profile, each
    /// critical voltage weighted by the part of its uptake change that lies between the two.
    ///
    /// Between two equilibrium states this is −ΔE / (z·e·Δn) of the reaction that connects them
    /// (E on the data's formation scale, Δn open-element atoms taken up, z its charge: 1 for Li):
    /// the average voltage of an
    /// insertion electrode, as pymatgen's `InsertionElectrode.get_average_voltage` gives it.
    /// For the profile of LiCoO2, `averageVoltage(fromUptake: 0, toUptake: -1)` is the average
    /// voltage of LiCoO2 → CoO2 + Li, over every intermediate plateau.
    ///
    /// - Parameters:
    ///   - start: Open-element atoms taken up per formula unit of the input at one end (negative =
    ///     released), as ``ProfileStep/openElementUptake`` counts them.
    ///   - end: The uptake at the other end; the order of the two does not matter.
    /// - Returns: The average voltage (V), or `nil` when the open element is not a metal (no
    ///   voltages), the two uptakes are equal, or either lies beyond the profile's range — more
    ///   than the first step's uptake (at 0 V) or less than the last step's — by more than
    ///   `Tolerance.zeroUptake`.
    public func averageVoltage(fromUptake start: Double, toUptake end: Double) -> Double? {
        let low = min(start, end), high = max(start, end)
        guard let first = steps.first, let last = steps.last, high - low > Tolerance.zeroUptake,
              high <= first.openElementUptake + Tolerance.zeroUptake, low >= last.openElementUptake - Tolerance.zeroUptake
        else { return nil }
        // Step i gives way to step i + 1 at its high voltage, where the uptake falls from its
        // own to the next step's: that voltage holds over the part of the fall between the two.
        var integral = 0.0
        for (step, next) in zip(steps, steps.dropFirst()) {
            guard let voltage = step.voltageHigh else { return nil }
            let overlap = min(high, step.openElementUptake) - max(low, next.openElementUptake)
            if overlap > 0 { integral += voltage * overlap }
        }
        return integral / (high - low)
    }
}
