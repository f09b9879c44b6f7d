import Foundation

/// Constrained equilibria: phases left out of every computation, and metastable phases admitted
/// onto the hull.
///
/// - Exclusion: a token that is some entry's id excludes that entry; otherwise it is read as a
///   formula and excludes every entry of that composition (any multiple: `Li3P` and `Li6P2`).
///   Pure elements cannot be excluded by formula (they are the references); excluding one
///   elemental entry by id is allowed while another pure entry of that element remains.
/// - Admission: after the exclusions, every phase whose energy above the hull of the remaining
///   entries is at most `metastableTolerance` (eV/atom) is lowered by its energy above hull plus
///   `Tolerance.stabilizationMargin`, so that it becomes a strict vertex (Zhu et al.'s convention, as `--stabilize`
///   does for one compound). Only the lowest entry of each composition is admitted, and a
///   composition that already has a stable entry is left alone (a polymorph is not a new phase).
public struct EntryConstraints: Codable, Hashable, Sendable {
    /// Formulas or entry ids to exclude.
    public var exclude: [String]
    /// Admit every phase within this energy above hull, eV/atom (≥ 0), or `nil`.
    @NullWhenAbsent public var metastableTolerance: Double?

    /// Constraints.
    ///
    /// - Parameters:
    ///   - exclude: Formulas or entry ids to leave out.
    ///   - metastableTolerance: Admit phases within this energy above hull, eV/atom, or `nil`.
    public init(exclude: [String] = [], metastableTolerance: Double? = nil) {
        self.exclude = exclude
        self.metastableTolerance = metastableTolerance
    }

    /// Whether no constraint is set.
    package var isEmpty: Bool { exclude.isEmpty && metastableTolerance == nil }

    enum CodingKeys: String, CodingKey {
        case exclude
        case metastableTolerance = "metastable_tolerance"
    }

    /// Applies the constraints to `entries` (every entry a computation uses, elemental
    /// references included).
    ///
    /// - Parameter entries: The entries, energies in eV per formula unit.
    /// - Returns: The remaining entries, admitted ones lowered, and what was done.
    /// - Returns: The entries without the excluded ones, admitted ones lowered (in input order),
    ///   and a record of what changed.
    /// - Throws: ``ConstraintError`` for a token that matches nothing, a pure element excluded by
    ///   formula, an element left without a pure entry, or an invalid tolerance.
    package func apply(to entries: [Entry]) throws(ConstraintError) -> ConstrainedEntries {
        try apply(to: entries, requiringMatches: true)
    }

    /// ``apply(to:)``; with `requiringMatches` false, an exclusion token that matches none of
    /// `entries` is skipped (for the entries of one chemical system, once the tokens were checked
    /// against the whole dataset by ``validateExclusions(against:)``).
    func apply(to entries: [Entry], requiringMatches: Bool) throws(ConstraintError) -> ConstrainedEntries {
        var record = ConstraintRecord(excluded: [], admitted: [], metastableTolerance: metastableTolerance)
        var keep = [Bool](repeating: true, count: entries.count)
        for token in exclusionTokens {
            let (matches, matchedBy) = try EntryConstraints.matches(of: token, in: entries)
            guard !matches.isEmpty || !requiringMatches else { throw .noMatch(token) }
            for index in matches where keep[index] {
                keep[index] = false
                record.excluded.append(ExcludedEntry(id: entries[index].id, formula: entries[index].formula, matchedBy: matchedBy, token: token))
            }
        }
        var kept = entries.indices.filter { keep[$0] }.map { entries[$0] }
        let present = Set(kept.flatMap(\.composition.elements))
        let referenced = Set(kept.filter(\.isElement).flatMap(\.composition.elements))
        if let orphan = present.subtracting(referenced).sorted().first { throw .referenceExcluded(orphan) }

        if let tolerance = metastableTolerance {
            guard tolerance.isFinite, tolerance >= 0 else { throw .invalidTolerance(tolerance) }
            // The kept entries' whole-data hull, by a hull store's pass (one chemical system at
            // a time, so that data of any number of elements answer; a single hull for data of
            // a few elements, as the routing policy says).
            let hull: HullStore.WholeDataHull
            do { hull = try HullStore(entries: kept).wholeDataHull() } catch { throw .phaseDiagram(error) }
            // A stable entry is always the lowest of its composition: a composition whose lowest
            // entry is not stable has no stable polymorph.
            let formationEnergies = hull.stabilities.map(\.formationEnergyPerAtom)
            let lowest = PhaseDiagram.Layout(entries: kept).lowestEntryOfEachComposition(by: formationEnergies)
            for index in lowest.sorted() where !hull.stabilities[index].isStable {
                let above = max(0, hull.stabilities[index].energyAboveHull)
                guard above <= tolerance else { continue }
                let shift = kept[index].lowerOntoHull(energyAboveHull: above)
                record.admitted.append(AdmittedEntry(id: kept[index].id, formula: kept[index].formula,
                                                     energyAboveHull: above, loweredBy: shift))
            }
        }
        return ConstrainedEntries(entries: kept, record: record)
    }

    /// The exclusion tokens, trimmed, empty ones dropped.
    private var exclusionTokens: [String] {
        exclude.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Checks that every exclusion token matches some entry of `entries` (an id, or a formula of
    /// a compound), and that the tolerance is valid, without applying anything.
    ///
    /// - Throws: ``ConstraintError`` as ``apply(to:)``.
    /// - Complexity: O(N) per token.
    package func validateExclusions(against entries: [Entry]) throws(ConstraintError) {
        if let tolerance = metastableTolerance, !(tolerance.isFinite && tolerance >= 0) { throw .invalidTolerance(tolerance) }
        for token in exclusionTokens where try EntryConstraints.matches(of: token, in: entries).indices.isEmpty {
            throw .noMatch(token)
        }
    }

    /// The entries a token excludes: those with that id, otherwise those of that composition (any
    /// multiple); how it matched (`"id"` or `"formula"`).
    ///
    /// - Throws: ``ConstraintError/elementExcluded(_:)`` for a pure element given by formula.
    private static func matches(of token: String, in entries: [Entry]) throws(ConstraintError) -> (indices: [Int], matchedBy: String) {
        let byId = entries.indices.filter { entries[$0].id == token }
        if !byId.isEmpty { return (byId, "id") }
        guard let composition = try? Composition(parsing: token) else { return ([], "id") }
        if composition.amounts.count == 1 { throw .elementExcluded(token) }
        return (entries.indices.filter { entries[$0].composition.isSameReducedComposition(as: composition) }, "formula")
    }
}

