/// Cells and screens through the front door: the working ion is the cell's open element, at
/// each electrode's voltage; fixed potentials, gases and constraints come from ``Conditions``.
extension PhaseDiagramAtlas {
    /// The whole cell anode | electrolyte | cathode (`cell(_:)`) under `conditions`.
    ///
    /// - Parameters:
    ///   - anode: An element or a compound of the data (a metal anode is at 0 V).
    ///   - electrolyte: The electrolyte or coating.
    ///   - cathode: The cathode.
    ///   - cathodeVoltage: The cathode's voltage vs the working-ion metal (V).
    ///   - anodeVoltage: The anode's voltage (V); `nil` for a metal anode, required for a compound.
    ///   - stabilizeElectrolyte: Put the electrolyte onto the hull before taking its window.
    ///   - conditions: The working ion as ``Conditions/openElement`` (default: the metal anode's
    ///     element, otherwise Li; its potentials are the electrodes' voltages, so none may be
    ///     given), fixed potentials, gases and constraints.
    /// - Returns: The report.
    /// - Throws: ``CellError``; ``CellError/conditions(_:)`` for refused conditions.
    public func cell(
        anode: String, electrolyte: String, cathode: String, cathodeVoltage: Double, anodeVoltage: Double? = nil,
        stabilizeElectrolyte: Bool = false, under conditions: Conditions
    ) throws(CellError) -> CellReport {
        let electrolyteMaterial = try CellMaterial(parsing: electrolyte, part: .electrolyte)
        let (atlas, resolved) = try resolveCell(conditions, [(electrolyte, electrolyteMaterial.composition)])
        let question = try CellQuestion(
            anode: anode, electrolyte: electrolyte, cathode: cathode, cathodeVoltage: cathodeVoltage, anodeVoltage: anodeVoltage,
            workingIon: resolved.openElement, stabilizeElectrolyte: stabilizeElectrolyte, fixed: resolved.fixed)
        return try atlas.cell(question)
    }

    /// A screen of candidate electrolytes or coatings between `anode` and `cathode`
    /// (`screen(candidates:anode:cathode:cathodeVoltage:anodeVoltage:fixed:)`) under `conditions`.
    ///
    /// - Parameters:
    ///   - candidates: The candidates' formulas as written.
    ///   - anode: The anode.
    ///   - cathode: The cathode.
    ///   - cathodeVoltage: The cathode's voltage (V).
    ///   - anodeVoltage: The anode's voltage; `nil` for a metal anode.
    ///   - conditions: As for ``cell(anode:electrolyte:cathode:cathodeVoltage:anodeVoltage:stabilizeElectrolyte:under:)``.
    /// - Returns: One row per candidate, in the order given; a candidate whose own elements are
    ///   all open or fixed gets a row with that error.
    /// - Throws: ``CellError`` for no candidates, the electrodes, voltages and conditions.
    public func screen(
        candidates: [String], anode: String, cathode: String, cathodeVoltage: Double, anodeVoltage: Double? = nil,
        under conditions: Conditions
    ) throws(CellError) -> [CellScreenRow] {
        let (atlas, resolved) = try resolveCell(conditions, [])
        return try atlas.screen(
            candidates: candidates, anode: anode, cathode: cathode, cathodeVoltage: cathodeVoltage, anodeVoltage: anodeVoltage,
            workingIon: resolved.openElement, fixed: resolved.fixed)
    }

    /// The stable compounds of the data made only of `elements` (`stableCompounds(within:)`)
    /// under the constraints of `conditions`: the candidates of a screen over a chemical space.
    ///
    /// - Parameters:
    ///   - elements: At least one element, each with entries in the data.
    ///   - conditions: Constraints (other parts do not change which phases are stable and are
    ///     refused).
    /// - Returns: Their formulas, in entry order.
    /// - Throws: ``StabilityError/elementNotInData(formula:element:)`` for an element without
    ///   entries, ``StabilityError/noStableCompounds(_:)`` when there is no candidate,
    ///   ``StabilityError/conditions(_:)``.
    public func stableCompounds(within elements: Set<Element>, under conditions: Conditions) throws(StabilityError) -> [String] {
        let resolved = try resolve(conditions, for: .entryStability)
        guard !elements.isEmpty else { throw .conditions(.noClosedElements(formula: "the candidates' elements")) }
        for element in elements.sorted() where !index.allElements.contains(element) {
            throw .elementNotInData(formula: elements.sorted().map(\.symbol).joined(separator: ","), element: element)
        }
        let compounds = try constrained(by: resolved.constraints).stableCompounds(within: elements)
        guard !compounds.isEmpty else { throw .noStableCompounds(Array(elements)) }
        return compounds
    }

    /// The cell's conditions resolved, and the atlas under their constraints.
    private func resolveCell(
        _ conditions: Conditions, _ compositions: [(formula: String, composition: Composition)]
    ) throws(CellError) -> (atlas: PhaseDiagramAtlas, resolved: ResolvedConditions) {
        do throws(StabilityError) {
            let resolved = try resolve(conditions, for: .cell, compositions)
            return (try constrained(by: resolved.constraints), resolved)
        } catch {
            switch error {
            case .conditions(let refused): throw .conditions(refused)
            case .constraints(let refused): throw .constraints(refused)
            default: throw .stability(part: .electrolyte, error)
            }
        }
    }
}
