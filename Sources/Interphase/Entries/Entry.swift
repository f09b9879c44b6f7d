/// One phase with its energy: the unit every computation works on.
///
/// `energy` is in eV per formula unit *as written* (`Li6P2O8` carries twice the energy of
/// `Li3PO4`); it already includes any correction (`correction`, eV per formula unit), as pymatgen's
/// `ComputedEntry.energy` does. Whether it is a total or a formation energy is a property of the
/// dataset it came from (see ``Dataset/energyKind``); the hull does not care, voltages use the
/// elemental references of the same dataset.
public struct Entry: Hashable, Sendable {
    /// Identifier such as `mp-1020019`, or `nil` when the source gives none.
    public var id: String?
    /// Atoms per formula unit as written.
    public var composition: Composition
    /// Energy in eV per formula unit as written, corrections included.
    public var energy: Double
    /// The part of `energy` that is a correction (eV per formula unit; 0 for raw energies).
    public var correction: Double
    /// Provenance and any other columns of the source, by name (`source`, `oxide_type`, ...).
    public var attributes: [String: String]

    /// An entry.
    ///
    /// - Parameters:
    ///   - id: Identifier, or `nil`.
    ///   - composition: Atoms per formula unit as written.
    ///   - energy: eV per formula unit as written, corrections included.
    ///   - correction: The part of `energy` that is a correction, eV per formula unit.
    ///   - attributes: Provenance and other data.
    public init(
        id: String?, composition: Composition, energy: Double, correction: Double = 0,
        attributes: [String: String] = [:]
    ) {
        self.id = id
        self.composition = composition
        self.energy = energy
        self.correction = correction
        self.attributes = attributes
    }

    /// An entry from its energy per atom (eV/atom).
    public init(
        id: String?, composition: Composition, energyPerAtom: Double, attributes: [String: String] = [:]
    ) {
        self.init(id: id, composition: composition, energy: energyPerAtom * composition.numberOfAtoms,
                  attributes: attributes)
    }

    /// Energy per atom, eV/atom.
    public var energyPerAtom: Double { energy / composition.numberOfAtoms }

    /// The reduced formula, the entry's name in every output (`P2O5`, not `P4O10`).
    public var formula: String { composition.reducedFormula }

    /// Whether the entry is a pure element.
    public var isElement: Bool { composition.amounts.count == 1 }

    /// The entry's name with its id, for messages: `Li3PO4 (mp-13725)`.
    package var label: String { id.map { "\(formula) (\($0))" } ?? formula }
}
