import Foundation

/// What constraints did to the data: the excluded entries and the admitted (lowered) ones.
package struct ConstraintRecord: Codable, Equatable, Sendable {
    /// The excluded entries, in the order of the exclusion tokens.
    package var excluded: [ExcludedEntry]
    /// The metastable entries lowered onto the hull, in entry order.
    package var admitted: [AdmittedEntry]
    /// The admission tolerance of ``EntryConstraints/metastableTolerance`` (eV/atom), or `nil`
    /// when none was given.
    @NullWhenAbsent package var metastableTolerance: Double?

    enum CodingKeys: String, CodingKey {
        case excluded, admitted
        case metastableTolerance = "metastable_tolerance"
    }

    /// One line for people: `excluded Li3P (mp-736); admitted Li2N (mp-1062345) lowered by 0.0123 eV/atom`.
    package var summary: String {
        var parts: [String] = []
        parts.append(excluded.isEmpty ? "excluded nothing"
            : "excluded " + excluded.map { entry in entry.id.map { "\(entry.formula) (\($0))" } ?? entry.formula }.joined(separator: ", "))
        if let metastableTolerance {
            let admittedText = admitted.map { entry in
                (entry.id.map { "\(entry.formula) (\($0))" } ?? entry.formula)
                    + " +\(NumberFormat.fixed(entry.energyAboveHull, decimals: 4)) eV/atom"
            }
            parts.append(admitted.isEmpty
                ? "admitted no phase within \(metastableTolerance) eV/atom of the hull"
                : "admitted onto the hull (E_hull ≤ \(metastableTolerance) eV/atom, lowered by E_hull + 1e-8): " + admittedText.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }
}
