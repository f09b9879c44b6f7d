/// The phase diagram of a system open to reservoirs of some elements at fixed chemical
/// potentials: each entry's grand potential Φ = E − Σ_k μ_k n_k per atom of the *closed*
/// elements, and the convex hull of those values over the closed elements' fractions.
///
/// Entries made only of open elements drop out. At low μ_Li in Li–P–O–N, Li3P, Li2O and Li3N act
/// as the P, O and N corners. μ_k are relative to the references (eV); Φ is on the formation
/// scale.
public struct GrandPotentialDiagram: Sendable {
    /// The closed-system diagram it was built from.
    package let diagram: PhaseDiagram
    /// The open elements and their chemical potentials.
    package let openElements: [OpenElement]
    /// The closed elements, in order of atomic number.
    public let closedElements: [Element]
    /// The hull in grand-potential space: its entries are the closed parts of the original
    /// entries, with energy Φ per formula unit of that closed part.
    package let grandHull: PhaseDiagram
    /// For each entry of ``grandHull``, the index of the original entry in ``diagram``.
    let originalIndices: [Int]

    /// The grand-potential diagram of `diagram` at the given open elements.
    ///
    /// - Parameters:
    ///   - diagram: The closed phase diagram.
    ///   - openElements: The open elements and their chemical potentials (relative, eV, ≤ 0).
    /// - Throws: ``StabilityError`` for an open element absent from the data, a repeated one,
    ///   or a system with no closed element.
    package init(diagram: PhaseDiagram, openElements: [OpenElement]) throws(StabilityError) {
        try self.init(diagram: diagram, openElements: openElements, sweeping: nil)
    }

    /// The grand-potential diagram at `openElements` in which the chemical potential of `swept`
    /// (a closed element here) will be swept: entries made only of open elements and `swept` drop
    /// out too, except the pure `swept` entries, so that every μ_swept ≤ 0 meets the phases that
    /// pymatgen's `GrandPotentialPhaseDiagram` with `swept` open as well would (Li3N, made of
    /// the swept Li and a fixed N, is no Li corner of the hull).
    init(diagram: PhaseDiagram, openElements: [OpenElement], sweeping swept: Element?) throws(StabilityError) {
        var potentials: [Element: Double] = [:]
        for open in openElements {
            guard diagram.elements.contains(open.element) else { throw .openElementNotInData(open.element) }
            guard potentials[open.element] == nil else { throw .repeatedOpenElement(open.element) }
            potentials[open.element] = open.chemicalPotential
        }
        let closed = diagram.elements.filter { potentials[$0] == nil }
        guard !closed.isEmpty else { throw .noClosedElements(formula: diagram.elements.map(\.symbol).joined()) }
        var transformed: [Entry] = []
        var originals: [Int] = []
        for (index, entry) in diagram.entries.enumerated() {
            guard let closedPart = potentials.keys.reduce(Optional(entry.composition), { $0?.removing($1) }) else { continue }
            if let swept, !entry.isElement, closedPart.elements == [swept] { continue }
            var grandPotential = diagram.formationEnergiesPerAtom[index] * entry.composition.numberOfAtoms
            for (element, potential) in potentials { grandPotential -= potential * entry.composition[element] }
            transformed.append(Entry(id: entry.id, composition: closedPart, energy: grandPotential, attributes: entry.attributes))
            originals.append(index)
        }
        let hull: PhaseDiagram
        do {
            hull = try PhaseDiagram(entries: transformed)
        } catch {
            throw .phaseDiagram(error)
        }
        self.diagram = diagram
        self.openElements = openElements
        self.closedElements = closed
        self.grandHull = hull
        self.originalIndices = originals
    }

    /// The original entries stable at these chemical potentials.
    public var stableEntries: [Entry] { grandHull.stableIndices.map { diagram.entries[originalIndices[$0]] } }

    /// Indices into `PhaseDiagram.entries` of ``diagram`` of the entries stable here.
    package var stableIndices: [Int] { grandHull.stableIndices.map { originalIndices[$0] } }

    /// Energy above the grand hull, eV per atom of closed elements, of the original entry at
    /// `index`; `nil` when the entry contains only open elements.
    ///
    /// - Parameter index: An index into the closed diagram's `PhaseDiagram.entries`.
    /// - Returns: Its grand potential above the grand hull, eV per atom of the closed elements,
    ///   or `nil`.
    package func energyAboveHull(ofEntryAt index: Int) -> Double? {
        guard let position = originalIndices.firstIndex(of: index) else { return nil }
        return grandHull.energyAboveHull(ofEntryAt: position)
    }

    /// The stable phases a composition becomes at these chemical potentials, as fractions of
    /// the closed atoms (the open elements removed first), with the original entries.
    ///
    /// - Parameter composition: A composition of the diagram's elements (its open-element part
    ///   is ignored).
    /// - Returns: Entries stable at these chemical potentials, with fractions of the closed atoms.
    /// - Throws: ``StabilityError`` for a composition of open elements only, or with an
    ///   element absent from the data.
    package func decomposition(of composition: Composition) throws(StabilityError) -> [DecompositionComponent] {
        let open = Set(openElements.map(\.element))
        guard let closedPart = open.reduce(Optional(composition), { $0?.removing($1) }) else {
            throw .noClosedElements(formula: composition.formula)
        }
        do {
            return try grandHull.decompositionIndices(of: closedPart).map {
                DecompositionComponent(entry: diagram.entries[originalIndices[$0.index]], fraction: $0.fraction)
            }
        } catch {
            throw .phaseDiagram(error)
        }
    }
}
