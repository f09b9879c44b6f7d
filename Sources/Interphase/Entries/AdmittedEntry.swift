/// A metastable entry lowered onto the hull.
package struct AdmittedEntry: Codable, Equatable, Sendable {
    /// The entry's id, or `nil`.
    @NullWhenAbsent package var id: String?
    /// Its reduced formula.
    package var formula: String
    /// Its energy above the hull before lowering, eV/atom.
    package var energyAboveHull: Double
    /// How much its energy was lowered, eV/atom (energy above hull + `Tolerance.stabilizationMargin`).
    package var loweredBy: Double

    enum CodingKeys: String, CodingKey {
        case id, formula
        case energyAboveHull = "energy_above_hull"
        case loweredBy = "lowered_by"
    }
}
