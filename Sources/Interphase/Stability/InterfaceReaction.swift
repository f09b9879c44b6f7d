/// The tie line between two compositions in one hull (the closed hull, or the grand-potential
/// hull over the closed elements), and its exact crossings of the hull's facets.
struct TieLine {
    /// The hull the line lives in.
    let hull: PhaseDiagram
    /// Atom fractions of A and B over ``hull``'s elements (closed parts with an open element).
    let a: [Double], b: [Double]

    /// Two parameters closer than this are one kink (pymatgen's numerical tolerance).
    static let kinkTolerance = 1e-8

    init(hull: PhaseDiagram, a: Composition, b: Composition) throws(PhaseDiagramError) {
        self.hull = hull
        self.a = try hull.fractions(of: a)
        self.b = try hull.fractions(of: b)
    }

    /// The mixture t·A + (1 − t)·B (atom fractions, t = fraction of A's atoms).
    func mixture(_ t: Double) -> Composition {
        var amounts: [Element: Double] = [:]
        for (index, element) in hull.elements.enumerated() {
            let value = t * a[index] + (1 - t) * b[index]
            if value > 1e-14 { amounts[element] = value }
        }
        // Fractions of a mixture of two compositions are never all zero.
        return try! Composition(amounts)
    }

    /// Every t in [0, 1] where the line enters or leaves a facet, ascending, both ends included.
    ///
    /// Barycentric coordinates are affine, so in each facet they are λ(t) = λ_B + t (λ_A − λ_B):
    /// the line is inside where all are ≥ 0, an interval whose ends are exact zero crossings.
    func kinkParameters() -> [Double] {
        var points: [Double] = [0, 1]
        if a != b {
            for facet in hull.facets {
                let la = facet.barycentricCoordinates(of: a), lb = facet.barycentricCoordinates(of: b)
                var low = 0.0, high = 1.0, inside = true
                for index in la.indices {
                    let slope = la[index] - lb[index]
                    if abs(slope) <= 1e-12 {
                        if lb[index] < -PhaseDiagram.insideTolerance { inside = false; break }
                        continue
                    }
                    let zero = -lb[index] / slope
                    if slope > 0 { low = max(low, zero) } else { high = min(high, zero) }
                }
                guard inside, low <= high + 1e-9 else { continue }
                points.append(min(max(low, 0), 1))
                points.append(min(max(high, 0), 1))
            }
        }
        points.sort()
        var distinct: [Double] = []
        for point in points where distinct.last.map({ point - $0 > TieLine.kinkTolerance }) ?? true {
            distinct.append(point)
        }
        // The ends are exact.
        distinct[0] = 0
        if distinct.count > 1, 1 - distinct[distinct.count - 1] <= TieLine.kinkTolerance { distinct[distinct.count - 1] = 1 } else { distinct.append(1) }
        return distinct
    }

    /// The hull's formation energy (eV/atom) at the mixture.
    func hullEnergy(_ t: Double) -> Double {
        // The mixture's elements are the hull's.
        try! hull.hullFormationEnergyPerAtom(at: mixture(t))
    }
}

extension PhaseDiagram {
    /// The interface reaction between `a` and `b` (Richards et al., Chem. Mater. 28, 266 (2016)):
    /// the reaction energy along x·A + (1 − x)·B, each normalised to one atom, and every kink.
    ///
    /// Reproduces pymatgen's `InterfacialReactivity(norm=True, use_hull_energy=True)` (and
    /// `GrandPotentialInterfacialReactivity` with an open element): the reaction energy is the
    /// hull energy of the mixture minus the atom-weighted hull energies of A and B, so a
    /// metastable reactant is taken at the hull. The kinks are found exactly: for each facet of
    /// the hull the interval of the tie line inside it (barycentric coordinates are linear along
    /// the line), every interval end a kink; products at each kink by decomposition.
    ///
    /// With an open element (Li at a voltage) the same is done on the grand-potential hull over
    /// the closed elements: A and B lose their open-element atoms, energies are grand potentials
    /// per closed atom, and x is converted back to all atoms (pymatgen's convention).
    ///
    /// - Parameters:
    ///   - a: Reactant A (x = 1), one formula unit as written.
    ///   - b: Reactant B (x = 0).
    ///   - formulaA: A as the user wrote it, for the result (default: its formula).
    ///   - formulaB: B as the user wrote it (default: its formula).
    ///   - openElement: An element exchanged with a reservoir, or `nil`.
    /// - Throws: ``StabilityError`` for an element without entries, an open element absent from
    ///   the data, or a reactant made only of the open element.
    /// - Complexity: two barycentric solves per facet, one decomposition per kink.
    public func interfaceReaction(
        _ a: Composition, _ b: Composition, formulaA: String? = nil, formulaB: String? = nil,
        openElement: OpenElement? = nil
    ) throws(StabilityError) -> InterfaceReaction {
        let formulaA = formulaA ?? a.formula, formulaB = formulaB ?? b.formula
        for (formula, composition) in [(formulaA, a), (formulaB, b)] {
            for element in composition.elements where !elements.contains(element) {
                throw .elementNotInData(formula: formula, element: element)
            }
        }
        let open = openElement?.element
        var hull = self
        var original: (Int) -> Int = { $0 }
        if let openElement {
            let grand = try GrandPotentialDiagram(diagram: self, openElements: [openElement])
            hull = grand.grandHull
            original = { grand.originalIndices[$0] }
        }
        func closedPart(_ composition: Composition, _ formula: String) throws(StabilityError) -> Composition {
            guard let open else { return composition }
            guard let closed = composition.removing(open) else { throw .noClosedElements(formula: formula) }
            return closed
        }
        let closedA = try closedPart(a, formulaA), closedB = try closedPart(b, formulaB)
        let line: TieLine
        do { line = try TieLine(hull: hull, a: closedA, b: closedB) } catch { throw .phaseDiagram(error) }
        let energyA = line.hullEnergy(1), energyB = line.hullEnergy(0)
        // Closed atoms per atom of each reactant, to convert x to all atoms.
        let factorA = closedA.numberOfAtoms / a.numberOfAtoms, factorB = closedB.numberOfAtoms / b.numberOfAtoms

        var kinks: [InterfaceReactionKink] = []
        for t in line.kinkParameters() {
            let energy = line.hullEnergy(t) - t * energyA - (1 - t) * energyB
            // Per closed atom of the mixture: formula units of A and B.
            let unitsA = t / closedA.numberOfAtoms, unitsB = (1 - t) / closedB.numberOfAtoms
            // The mixture's elements are the hull's.
            let decomposition = try! hull.decompositionIndices(of: line.mixture(t))
            var products: [(entry: Entry, formula: String, units: Double)] = []
            var openOut = 0.0
            for (index, fraction) in decomposition {
                let entry = entries[original(index)]
                let unit = entry.composition.reducedCompositionAndFactor.composition
                let closedAtoms = unit.numberOfAtoms - (open.map { unit[$0] } ?? 0)
                let units = fraction / closedAtoms
                products.append((entry, unit.reducedFormula, units))
                if let open { openOut += units * unit[open] }
            }
            products.sort { $0.formula < $1.formula }
            let uptake = open.map { openOut - unitsA * a[$0] - unitsB * b[$0] }
            let scale = 1 / [unitsA, unitsB].filter { $0 > 1e-12 }.min()!
            var reactants: [(formula: String, amount: Double)] = []
            if unitsA > 1e-12 { reactants.append((formulaA, unitsA * scale)) }
            if unitsB > 1e-12 { reactants.append((formulaB, unitsB * scale)) }
            var productTerms = products.map { (formula: $0.formula, amount: $0.units * scale) }
            var scaledUptake: Double? = nil
            if let open, let uptake {
                let atoms = uptake * scale
                scaledUptake = abs(atoms) <= 1e-9 ? 0 : atoms
                let unit = Composition.element(open).reducedCompositionAndFactor.composition
                if atoms > 1e-9 { reactants.append((unit.reducedFormula, atoms / unit.numberOfAtoms)) }
                if atoms < -1e-9 { productTerms.append((unit.reducedFormula, -atoms / unit.numberOfAtoms)) }
            }
            let x = t * factorB / ((1 - t) * factorA + t * factorB)
            kinks.append(InterfaceReactionKink(
                x: x, energyPerAtom: abs(energy) < 1e-12 ? 0 : energy,
                reaction: ReactionFormatter.reaction(reactants: reactants, products: productTerms),
                products: products.map { PhaseAmount(id: $0.entry.id, formula: $0.formula, amount: $0.units * scale) },
                openElementUptake: scaledUptake))
        }
        var best = kinks[0]
        for kink in kinks.dropFirst() where kink.energyPerAtom < best.energyPerAtom - 1e-12 { best = kink }
        return InterfaceReaction(
            reactantA: formulaA, reactantB: formulaB, openElement: open, voltage: openElement?.voltage,
            chemicalPotential: openElement?.chemicalPotential, kinks: kinks, mostExothermic: best)
    }

    /// The equilibrium interphase between `metal` and an electrolyte: along the tie line
    /// x·M + (1 − x)·E from x = 1 (metal) to 0 (electrolyte), each segment between kinks is a
    /// layer of coexisting phases at one chemical potential of the metal — the sequence a
    /// reaction layer grown at a metal | electrolyte contact would show in local equilibrium.
    ///
    /// The metal's chemical potential in a layer is that of the hull facet containing it (0 in
    /// the layer with metal present).
    ///
    /// - Parameters:
    ///   - electrolyte: One formula unit as written.
    ///   - formula: As the user wrote it (default: its formula).
    ///   - metal: The metal (Li, Na, ...); it must have entries.
    /// - Throws: ``StabilityError`` for an element without entries.
    public func interphaseProfile(
        of electrolyte: Composition, formula: String? = nil, metal: Element
    ) throws(StabilityError) -> InterphaseProfile {
        let formula = formula ?? electrolyte.formula
        guard elements.contains(metal) else { throw .openElementNotInData(metal) }
        for element in electrolyte.elements where !elements.contains(element) {
            throw .elementNotInData(formula: formula, element: element)
        }
        let line: TieLine
        do { line = try TieLine(hull: self, a: .element(metal), b: electrolyte) } catch { throw .phaseDiagram(error) }
        let position = elements.firstIndex(of: metal)!
        let parameters = line.kinkParameters()
        var layers: [InterphaseLayer] = []
        for (low, high) in zip(parameters, parameters.dropFirst()).reversed() {
            let middle = line.mixture((low + high) / 2)
            let x = try! fractions(of: middle)
            let (facet, _) = locate(x)
            let phases = try! decompositionIndices(of: middle)
                .map { PhaseName(id: entries[$0.index].id, formula: entries[$0.index].formula) }
                .sorted { $0.formula < $1.formula }
            let mu = min(0, facet.chemicalPotentials[position])
            layers.append(InterphaseLayer(
                metalFractionHigh: high, metalFractionLow: low, phases: phases, chemicalPotential: mu,
                voltage: OpenElement.voltage(forChemicalPotential: mu, of: metal)))
        }
        return InterphaseProfile(electrolyte: formula, metal: metal, layers: layers)
    }
}
