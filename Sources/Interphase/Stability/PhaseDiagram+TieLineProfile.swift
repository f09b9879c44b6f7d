extension PhaseDiagram {
    /// The voltage profile read off the closed hull's facets, without any linear program: the
    /// grand-canonical equilibrium of a composition C at μ of the open element A is the point
    /// where the tie line from C without A (t = 0) to pure A (t = 1) passes from facets whose
    /// μ_A is below μ to facets whose μ_A is above it (μ_A grows monotonically along the line,
    /// by convexity). So the line's crossings of the facets give every step: each stretch of
    /// the line inside one facet is a plateau at that facet's μ_A, and each point where two
    /// stretches meet is the equilibrium — products = the barycentric coordinates there — for
    /// every μ between their plateaus. The critical potentials are the same facet values the
    /// LP route uses.
    ///
    /// Returns `nil` (the caller then solves LPs) when the geometry is not clean: stretches
    /// that do not tile [0, 1], plateaus out of order, a singular facet, or products that do
    /// not balance the composition (``TieLine/products(at:in:atoms:scale:)``).
    ///
    /// - Complexity: O(F·d³) for F facets of d elements: two small solves per facet.
    func tieLineSteps(of composition: Composition, formula: String, openElement: Element) -> [ProfileStep]? {
        // Nothing fixed: the hull is this diagram and cannot fail to build.
        try! FixedPotentialHull(diagram: self, fixed: [], sweeping: openElement).tieLineSteps(of: composition, formula: formula, openElement: openElement)
    }

    /// The input's formation energy per atom (eV/atom): its lowest entry's when the data contain
    /// its composition, otherwise the hull's (as `GrandCanonicalLP` takes it).
    func inputFormationEnergyPerAtom(of composition: Composition) -> Double {
        if let own = lowestEntryIndex(matching: composition) { return formationEnergiesPerAtom[own] }
        // Callers checked that the composition's elements are the diagram's.
        return try! hullFormationEnergyPerAtom(at: composition)
    }
}

extension FixedPotentialHull {
    /// `PhaseDiagram.tieLineSteps(of:formula:openElement:)` in this hull: with fixed chemical
    /// potentials the line runs from the composition without its fixed and open elements to the
    /// pure open element through the grand hull at the fixed potentials; each step also records
    /// what the composition exchanges with the fixed reservoirs.
    func tieLineSteps(of composition: Composition, formula: String, openElement: Element) -> [ProfileStep]? {
        let hull = self.hull
        guard hull.elements.contains(openElement), let part = hullPart(of: composition),
            let closed = part.removing(openElement),
            let line = try? line(from: closed, to: .element(openElement))
        else { return nil }
        let atoms = composition.numberOfAtoms
        // Atoms over the hull's elements (the fixed ones excluded), and of those the closed ones.
        let hullAtoms = part.numberOfAtoms
        let closedAtoms = hullAtoms - composition[openElement]
        let resolution = hull.criticalPotentialResolution

        // Stretches of positive width, merged along one ridge (the same range in two facets of
        // one μ) and between neighbours at the same plateau.
        var merged: [(stretch: TieLine.Stretch, high: Double, mu: Double)] = []
        for stretch in line.stretches() where stretch.high - stretch.low > Tolerance.lineParameter {
            let mu = chemicalPotential(of: openElement, facet: stretch.facet)
            if let last = merged.last, abs(last.mu - mu) <= resolution, stretch.low <= last.high + Tolerance.lineParameter {
                merged[merged.count - 1].high = max(last.high, stretch.high)
                continue
            }
            if let last = merged.last, abs(last.stretch.low - stretch.low) <= Tolerance.lineParameter,
                abs(last.high - stretch.high) <= Tolerance.lineParameter
            {
                return nil  // one stretch in two facets of different μ: degenerate
            }
            merged.append((stretch, stretch.high, mu))
        }
        // The stretches must tile [0, 1] with μ rising towards the open element.
        guard let first = merged.first, first.stretch.low <= Tolerance.lineParameter,
            abs(merged[merged.count - 1].high - 1) <= Tolerance.lineParameter
        else { return nil }
        for (a, b) in zip(merged, merged.dropFirst()) {
            guard abs(a.high - b.stretch.low) <= Tolerance.lineParameter, b.mu > a.mu + resolution else { return nil }
        }

        // Steps from μ = 0 downward: the meeting points from t = 1 toward t = 0, then t = 0.
        let inputEnergy = diagram.inputFormationEnergyPerAtom(of: composition) * atoms
        var steps: [ProfileStep] = []
        var high = 0.0
        for k in stride(from: merged.count - 1, through: 0, by: -1) {
            let t = k == 0 ? 0 : merged[k].stretch.low
            let low: Double? = k == 0 ? nil : merged[k - 1].mu
            // Atoms (over the hull's elements) at t per formula unit of the input: its closed
            // atoms and t of open ones.
            let total = closedAtoms / (1 - t)
            guard let products = line.products(at: t, in: merged[k].stretch, atoms: total, scale: atoms) else { return nil }
            var uptake = Tolerance.snapped(total - hullAtoms)
            if abs(uptake) <= Tolerance.productAmount * atoms { uptake = 0 }
            let fixedUptakes = fixedUptakes(of: composition, into: products.map { ($0.unit, $0.amount) })
            let exchanged: [(element: Element, atoms: Double)] =
                [(openElement, uptake)] + fixed.map { ($0.element, fixedUptakes[$0.element.symbol]!) }
            let productEnergy = products.reduce(0) { $0 + diagram.formationEnergiesPerAtom[$1.index] * $1.unit.numberOfAtoms * $1.amount }
            steps.append(ProfileStep(
                voltageLow: OpenElement.voltage(forChemicalPotential: high, of: openElement),
                voltageHigh: low.flatMap { OpenElement.voltage(forChemicalPotential: $0, of: openElement) },
                chemicalPotentialLow: low,
                chemicalPotentialHigh: high,
                openElementUptake: uptake,
                products: products.map { $0.phaseAmount(in: diagram) },
                reaction: ReactionFormatter.reaction(
                    reactants: [(formula, 1)], products: products.map { ($0.unit.reducedFormula, $0.amount) },
                    uptakes: exchanged),
                reactionEnergyPerAtom: (productEnergy - inputEnergy) / (atoms + exchanged.reduce(0) { $0 + max($1.atoms, 0) }),
                fixedElementUptakes: fixedUptakes))
            if let low { high = low }
        }
        return steps
    }
}
