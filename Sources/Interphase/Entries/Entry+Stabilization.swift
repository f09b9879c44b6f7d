import Foundation

extension Entry {
    /// Lowers the entry onto a hull as a strict vertex (Zhu, He & Mo's convention, used by
    /// `stabilize` windows and admitted metastable phases): by its energy above that hull plus
    /// `Tolerance.stabilizationMargin`, recorded in the attribute `stabilized_by_eV_per_atom`.
    ///
    /// - Parameter energyAboveHull: The entry's energy above the hull, eV/atom (a negative
    ///   rounding value counts as 0).
    /// - Returns: The lowering, eV/atom.
    @discardableResult
    mutating func lowerOntoHull(energyAboveHull: Double) -> Double {
        let shift = max(energyAboveHull, 0) + Tolerance.stabilizationMargin
        energy -= shift * composition.numberOfAtoms
        attributes["stabilized_by_eV_per_atom"] = NumberFormat.significant(shift, digits: 6)
        return shift
    }
}
