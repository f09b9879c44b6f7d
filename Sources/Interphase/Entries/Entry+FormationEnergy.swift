extension Entry {
    /// Each element's reference entry among `entries`: its lowest pure entry per atom, the
    /// first of equals (index into `entries`). The one rule by which every hull, linear program
    /// and formation energy picks its references.
    ///
    /// - Complexity: O(N) for N entries.
    static func referenceIndices(of entries: [Entry]) -> [Element: Int] {
        var references: [Element: Int] = [:]
        for (index, entry) in entries.enumerated() where entry.isElement {
            let element = entry.composition.elements[0]
            if let current = references[element], entries[current].energyPerAtom <= entry.energyPerAtom { continue }
            references[element] = index
        }
        return references
    }

    /// Each element's reference energy per atom among `entries` (eV/atom): its lowest pure
    /// entry's (``referenceIndices(of:)``).
    ///
    /// - Complexity: O(N) for N entries.
    static func referenceEnergies(of entries: [Entry]) -> [Element: Double] {
        referenceIndices(of: entries).mapValues { entries[$0].energyPerAtom }
    }

    /// The formation energy per atom (eV/atom) of an entry: its energy per atom less the
    /// references' energies weighted by its atom fractions.
    ///
    /// - Parameters:
    ///   - energyPerAtom: The entry's energy, eV/atom.
    ///   - terms: Each element's atom fraction in the entry and reference energy (eV/atom), in
    ///     the order they are summed (absent elements may be given with fraction 0).
    /// - Returns: `energyPerAtom − Σ fraction · reference`, eV/atom.
    /// - Complexity: O(k) for k terms.
    static func formationEnergyPerAtom(
        energyPerAtom: Double, terms: some Sequence<(Double, Double)>
    ) -> Double {
        var reference = 0.0
        for (fraction, energy) in terms { reference += fraction * energy }
        return energyPerAtom - reference
    }

    /// This entry's formation energy per atom (eV/atom) against `references` (eV/atom per
    /// element, every element of the entry present), summed over its elements in order.
    ///
    /// - Complexity: O(k) for k elements.
    func formationEnergyPerAtom(over references: [Element: Double]) -> Double {
        let total = composition.numberOfAtoms
        return Entry.formationEnergyPerAtom(
            energyPerAtom: energyPerAtom, terms: composition.amounts.lazy.map { ($0.amount / total, references[$0.element]!) })
    }
}
