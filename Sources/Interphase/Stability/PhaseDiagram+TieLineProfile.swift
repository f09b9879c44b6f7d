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
    /// not balance the composition within 1e-6 atoms.
    ///
    /// - Complexity: O(F·d³) for F facets of d elements: one small solve per facet.
    func tieLineSteps(of composition: Composition, formula: String, openElement: Element) -> [ProfileStep]? {
        guard let position = elements.firstIndex(of: openElement),
            let closed = composition.removing(openElement)
        else { return nil }
        let closedAtoms = closed.numberOfAtoms
        let uptakeBase = composition[openElement]
        let atoms = composition.numberOfAtoms
        let start = elements.map { closed[$0] / closedAtoms }
        var direction = start.map { -$0 }
        direction[position] += 1

        // Stretches of the line inside each facet.
        var stretches: [(low: Double, high: Double, mu: Double, facet: Int)] = []
        for (index, facet) in facets.enumerated() {
            // Barycentric coordinates are linear in the point: the slope along the line is the
            // map applied to the direction.
            let base = facet.barycentricCoordinates(of: start)
            let slope = facet.barycentricCoordinates(of: direction)
            // Inclusion allows the usual 1e-9 slack; the ends themselves are where a
            // coordinate is exactly 0, so that meeting points are exact.
            var low = 0.0, high = 1.0, exactLow = 0.0, exactHigh = 1.0
            for (b, s) in zip(base, slope) {
                let bound = -PhaseDiagram.insideTolerance
                if abs(s) < 1e-14 {
                    if b < bound { low = 1; high = 0 }
                } else if s > 0 {
                    low = max(low, (bound - b) / s)
                    exactLow = max(exactLow, -b / s)
                } else {
                    high = min(high, (bound - b) / s)
                    exactHigh = min(exactHigh, -b / s)
                }
            }
            if high - low > 1e-9, exactHigh - exactLow > 1e-9 {
                stretches.append((exactLow, exactHigh, min(0, facet.chemicalPotentials[position]), index))
            }
        }
        stretches.sort { ($0.low, $0.high) < ($1.low, $1.high) }
        let resolution = criticalPotentialResolution
        // Merge stretches along one ridge (same range) and neighbours at the same plateau.
        var merged: [(low: Double, high: Double, mu: Double, facet: Int)] = []
        for stretch in stretches {
            if let last = merged.last, abs(last.mu - stretch.mu) <= resolution,
                stretch.low <= last.high + 1e-7
            {
                merged[merged.count - 1].high = max(last.high, stretch.high)
                continue
            }
            if let last = merged.last, abs(last.low - stretch.low) <= 1e-7, abs(last.high - stretch.high) <= 1e-7 {
                return nil  // one stretch in two facets of different μ: degenerate
            }
            merged.append(stretch)
        }
        guard let first = merged.first, abs(first.low) <= 1e-7, abs(merged.last!.high - 1) <= 1e-7 else { return nil }
        for (a, b) in zip(merged, merged.dropFirst()) {
            guard abs(a.high - b.low) <= 1e-7, b.mu > a.mu + resolution else { return nil }
        }

        // Steps from μ = 0 downward: the meeting points from t = 1 toward t = 0, then t = 0.
        let inputEnergy = inputFormationEnergyPerAtom(of: composition) * atoms
        var steps: [ProfileStep] = []
        var high = 0.0
        for k in stride(from: merged.count - 1, through: 0, by: -1) {
            let t = k == 0 ? 0 : merged[k].low
            let low: Double? = k == 0 ? nil : merged[k - 1].mu
            let facet = facets[merged[k].facet]
            let x = zip(start, direction).map { $0 + t * $1 }
            let weights = facet.barycentricCoordinates(of: x)
            let taken = t * closedAtoms / (1 - t)
            let total = closedAtoms + taken
            var uptake = PhaseDiagram.snapped(taken - uptakeBase)
            if abs(uptake) <= GrandCanonicalLP.amountTolerance * atoms { uptake = 0 }
            var products: [(index: Int, unit: Composition, formula: String, amount: Double)] = []
            var balance = [Double](repeating: 0, count: elements.count)
            for (vertex, weight) in zip(facet.vertices, weights) where weight * total > GrandCanonicalLP.amountTolerance * atoms {
                let unit = entries[vertex].composition.reducedCompositionAndFactor.composition
                let amount = PhaseDiagram.snapped(weight * total / unit.numberOfAtoms)
                products.append((vertex, unit, unit.reducedFormula, amount))
                for (e, element) in elements.enumerated() { balance[e] += amount * unit[element] }
            }
            for (e, element) in elements.enumerated() {
                let expected = composition[element] + (element == openElement ? uptake : 0)
                guard abs(balance[e] - expected) <= 1e-6 else { return nil }
            }
            products.sort { $0.formula < $1.formula }
            let productEnergy = products.reduce(0) { $0 + formationEnergiesPerAtom[$1.index] * $1.unit.numberOfAtoms * $1.amount }
            let openUnit = Composition.element(openElement).reducedCompositionAndFactor.composition
            var reactants: [(formula: String, amount: Double)] = [(formula, 1)]
            var terms = products.map { (formula: $0.formula, amount: $0.amount) }
            if uptake > 0 { reactants.append((openUnit.reducedFormula, uptake / openUnit.numberOfAtoms)) }
            if uptake < 0 { terms.append((openUnit.reducedFormula, -uptake / openUnit.numberOfAtoms)) }
            steps.append(ProfileStep(
                voltageLow: OpenElement.voltage(forChemicalPotential: high, of: openElement),
                voltageHigh: low.flatMap { OpenElement.voltage(forChemicalPotential: $0, of: openElement) },
                chemicalPotentialLow: low,
                chemicalPotentialHigh: high,
                openElementUptake: uptake,
                products: products.map { PhaseAmount(id: entries[$0.index].id, formula: $0.formula, amount: $0.amount) },
                reaction: ReactionFormatter.reaction(reactants: reactants, products: terms),
                reactionEnergyPerAtom: (productEnergy - inputEnergy) / (atoms + max(uptake, 0))))
            if let low { high = low }
        }
        return steps
    }

    /// `value`, or the nearest multiple of 1/2882880 (= 1/(2⁶·3²·5·7·11·13): every fraction with a
    /// denominator up to 16, and many more) when it is within 1e-11 of it. Amounts read off
    /// facets carry ~1e-15 of rounding where the LP route, polished in exact arithmetic, gives
    /// 8 or 0.75 exactly; snapping restores those and moves nothing by more than 1e-11.
    static func snapped(_ value: Double) -> Double {
        let denominator = 2_882_880.0
        let nearest = (value * denominator).rounded() / denominator
        return abs(nearest - value) <= 1e-11 ? nearest : value
    }

    /// The input's formation energy per atom: its lowest entry's when the data contain its
    /// composition, otherwise the hull's (as ``GrandCanonicalLP`` takes it).
    func inputFormationEnergyPerAtom(of composition: Composition) -> Double {
        var lowest: Double? = nil
        for (index, entry) in entries.enumerated() where entry.composition.isSameReducedComposition(as: composition) {
            lowest = min(lowest ?? .infinity, formationEnergiesPerAtom[index])
        }
        return lowest ?? (try! hullFormationEnergyPerAtom(at: composition))
    }
}
