extension PhaseDiagram {
    /// The interface reaction between `a` and `b` (Richards et al., Chem. Mater. 28, 266 (2016)):
    /// the reaction energy along x·A + (1 − x)·B, each normalised to one atom, and every kink.
    ///
    /// Reproduces pymatgen's `InterfacialReactivity(norm=True, use_hull_energy=True)` (and
    /// `GrandPotentialInterfacialReactivity` with an open element): the reaction energy is the
    /// hull energy of the mixture minus the atom-weighted hull energies of A and B, so a
    /// metastable reactant is taken at the hull. The kinks are found exactly: for each facet of
    /// the hull the interval of the tie line inside it (barycentric coordinates are linear along
    /// the line), every interval end a kink; the products at each kink are read off the facet
    /// there (`TieLine`), or found by locating the mixture in the hull where that geometry is
    /// degenerate.
    ///
    /// With an open element (Li at a voltage) the same is done on the grand-potential hull over
    /// the closed elements: A and B lose their open-element atoms, energies are grand potentials
    /// per closed atom, and x is converted back to all atoms (pymatgen's convention).
    ///
    /// Which reference the open reaction energy is measured from is `includeNoMixingEnergy`:
    /// - `false` (the default; pymatgen's `include_no_mixing_energy=False`): each reactant at its
    ///   own equilibrium at those chemical potentials (the grand hull at its closed composition),
    ///   so ΔΦ counts only what mixing adds and is 0 at x = 0 and x = 1;
    /// - `true` (`include_no_mixing_energy=True`, Richards et al.'s reference): each reactant at
    ///   its own grand potential Φ = (E − Σ μ_k n_k) / (closed atoms), E the closed hull's energy
    ///   at its composition (a metastable reactant is taken at the closed hull, as
    ///   `use_hull_energy=True` does). ΔΦ then also counts what each reactant does alone with the
    ///   reservoir: the kinks at x = 0 and x = 1 carry B's and A's *no-mixing energy* (grand hull
    ///   minus own grand potential, eV per closed atom, ≤ 0; 0 for a reactant stable at those
    ///   potentials), and every ΔΦ(x) is the default's plus the closed-atom-weighted no-mixing
    ///   energies of A and B. The kinks, their x and products are the same either way.
    ///
    /// Without an open or fixed element there is no reservoir and `includeNoMixingEnergy` changes
    /// nothing.
    ///
    /// - Parameters:
    ///   - a: Reactant A (x = 1), one formula unit as written.
    ///   - b: Reactant B (x = 0).
    ///   - formulaA: A as the user wrote it, for the result (default: its formula).
    ///   - formulaB: B as the user wrote it (default: its formula).
    ///   - openElement: An element exchanged with a reservoir, or `nil`.
    ///   - fixed: Further elements held at fixed chemical potentials (relative, eV, ≤ 0): open
    ///     like `openElement` (the grand hull is over the remaining elements); their uptakes
    ///     appear in each kink's reaction.
    ///   - includeNoMixingEnergy: Measure ΔΦ from each reactant's own grand potential rather
    ///     than from its equilibrium at the open elements' potentials (above); default `false`.
    /// - Throws: ``StabilityError`` for an element without entries, an open or fixed element
    ///   absent from the data, an element both open and fixed, or a reactant made only of open
    ///   and fixed elements.
    /// - Complexity: two barycentric solves per facet and one hull look-up per kink.
    package func interfaceReaction(
        _ a: Composition, _ b: Composition, formulaA: String? = nil, formulaB: String? = nil,
        openElement: OpenElement? = nil, fixed: [OpenElement] = [], includeNoMixingEnergy: Bool = false
    ) throws(StabilityError) -> InterfaceReaction {
        // The route with fallback always answers.
        try interfaceReaction(
            a, b, formulaA: formulaA, formulaB: formulaB, openElement: openElement, fixed: fixed,
            includeNoMixingEnergy: includeNoMixingEnergy, route: .geometry)!
    }

    /// `interfaceReaction(_:_:formulaA:formulaB:openElement:fixed:includeNoMixingEnergy:)` by
    /// `route`: the products at each kink read off the tie line's facet, or found by locating the
    /// mixture in the hull (the fallback); `nil` when `route` is ``GeometricRoute/geometryOnly``
    /// and the geometry is degenerate at some kink.
    func interfaceReaction(
        _ a: Composition, _ b: Composition, formulaA: String?, formulaB: String?, openElement: OpenElement?,
        fixed: [OpenElement] = [], includeNoMixingEnergy: Bool = false, route: GeometricRoute
    ) throws(StabilityError) -> InterfaceReaction? {
        let formulaA = formulaA ?? a.formula, formulaB = formulaB ?? b.formula
        let open = openElement?.element
        try checkQuestion([(formulaA, a), (formulaB, b)], open: open.map { [$0] } ?? [], fixed: fixed)
        let allOpen = (openElement.map { [$0] } ?? []) + fixed
        let grand = allOpen.isEmpty ? nil : try GrandPotentialDiagram(diagram: self, openElements: allOpen)
        func closedPart(_ composition: Composition, _ formula: String) throws(StabilityError) -> Composition {
            guard let closed = allOpen.reduce(Optional(composition), { $0?.removing($1.element) }) else {
                throw .noClosedElements(formula: formula)
            }
            return closed
        }
        let closedA = try closedPart(a, formulaA), closedB = try closedPart(b, formulaB)
        let line: TieLine
        do throws(PhaseDiagramError) {
            if let grand {
                line = try TieLine(grand: grand, from: closedB, to: closedA)
            } else {
                line = try TieLine(hull: self, from: closedB, to: closedA)
            }
        } catch {
            throw .phaseDiagram(error)
        }
        let hull = line.hull
        func hullEnergy(_ t: Double) -> Double {
            // The mixture's elements are the hull's.
            try! hull.hullFormationEnergyPerAtom(at: line.mixture(at: t))
        }
        // Each reactant's reference: its equilibrium (the hull at its composition), or with
        // `includeNoMixingEnergy` and a reservoir its own grand potential per closed atom. That
        // is Φ = E − Σ μ n on the closed formation scale, put on the grand hull's scale, whose
        // references are each closed element's lowest grand potential per atom (at 3 V the O
        // of Li2O2, not O2).
        func ownGrandPotential(_ composition: Composition, closed: Composition) -> Double {
            // The reactant's elements are the diagram's, its closed ones the grand hull's (checked above).
            let energy = try! hullFormationEnergyPerAtom(at: composition) * composition.numberOfAtoms
            let grandPotential = allOpen.reduce(energy) { $0 - $1.chemicalPotential * composition[$1.element] }
            return try! hull.formationEnergyPerAtom(of: Entry(id: nil, composition: closed, energy: grandPotential))
        }
        let withNoMixing = includeNoMixingEnergy && !allOpen.isEmpty
        let energyA = withNoMixing ? ownGrandPotential(a, closed: closedA) : hullEnergy(1)
        let energyB = withNoMixing ? ownGrandPotential(b, closed: closedB) : hullEnergy(0)
        // Closed atoms per atom of each reactant, to convert x to all atoms.
        let factorA = closedA.numberOfAtoms / a.numberOfAtoms, factorB = closedB.numberOfAtoms / b.numberOfAtoms

        let stretches = line.stretches()
        var kinks: [InterfaceReactionKink] = []
        for t in line.kinkParameters(stretches) {
            let energy = hullEnergy(t) - t * energyA - (1 - t) * energyB
            // Per closed atom of the mixture: formula units of A and B, and of each product.
            let unitsA = t / closedA.numberOfAtoms, unitsB = (1 - t) / closedB.numberOfAtoms
            let products: [TieLine.Product]
            if route != .fallbackOnly, let found = line.products(at: t, in: stretches, atoms: 1, scale: 1) {
                products = found.products
            } else if route == .geometryOnly {
                return nil
            } else {
                products = line.productsByLocating(at: t)
            }
            let scale = 1 / [unitsA, unitsB].filter { $0 > Tolerance.roundoff }.min()!
            var reactants: [(formula: String, amount: Double)] = []
            if unitsA > Tolerance.roundoff { reactants.append((formulaA, Tolerance.snapped(unitsA * scale))) }
            if unitsB > Tolerance.roundoff { reactants.append((formulaB, Tolerance.snapped(unitsB * scale))) }
            func exchanged(_ element: Element) -> Double {
                let out = products.reduce(0) { $0 + $1.amount * $1.unit[element] }
                let atoms = Tolerance.snapped((out - unitsA * a[element] - unitsB * b[element]) * scale)
                return abs(atoms) <= Tolerance.productAmount ? 0 : atoms
            }
            let uptake = open.map(exchanged)
            let x = t * factorB / ((1 - t) * factorA + t * factorB)
            kinks.append(InterfaceReactionKink(
                x: x, energyPerAtom: abs(energy) < Tolerance.roundoff ? 0 : energy,
                reaction: ReactionFormatter.reaction(
                    reactants: reactants, products: products.map { ($0.unit.reducedFormula, Tolerance.snapped($0.amount * scale)) },
                    uptakes: allOpen.map { ($0.element, exchanged($0.element)) }),
                products: products.map {
                    PhaseAmount(id: entries[$0.index].id, formula: $0.unit.reducedFormula, amount: Tolerance.snapped($0.amount * scale))
                },
                openElementUptake: uptake))
        }
        var best = kinks[0]
        for kink in kinks.dropFirst() where kink.energyPerAtom < best.energyPerAtom - Tolerance.roundoff { best = kink }
        var reaction = InterfaceReaction(
            reactantA: formulaA, reactantB: formulaB, openElement: open, voltage: openElement?.voltage,
            chemicalPotential: openElement?.chemicalPotential, kinks: kinks, mostExothermic: best)
        reaction.fixedChemicalPotentials = FixedPotentialHull.echo(fixed)
        reaction.includesNoMixingEnergy = withNoMixing
        return reaction
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
    ///   - fixed: Elements held at fixed chemical potentials (relative, eV, ≤ 0): the line then
    ///     runs through the grand hull at those potentials (``GrandPotentialDiagram``), from the
    ///     electrolyte without its fixed elements to the metal, and x counts the other atoms.
    /// - Throws: ``StabilityError`` for an element without entries, a fixed element absent from
    ///   the data, fixed twice or equal to the metal, or an electrolyte of fixed elements only.
    package func interphaseProfile(
        of electrolyte: Composition, formula: String? = nil, metal: Element, fixed: [OpenElement] = []
    ) throws(StabilityError) -> InterphaseProfile {
        let formula = formula ?? electrolyte.formula
        try checkQuestion([(formula, electrolyte)], open: [metal], fixed: fixed)
        let sweep = try FixedPotentialHull(diagram: self, fixed: fixed, sweeping: metal)
        guard let part = sweep.hullPart(of: electrolyte) else { throw .noClosedElements(formula: formula) }
        let line: TieLine
        do { line = try sweep.line(from: part, to: .element(metal)) } catch { throw .phaseDiagram(error) }
        let stretches = line.stretches()
        let parameters = line.kinkParameters(stretches)
        var layers: [InterphaseLayer] = []
        for (low, high) in zip(parameters, parameters.dropFirst()).reversed() {
            let middle = (low + high) / 2
            // The facet the layer lies in gives its phases and the metal's chemical potential.
            let facet: HullFacet, products: [TieLine.Product]
            if let found = line.products(at: middle, in: stretches, atoms: 1, scale: 1) {
                (facet, products) = (line.hull.facets[found.stretch.facet], found.products)
            } else {
                (facet, products) = (line.hull.locate(line.point(at: middle)).facet, line.productsByLocating(at: middle))
            }
            let phases = products.map { PhaseName(id: entries[$0.index].id, formula: entries[$0.index].formula) }
                .sorted { $0.formula < $1.formula }
            let mu = sweep.chemicalPotential(of: metal, in: facet)
            layers.append(InterphaseLayer(
                metalFractionHigh: high, metalFractionLow: low, phases: phases, chemicalPotential: mu,
                voltage: OpenElement.voltage(forChemicalPotential: mu, of: metal)))
        }
        var profile = InterphaseProfile(electrolyte: formula, metal: metal, layers: layers)
        profile.fixedChemicalPotentials = FixedPotentialHull.echo(fixed)
        return profile
    }
}
