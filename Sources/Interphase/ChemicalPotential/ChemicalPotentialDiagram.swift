/// The domain of one stable phase in a ``ChemicalPotentialDiagram``.
public struct ChemicalPotentialDomain: Hashable, Sendable, Encodable {
    /// The phase's reduced formula.
    public let formula: String
    /// The phase's entry id, if it has one (`null` in JSON when absent).
    @NullWhenAbsent public var id: String?
    /// The vertices of the domain: chemical potentials (eV per atom, relative to the elemental
    /// references) in the order of the diagram's ``ChemicalPotentialDiagram/elements``; each
    /// vertex once, sorted.
    public let vertices: [[Double]]

    /// The vertices this domain shares with `other`, a domain of the same diagram: the vertices of
    /// the face where the two phases are in equilibrium together (the face of a convex polytope
    /// two of its faces meet on has its vertices among theirs); empty when they never coexist.
    package func sharedVertices(with other: ChemicalPotentialDomain) -> [[Double]] {
        // Both lists come from one deduplicated set of vertices: a shared vertex is the same numbers.
        let theirs = Set(other.vertices)
        return vertices.filter(theirs.contains)
    }
}

/// The domain of every stable phase in the space of a chemical system's formal chemical
/// potentials (Todd et al., J. Am. Chem. Soc. 143, 15185 (2021); pymatgen's
/// `ChemicalPotentialDiagram` with `formal_chempots=True`).
///
/// With μ_i the chemical potential of element i relative to its reference, the domain of stable
/// phase φ is {μ : Σ_i x_φ,i μ_i = ΔE_f(φ), Σ_i x_ψ,i μ_i ≤ ΔE_f(ψ) for every other phase ψ,
/// L ≤ μ_i ≤ 0}, with x the atom fractions and ΔE_f the formation energy per atom: a polytope of
/// one dimension less than the system. It is computed exactly, as pymatgen does, by one halfspace
/// intersection (qhull, option `H`) of the stable phases' halfspaces (an elemental reference's is
/// μ_i ≤ 0; unstable phases' are implied by the stable ones') and the lower bounds μ_i ≥ L, about
/// the interior point with every μ_i halfway between L and the lowest formation energy; a phase's
/// domain is the set of intersection vertices that lie on its plane.
///
/// - Complexity: one hull of the system (from the atlas) and one halfspace intersection of
///   (stable phases + elements) halfspaces in as many dimensions as elements.
public struct ChemicalPotentialDiagram: Sendable, Encodable {
    /// pymatgen's default lower bound of every chemical potential (eV per atom).
    public static let defaultMinimumChemicalPotential = -50.0

    /// The elements, in the order given; every vertex lists its chemical potentials in this order.
    public let elements: [Element]
    /// The lower bound L of every chemical potential (eV per atom, relative to the reference).
    package let minimumChemicalPotential: Double
    /// The domain of every stable phase of the system that reaches the box, in the order of the
    /// data's entries.
    public let domains: [ChemicalPotentialDomain]

    /// The domain of the phase of `composition` (any formula unit), if it reaches the box.
    public func domain(of composition: Composition) -> ChemicalPotentialDomain? {
        domains.first { composition.isReducedComposition(of: $0.formula) }
    }

    /// JSON `{"elements": [symbols], "min_mu": L, "domains": [...]}` (an element encodes as its
    /// symbol).
    private enum CodingKeys: String, CodingKey {
        case elements, minimumChemicalPotential = "min_mu", domains
    }

    /// The diagram of the chemical system of `elements`, read off `diagram`: its stable phases
    /// made only of `elements` (a subsystem's stable phases in a larger diagram are those of the
    /// subsystem's own hull).
    ///
    /// - Parameters:
    ///   - diagram: A phase diagram containing every element of `elements`.
    ///   - elements: The system's elements (at least two, each once), in the order of the output.
    ///   - minimumChemicalPotential: The lower bound L of every chemical potential, eV per atom
    ///     (from −`InputLimits.chemicalPotential` to below the lowest formation energy per atom of a
    ///     stable phase of the system).
    /// - Throws: ``ChemicalPotentialDiagramError``.
    package init(
        diagram: PhaseDiagram, elements: [Element],
        minimumChemicalPotential: Double = Self.defaultMinimumChemicalPotential
    ) throws(ChemicalPotentialDiagramError) {
        try Self.validate(elements: elements, minimumChemicalPotential: minimumChemicalPotential)
        for element in elements where diagram.referenceIndices[element] == nil { throw .elementNotInData(element) }
        let polytope = try ChemicalPotentialPolytope(
            diagram: diagram, elements: elements, fixed: [], minimumChemicalPotential: minimumChemicalPotential)
        let domains = polytope.phases.compactMap { phase -> ChemicalPotentialDomain? in
            guard !phase.vertexIndices.isEmpty else { return nil }
            let entry = diagram.entries[phase.entryIndex]
            return ChemicalPotentialDomain(
                formula: entry.formula, id: entry.id,
                vertices: phase.vertexIndices.map { polytope.vertices[$0] }.sorted { $0.lexicographicallyPrecedes($1) })
        }
        self.elements = elements
        self.minimumChemicalPotential = minimumChemicalPotential
        self.domains = domains
    }

    /// Checks what needs no data: at least two elements, none repeated, and a lower bound below
    /// 0 eV and at or above −`InputLimits.chemicalPotential` (the bound of every fixed chemical
    /// potential): the one check of the bound, for the library and the CLI alike.
    package static func validate(elements: [Element], minimumChemicalPotential: Double) throws(ChemicalPotentialDiagramError) {
        guard minimumChemicalPotential < 0, minimumChemicalPotential >= -InputLimits.chemicalPotential else {
            throw .invalidMinimum(minimumChemicalPotential)
        }
        guard elements.count >= 2 else { throw .tooFewElements(elements.count) }
        var seen: Set<Element> = []
        for element in elements where !seen.insert(element).inserted { throw .repeatedElement(element) }
    }
}

extension PhaseDiagramAtlas {
    /// The chemical-potential diagram of the chemical system of `elements`, from the hull of
    /// exactly that system (``diagram(for:)``), on any data, the whole Materials Project included.
    ///
    /// - Parameters:
    ///   - elements: The system's elements (at least two, each once), in the order of the output.
    ///   - minimumChemicalPotential: The lower bound of every chemical potential, eV per atom
    ///     relative to the reference (default pymatgen's −50).
    /// - Returns: The domain of every stable phase of the system.
    /// - Throws: ``ChemicalPotentialDiagramError``: an element without entries, a bad bound, or
    ///   the system's hull failing to build.
    package func chemicalPotentialDiagram(
        of elements: [Element],
        minimumChemicalPotential: Double = ChemicalPotentialDiagram.defaultMinimumChemicalPotential
    ) throws(ChemicalPotentialDiagramError) -> ChemicalPotentialDiagram {
        try ChemicalPotentialDiagram.validate(elements: elements, minimumChemicalPotential: minimumChemicalPotential)
        return try ChemicalPotentialDiagram(
            diagram: try systemDiagram(of: elements), elements: elements, minimumChemicalPotential: minimumChemicalPotential)
    }

    /// The hull of exactly the system of `elements` (``diagram(for:)``), for its
    /// chemical-potential diagram or map.
    ///
    /// - Throws: ``ChemicalPotentialDiagramError/elementNotInData(_:)`` for an element without
    ///   entries, ``ChemicalPotentialDiagramError/stability(_:)`` when the hull fails.
    func systemDiagram(of elements: [Element]) throws(ChemicalPotentialDiagramError) -> PhaseDiagram {
        for element in elements where !index.allElements.contains(element) { throw .elementNotInData(element) }
        do throws(StabilityError) {
            return try diagram(for: Set(elements)).diagram
        } catch {
            throw .stability(error)
        }
    }
}

extension Composition {
    /// Whether `formula` (a domain's, as the data writes it) is this composition, reduced.
    func isReducedComposition(of formula: String) -> Bool {
        (try? Composition(parsing: formula))?.isSameReducedComposition(as: self) == true
    }
}
