/// Constrained equilibria: phases left out of every computation, and metastable phases admitted
/// onto the hull.
///
/// - Exclusion: a token that is some entry's id excludes that entry; otherwise it is read as a
///   formula and excludes every entry of that composition (any multiple: `Li3P` and `Li6P2`).
///   Pure elements cannot be excluded by formula (they are the references); excluding one
///   elemental entry by id is allowed while another pure entry of that element remains.
/// - Admission: after the exclusions, every phase whose energy above the hull of the remaining
///   entries is at most `metastableTolerance` (eV/atom) is lowered by its energy above hull plus
///   1e-8 eV/atom, so that it becomes a strict vertex (Zhu et al.'s convention, as `--stabilize`
///   does for one compound). Only the lowest entry of each composition is admitted, and a
///   composition that already has a stable entry is left alone (a polymorph is not a new phase).
public struct EntryConstraints: Codable, Equatable, Sendable {
    /// Formulas or entry ids to exclude.
    public var exclude: [String]
    /// Admit every phase within this energy above hull, eV/atom (≥ 0), or `nil`.
    public var metastableTolerance: Double?

    /// The extra lowering beyond the energy above hull, eV/atom, that makes an admitted phase a
    /// strict vertex of the hull.
    public static let admissionMargin = 1e-8

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
    public var isEmpty: Bool { exclude.isEmpty && metastableTolerance == nil }

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
    public func apply(to entries: [Entry]) throws(ConstraintError) -> ConstrainedEntries {
        var record = ConstraintRecord(excluded: [], admitted: [], metastableTolerance: metastableTolerance)
        var keep = [Bool](repeating: true, count: entries.count)
        for token in exclude.map({ $0.trimmingCharacters(in: .whitespaces) }) where !token.isEmpty {
            let byId = entries.indices.filter { entries[$0].id == token }
            let matches: [Int]
            let matchedBy: String
            if !byId.isEmpty {
                matches = byId
                matchedBy = "id"
            } else {
                guard let composition = try? Composition(parsing: token) else { throw .noMatch(token) }
                if composition.amounts.count == 1 { throw .elementExcluded(token) }
                matches = entries.indices.filter { entries[$0].composition.isSameReducedComposition(as: composition) }
                matchedBy = "formula"
            }
            guard !matches.isEmpty else { throw .noMatch(token) }
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
            let diagram: PhaseDiagram
            do { diagram = try PhaseDiagram(entries: kept) } catch { throw .phaseDiagram(error) }
            var stableKeys = Set<CompositionKey>()
            for index in diagram.stableIndices { stableKeys.insert(CompositionKey(kept[index].composition)) }
            var lowest: [CompositionKey: Int] = [:]
            for index in kept.indices where !diagram.isStable(entryAt: index) {
                let key = CompositionKey(kept[index].composition)
                guard !stableKeys.contains(key) else { continue }
                if let current = lowest[key], diagram.formationEnergiesPerAtom[current] <= diagram.formationEnergiesPerAtom[index] { continue }
                lowest[key] = index
            }
            for index in lowest.values.sorted() {
                let above = max(0, diagram.energyAboveHull(ofEntryAt: index))
                guard above <= tolerance else { continue }
                let shift = above + EntryConstraints.admissionMargin
                kept[index].energy -= shift * kept[index].composition.numberOfAtoms
                kept[index].attributes["stabilized_by_eV_per_atom"] = "\(shift)"
                record.admitted.append(AdmittedEntry(id: kept[index].id, formula: kept[index].formula,
                                                     energyAboveHull: above, loweredBy: shift))
            }
        }
        return ConstrainedEntries(entries: kept, record: record)
    }
}

/// The result of ``EntryConstraints/apply(to:)``.
public struct ConstrainedEntries: Sendable {
    /// The entries every computation should use.
    public var entries: [Entry]
    /// What was excluded and admitted.
    public var record: ConstraintRecord
}

/// What constraints did to the data: the excluded entries and the admitted (lowered) ones.
public struct ConstraintRecord: Codable, Equatable, Sendable {
    /// The excluded entries, in the order of the exclusion tokens.
    public var excluded: [ExcludedEntry]
    /// The metastable entries lowered onto the hull, in entry order.
    public var admitted: [AdmittedEntry]
    /// The `--metastable` tolerance (eV/atom), or `nil` when none was given.
    public var metastableTolerance: Double?

    enum CodingKeys: String, CodingKey {
        case excluded, admitted
        case metastableTolerance = "metastable_tolerance"
    }

    /// Encodes with the field names of the command-line tool's JSON, writing `null` for absent
    /// values; the synthesised decoder reads the same names.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(excluded, forKey: .excluded)
        try container.encode(admitted, forKey: .admitted)
        try container.encode(metastableTolerance, forKey: .metastableTolerance)
    }

    /// One line for people: `excluded Li3P (mp-736); admitted Li2N (mp-1062345) lowered by 0.0123 eV/atom`.
    public var summary: String {
        var parts: [String] = []
        parts.append(excluded.isEmpty ? "excluded nothing"
            : "excluded " + excluded.map { entry in entry.id.map { "\(entry.formula) (\($0))" } ?? entry.formula }.joined(separator: ", "))
        if let metastableTolerance {
            let admittedText = admitted.map { entry in
                (entry.id.map { "\(entry.formula) (\($0))" } ?? entry.formula)
                    + " +\(String(format: "%.4f", entry.energyAboveHull)) eV/atom"
            }
            parts.append(admitted.isEmpty
                ? "admitted no phase within \(metastableTolerance) eV/atom of the hull"
                : "admitted onto the hull (E_hull ≤ \(metastableTolerance) eV/atom, lowered by E_hull + 1e-8): " + admittedText.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }
}

/// An entry left out by an exclusion.
public struct ExcludedEntry: Codable, Equatable, Sendable {
    /// The entry's id, or `nil`.
    public var id: String?
    /// Its reduced formula.
    public var formula: String
    /// `"id"` or `"formula"`: how the token matched.
    public var matchedBy: String
    /// The token as given.
    public var token: String

    enum CodingKeys: String, CodingKey {
        case id, formula, token
        case matchedBy = "matched_by"
    }

    /// Encodes with the field names of the command-line tool's JSON, writing `null` for absent
    /// values; the synthesised decoder reads the same names.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(formula, forKey: .formula)
        try container.encode(matchedBy, forKey: .matchedBy)
        try container.encode(token, forKey: .token)
    }
}

/// A metastable entry lowered onto the hull.
public struct AdmittedEntry: Codable, Equatable, Sendable {
    /// The entry's id, or `nil`.
    public var id: String?
    /// Its reduced formula.
    public var formula: String
    /// Its energy above the hull before lowering, eV/atom.
    public var energyAboveHull: Double
    /// How much its energy was lowered, eV/atom (energy above hull + 1e-8).
    public var loweredBy: Double

    enum CodingKeys: String, CodingKey {
        case id, formula
        case energyAboveHull = "energy_above_hull"
        case loweredBy = "lowered_by"
    }

    /// Encodes with the field names of the command-line tool's JSON, writing `null` for absent
    /// values; the synthesised decoder reads the same names.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(formula, forKey: .formula)
        try container.encode(energyAboveHull, forKey: .energyAboveHull)
        try container.encode(loweredBy, forKey: .loweredBy)
    }
}

/// Why constraints could not be applied.
public enum ConstraintError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A token is neither an entry id nor a formula of any entry.
    case noMatch(String)
    /// A pure element was excluded by formula.
    case elementExcluded(String)
    /// The exclusions removed every pure entry of an element that other entries contain.
    case referenceExcluded(Element)
    /// A negative or non-finite metastability tolerance.
    case invalidTolerance(Double)
    /// The hull of the remaining entries failed.
    case phaseDiagram(PhaseDiagramError)

    /// One line for the user.
    public var description: String {
        switch self {
        case .noMatch(let token):
            return "--exclude \(token): no entry has this id or composition"
        case .elementExcluded(let token):
            return "--exclude \(token): pure elements are the energy references and cannot be excluded by formula (exclude a polymorph by its id)"
        case .referenceExcluded(let element):
            return "--exclude removes every pure \(element.symbol) entry, but \(element.symbol) is the reference of other entries"
        case .invalidTolerance(let value):
            return "--metastable must be a finite energy ≥ 0 eV/atom, got \(value)"
        case .phaseDiagram(let error):
            return error.description
        }
    }
}

extension Dataset {
    /// The dataset with `constraints` applied (over its entries and implicit references
    /// together; the references are pure elements and are never excluded or lowered), and what
    /// changed.
    ///
    /// - Parameter constraints: What to exclude and admit.
    /// - Returns: The constrained dataset and the record of what was done.
    /// - Throws: ``ConstraintError``.
    public func applying(_ constraints: EntryConstraints) throws(ConstraintError) -> ConstrainedDataset {
        var result = self
        guard !constraints.isEmpty else {
            return ConstrainedDataset(dataset: result, record: ConstraintRecord(excluded: [], admitted: [], metastableTolerance: nil))
        }
        let constrained = try constraints.apply(to: allEntries)
        result.entries = Array(constrained.entries.dropLast(implicitReferences.count))
        return ConstrainedDataset(dataset: result, record: constrained.record)
    }
}

import Foundation
