/// Cells and screens through the front door: the working ion is the cell's open element, at
/// each electrode's voltage; fixed potentials, gases and constraints come from ``Conditions``.
extension PhaseDiagramAtlas {
    /// The whole cell anode | electrolyte | coatings… | cathode (`cell(_:)`) under `conditions`.
    ///
    /// - Parameters:
    ///   - anode: An element or a compound of the data (a metal anode is at 0 V).
    ///   - electrolyte: The electrolyte.
    ///   - cathode: The cathode.
    ///   - coatings: Coatings on the cathode, from the cathode outwards (none by default); every
    ///     coating interface is at the cathode's voltage.
    ///   - cathodeVoltage: The cathode's voltage vs the working-ion metal (V).
    ///   - anodeVoltage: The anode's voltage (V); `nil` for a metal anode, required for a compound.
    ///   - stabilizeElectrolyte: Put the electrolyte onto the hull before taking its window.
    ///   - conditions: The working ion as ``Conditions/openElement`` (default: the metal anode's
    ///     element, otherwise Li; its potentials are the electrodes' voltages, so none may be
    ///     given), fixed potentials, gases and constraints.
    /// - Returns: The report.
    /// - Throws: ``CellError``; ``CellError/conditions(_:)`` for refused conditions.
    public func cell(
        anode: String, electrolyte: String, cathode: String, coatings: [String] = [], cathodeVoltage: Double,
        anodeVoltage: Double? = nil, stabilizeElectrolyte: Bool = false, under conditions: Conditions
    ) throws(CellError) -> CellReport {
        var layers = [(electrolyte, try CellMaterial(parsing: electrolyte, part: .electrolyte).composition)]
        for coating in coatings { layers.append((coating, try CellMaterial(parsing: coating, part: .coating).composition)) }
        let (atlas, resolved) = try resolveCell(conditions, layers)
        let question = try CellQuestion(
            anode: anode, electrolyte: electrolyte, cathode: cathode, coatings: coatings, cathodeVoltage: cathodeVoltage,
            anodeVoltage: anodeVoltage, workingIon: resolved.openElement, stabilizeElectrolyte: stabilizeElectrolyte,
            fixed: resolved.fixed)
        return try atlas.cell(question)
    }

    /// A screen of candidate electrolytes between `anode` and `cathode`, or of candidate coatings
    /// between `cathode` and `electrolyte`
    /// (`screen(candidates:anode:cathode:electrolyte:cathodeVoltage:anodeVoltage:workingIon:fixed:)`)
    /// under `conditions`.
    ///
    /// - Parameters:
    ///   - candidates: The candidates' formulas as written.
    ///   - anode: The anode.
    ///   - cathode: The cathode.
    ///   - electrolyte: The electrolyte the candidates coat the cathode against, or `nil` (the
    ///     default) to screen the candidates as electrolytes.
    ///   - cathodeVoltage: The cathode's voltage (V).
    ///   - anodeVoltage: The anode's voltage; `nil` for a metal anode.
    ///   - conditions: As for ``cell(anode:electrolyte:cathode:coatings:cathodeVoltage:anodeVoltage:stabilizeElectrolyte:under:)``.
    /// - Returns: One row per candidate, in the order given; a candidate whose own elements are
    ///   all open or fixed gets a row with that error.
    /// - Throws: ``CellError`` for no candidates, the electrodes, voltages and conditions.
    public func screen(
        candidates: [String], anode: String, cathode: String, electrolyte: String? = nil, cathodeVoltage: Double,
        anodeVoltage: Double? = nil, under conditions: Conditions
    ) throws(CellError) -> [CellScreenRow] {
        var layers: [(String, Composition)] = []
        if let electrolyte { layers.append((electrolyte, try CellMaterial(parsing: electrolyte, part: .electrolyte).composition)) }
        let (atlas, resolved) = try resolveCell(conditions, layers)
        return try atlas.screen(
            candidates: candidates, anode: anode, cathode: cathode, electrolyte: electrolyte, cathodeVoltage: cathodeVoltage,
            anodeVoltage: anodeVoltage, workingIon: resolved.openElement, fixed: resolved.fixed)
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
