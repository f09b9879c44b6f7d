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
    public let minimumChemicalPotential: Double
    /// The domain of every stable phase of the system that reaches the box, in the order of the
    /// data's entries.
    public let domains: [ChemicalPotentialDomain]

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
    ///     (finite, below the lowest formation energy per atom of a stable phase of the system).
    /// - Throws: ``ChemicalPotentialDiagramError``.
    public init(
        diagram: PhaseDiagram, elements: [Element],
        minimumChemicalPotential: Double = Self.defaultMinimumChemicalPotential
    ) throws(ChemicalPotentialDiagramError) {
        try Self.validate(elements: elements, minimumChemicalPotential: minimumChemicalPotential)
        for element in elements where diagram.referenceIndices[element] == nil { throw .elementNotInData(element) }
        let system = Set(elements)
        let stable = diagram.stableIndices.filter { diagram.entries[$0].composition.elements.allSatisfy(system.contains) }
        let fractions = stable.map { index in elements.map { diagram.entries[index].composition.atomicFraction(of: $0) } }
        let energies = stable.map { diagram.formationEnergiesPerAtom[$0] }

        // The box's lower corner must lie below every phase's plane (Σ x_i μ_i = L there).
        let lowest = energies.indices.min { energies[$0] < energies[$1] }
        let floor = min(0, lowest.map { energies[$0] } ?? 0)
        if let lowest, minimumChemicalPotential >= energies[lowest] {
            throw .minimumAboveFormationEnergy(minimum: minimumChemicalPotential, formula: diagram.entries[stable[lowest]].formula,
                                               formationEnergyPerAtom: energies[lowest])
        }
        let interior = Array(repeating: (minimumChemicalPotential + floor) / 2, count: elements.count)
        var halfspaces = zip(fractions, energies).map { $0 + [-$1] }
        for position in elements.indices {
            var bound = Array(repeating: 0.0, count: elements.count + 1)
            bound[position] = -1
            bound[elements.count] = minimumChemicalPotential
            halfspaces.append(bound)
        }
        let points: [[Double]]
        do throws(ConvexHullError) {
            points = try HalfspaceIntersection.vertices(of: halfspaces, interior: interior)
        } catch {
            throw .halfspaceIntersection(error)
        }

        let slack = Tolerance.chemicalPotentialVertex * max(1, abs(minimumChemicalPotential))
        var vertices: [[Double]] = []
        for point in points where !vertices.contains(where: { zip($0, point).allSatisfy { abs($0 - $1) <= slack } }) {
            // A chemical potential on the box's faces is exactly 0 or L, not 0 or L but for rounding.
            vertices.append(point.map { value in
                abs(value) <= slack ? 0 : abs(value - minimumChemicalPotential) <= slack ? minimumChemicalPotential : value
            })
        }
        var domains: [ChemicalPotentialDomain] = []
        for (position, index) in stable.enumerated() {
            let onPlane = vertices.filter { vertex in
                abs(zip(fractions[position], vertex).reduce(0) { $0 + $1.0 * $1.1 } - energies[position]) <= slack
            }
            guard !onPlane.isEmpty else { continue }
            let entry = diagram.entries[index]
            domains.append(ChemicalPotentialDomain(
                formula: entry.formula, id: entry.id, vertices: onPlane.sorted { $0.lexicographicallyPrecedes($1) }))
        }
        self.elements = elements
        self.minimumChemicalPotential = minimumChemicalPotential
        self.domains = domains
    }

    /// Checks what needs no data: at least two elements, none repeated, and a finite lower bound
    /// below 0 eV.
    static func validate(elements: [Element], minimumChemicalPotential: Double) throws(ChemicalPotentialDiagramError) {
        guard minimumChemicalPotential.isFinite && minimumChemicalPotential < 0 else {
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
    public func chemicalPotentialDiagram(
        of elements: [Element],
        minimumChemicalPotential: Double = ChemicalPotentialDiagram.defaultMinimumChemicalPotential
    ) throws(ChemicalPotentialDiagramError) -> ChemicalPotentialDiagram {
        try ChemicalPotentialDiagram.validate(elements: elements, minimumChemicalPotential: minimumChemicalPotential)
        for element in elements where !index.allElements.contains(element) { throw .elementNotInData(element) }
        let diagram: PhaseDiagram
        do throws(StabilityError) {
            diagram = try self.diagram(for: Set(elements)).diagram
        } catch {
            throw .stability(error)
        }
        return try ChemicalPotentialDiagram(
            diagram: diagram, elements: elements, minimumChemicalPotential: minimumChemicalPotential)
    }
}
