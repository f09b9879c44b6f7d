/// Decomposition at fixed chemical potentials as a linear program (the grand-canonical LP of
/// Akbarzadeh, Ozoliņš & Wolverton, Adv. Mater. 19, 3233 (2007)), solved with GLPK.
///
/// For a composition c and open elements k at chemical potentials μ_k (relative to their
/// references), it minimises the grand potential Σ_i x_i (E_i − Σ_k μ_k n_k,i) over the amounts
/// x_i ≥ 0 of every phase of c's chemical space (c's elements plus the open ones), subject to the
/// balance Σ_i n_j,i x_i = c_j of every closed element j. The open elements have no balance row:
/// the reservoir supplies or absorbs them. The duals of the balance rows are the closed
/// elements' chemical potentials. With no open element this is the closed hull's decomposition,
/// found independently of qhull.
///
/// Only the lowest entry of each composition is a column (the first of equals), as in the hull.
package struct GrandCanonicalLP: Sendable {
    /// The diagram whose entries, references and formation energies the LP uses.
    package let diagram: PhaseDiagram
    /// The lowest entry of each composition, per unit of its reduced formula.
    private let columns: [Column]

    /// One candidate phase of the LP.
    private struct Column: Sendable {
        /// Index into the diagram's entries.
        let index: Int
        /// One reduced formula unit (`P2O5`).
        let unit: Composition
        /// Formation energy of one unit, eV.
        let energy: Double
    }

    /// An LP whose columns are only the given entries of `diagram` (e.g. its stable entries,
    /// the only phases that can appear in equilibrium with a reservoir).
    init(diagram: PhaseDiagram, entryIndices: [Int]) {
        self.diagram = diagram
        columns = entryIndices.sorted().map { index in
            let unit = diagram.layout.reducedUnits[index]
            return Column(index: index, unit: unit, energy: diagram.formationEnergiesPerAtom[index] * unit.numberOfAtoms)
        }
    }

    /// An LP over the entries of `diagram`.
    ///
    /// - Parameter diagram: The phase diagram whose entries are the LP's columns.
    package init(diagram: PhaseDiagram) {
        self.init(diagram: diagram, entryIndices: diagram.layout.lowestEntryOfEachComposition(by: diagram.formationEnergiesPerAtom))
    }

    /// What `composition` becomes with `openElements` held at their chemical potentials.
    ///
    /// - Parameters:
    ///   - composition: The input, one formula unit as written.
    ///   - formula: The input's formula as the user wrote it, for the result (default: the
    ///     composition's formula).
    ///   - openElements: Zero or more open elements at chemical potentials ≤ 0 (relative).
    ///   - fixed: Further elements held at fixed chemical potentials (relative, eV, ≤ 0): open
    ///     like `openElements`, echoed in ``GrandCanonicalDecomposition/fixedChemicalPotentials``.
    /// - Returns: Products per formula unit of the input, uptake, reaction and energies.
    /// - Throws: ``StabilityError`` for an element without entries, an open or fixed element
    ///   absent from the data, an element both open and fixed, a composition made only of open
    ///   and fixed elements, or an LP failure.
    /// - Complexity: one GLPK simplex solve over at most one column per composition of the space.
    package func decompose(
        _ composition: Composition, formula: String? = nil, openElements: [OpenElement] = [], fixed: [OpenElement] = []
    ) throws(StabilityError) -> GrandCanonicalDecomposition {
        let formula = formula ?? composition.formula
        try FixedPotentialHull.validate(fixed, open: openElements.map(\.element), available: Set(diagram.elements))
        let given = openElements
        let openElements = openElements + fixed
        let solution = try solve(composition, formula: formula, openElements: openElements)
        let atoms = composition.numberOfAtoms
        let productEnergy = solution.products.reduce(0) { $0 + $1.column.energy * $1.amount }
        let inputEnergy = diagram.inputFormationEnergyPerAtom(of: composition) * atoms
        let inputGrandPotential = inputEnergy - openElements.reduce(0) { $0 + $1.chemicalPotential * composition[$1.element] }

        let uptakes = openElements.map(\.element).sorted().map { (element: $0, atoms: solution.uptakes[$0]!) }
        let reactantAtoms = atoms + uptakes.reduce(0) { $0 + max($1.atoms, 0) }
        var closedPotentials: [String: Double] = [:]
        for (row, element) in solution.closed.enumerated() { closedPotentials[element.symbol] = solution.rowDuals[row] }
        var uptakesBySymbol: [String: Double] = [:]
        for (element, uptake) in solution.uptakes { uptakesBySymbol[element.symbol] = uptake }

        let first = given.first
        return GrandCanonicalDecomposition(
            formula: formula,
            openElement: first?.element,
            voltage: first?.voltage,
            chemicalPotential: first?.chemicalPotential,
            products: phaseAmounts(solution),
            openElementUptake: first.map { solution.uptakes[$0.element]! } ?? 0,
            reaction: ReactionFormatter.reaction(
                reactants: [(formula, 1)], products: solution.products.map { ($0.formula, $0.amount) }, uptakes: uptakes),
            reactionEnergyPerAtom: (productEnergy - inputEnergy) / reactantAtoms,
            grandPotentialChangePerAtom: min(0, (solution.grandPotential - inputGrandPotential) / atoms),
            grandPotential: solution.grandPotential,
            closedChemicalPotentials: closedPotentials,
            openElementUptakes: uptakesBySymbol,
            fixedChemicalPotentials: FixedPotentialHull.echo(fixed))
    }

    /// Only the products of ``decompose(_:formula:openElements:fixed:)`` (no reaction text or
    /// energies), for loops that need nothing else.
    func products(
        of composition: Composition, formula: String, openElements: [OpenElement]
    ) throws(StabilityError) -> [PhaseAmount] {
        phaseAmounts(try solve(composition, formula: formula, openElements: openElements))
    }

    private func phaseAmounts(_ solution: Solution) -> [PhaseAmount] {
        solution.products.map {
            PhaseAmount(id: diagram.entries[$0.column.index].id, formula: $0.formula, amount: $0.amount)
        }
    }

    /// The LP's optimum: products (sorted by formula), uptakes, grand potential and duals.
    private struct Solution {
        var products: [(column: Column, amount: Double, formula: String)]
        var uptakes: [Element: Double]
        var grandPotential: Double
        var closed: [Element]
        var rowDuals: [Double]
    }

    private func solve(
        _ composition: Composition, formula: String, openElements: [OpenElement]
    ) throws(StabilityError) -> Solution {
        let elements = diagram.elements
        for element in composition.elements where !elements.contains(element) {
            throw .elementNotInData(formula: formula, element: element)
        }
        var openPotential: [Element: Double] = [:]
        for open in openElements {
            guard elements.contains(open.element) else { throw .openElementNotInData(open.element) }
            guard openPotential[open.element] == nil else { throw .repeatedOpenElement(open.element) }
            openPotential[open.element] = open.chemicalPotential
        }
        let closed = composition.elements.filter { openPotential[$0] == nil }
        guard !closed.isEmpty else { throw .noClosedElements(formula: formula) }
        let allowed = Set(closed).union(openPotential.keys)

        // Columns: phases of the space with at least one closed element, per reduced formula unit.
        var used: [Column] = []
        var costs: [Double] = []
        for column in columns {
            let phaseElements = column.unit.elements
            guard phaseElements.allSatisfy(allowed.contains), phaseElements.contains(where: { openPotential[$0] == nil }) else {
                continue
            }
            var cost = column.energy
            for (element, potential) in openPotential { cost -= potential * column.unit[element] }
            used.append(column)
            costs.append(cost)
        }
        let constraints = closed.map { element in
            LinearProgram.Constraint(
                coefficients: used.map { $0.unit[element] }, relation: .equal, bound: composition[element])
        }
        let solution: LinearProgramSolution
        do {
            solution = try LinearProgram(costs: costs, constraints: constraints).solve()
        } catch {
            switch error {
            case .infeasible: throw .infeasible(formula: formula)
            case .unbounded: throw .unbounded(formula: formula)
            default: throw .solverFailed(error)
            }
        }

        let atoms = composition.numberOfAtoms
        var products: [(column: Column, amount: Double, formula: String)] = []
        for (position, amount) in solution.values.enumerated()
        where amount * used[position].unit.numberOfAtoms > Tolerance.productAmount * atoms {
            products.append((used[position], amount, used[position].unit.reducedFormula))
        }
        products.sort { $0.formula < $1.formula }
        var uptakes: [Element: Double] = [:]
        for element in openPotential.keys {
            let uptake = products.reduce(0) { $0 + $1.column.unit[element] * $1.amount } - composition[element]
            uptakes[element] = abs(uptake) <= Tolerance.productAmount * atoms ? 0 : uptake
        }
        return Solution(products: products, uptakes: uptakes, grandPotential: solution.objectiveValue,
                        closed: closed, rowDuals: solution.rowDuals)
    }
}
