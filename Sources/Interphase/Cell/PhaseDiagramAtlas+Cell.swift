extension PhaseDiagramAtlas {
    /// The whole cell `question` asks about: the electrolyte's window against both electrode
    /// voltages, the electrolyte's reactions with each electrode (closed, and with the working
    /// ion open at the electrode's voltage), the interphase layers against a metal anode, and the
    /// verdict (``CellReport``), which keeps apart what the electrolyte does by itself at each
    /// voltage and what each electrode adds beyond that (``CellInterface``).
    ///
    /// Every part is asked of the hull of exactly its chemical system (the window of
    /// electrolyte + working ion, each reaction of electrode + electrolyte + working ion), so
    /// whole-Materials-Project data work; the closed and open reactions are
    /// `interfaceReaction(_:_:formulaA:formulaB:openElement:fixed:includeNoMixingEnergy:)` with the electrode as reactant
    /// A, and reproduce pymatgen's `InterfacialReactivity(norm=True, use_hull_energy=True)` and
    /// `GrandPotentialInterfacialReactivity(norm=True, include_no_mixing_energy=False,
    /// use_hull_energy=True)`.
    ///
    /// - Parameter question: The cell.
    /// - Returns: The report.
    /// - Throws: ``CellError/anodeNotInData(formula:)`` for an anode that is neither an element
    ///   nor a compound of the data; ``CellError/stability(part:_:)`` naming the part whose
    ///   question failed (an element without entries, a system too large, …).
    /// - Complexity: at most three hulls (the window's system and each side's), each built once
    ///   per atlas; then one voltage profile, four interface reactions and two LPs.
    package func cell(_ question: CellQuestion) throws(CellError) -> CellReport {
        let ion = question.workingIon
        let electrolyte = question.electrolyte
        try checkElectrodes(of: question)
        let window = try Self.asking(.electrolyte) { () throws(StabilityError) in
            try stabilityWindow(
                of: electrolyte.composition, formula: electrolyte.formula, openElement: ion,
                stabilize: question.stabilizeElectrolyte, fixed: question.fixed)
        }
        let anodeSide = try Self.asking(.anode) { () throws(StabilityError) in
            try side(question.anode, at: question.anodeVoltage, question: question, window: window)
        }
        let cathodeSide = try Self.asking(.cathode) { () throws(StabilityError) in
            try side(question.cathode, at: question.cathodeVoltage, question: question, window: window)
        }
        return CellReport(
            anode: question.anode.formula, electrolyte: electrolyte.formula, cathode: question.cathode.formula,
            workingIon: ion, anodeVoltage: question.anodeVoltage, cathodeVoltage: question.cathodeVoltage,
            window: window, anodeSide: anodeSide, cathodeSide: cathodeSide,
            verdict: CellReport.verdict(
                anode: question.anode.formula, electrolyte: electrolyte.formula, cathode: question.cathode.formula,
                window: window, anodeSide: anodeSide, cathodeSide: cathodeSide))
    }

    /// Checks that the anode is an element or a compound of the data and that the cathode's
    /// elements have entries.
    func checkElectrodes(of question: CellQuestion) throws(CellError) {
        for (part, material) in [(CellPart.anode, question.anode), (.cathode, question.cathode)] {
            try Self.asking(part) { () throws(StabilityError) in
                for element in material.composition.elements where !index.allElements.contains(element) {
                    throw .elementNotInData(formula: material.formula, element: element)
                }
            }
        }
        guard !question.hasMetalAnode else { return }
        let anode = question.anode
        let anodeDiagram = try Self.asking(.anode) { () throws(StabilityError) -> PhaseDiagram in try diagram(for: Set(anode.composition.elements)).diagram }
        guard anodeDiagram.lowestEntryIndex(matching: anode.composition) != nil else { throw .anodeNotInData(formula: anode.formula) }
    }

    /// `body`'s answer, its error naming `part` of the cell.
    private static func asking<T>(_ part: CellPart, _ body: () throws(StabilityError) -> T) throws(CellError) -> T {
        do throws(StabilityError) { return try body() } catch { throw .stability(part: part, error) }
    }

    /// The electrolyte of `question` against `electrode` at `voltage`.
    private func side(
        _ electrode: CellMaterial, at voltage: Double, question: CellQuestion, window: StabilityWindow
    ) throws(StabilityError) -> CellInterface {
        let ion = question.workingIon, electrolyte = question.electrolyte
        let open = try OpenElement(ion, voltage: voltage)
        let isMetal = electrode.composition.elements == [ion]
        let fixed = question.fixed
        let decomposition = try decompose(electrolyte.composition, formula: electrolyte.formula, openElements: [open], fixed: fixed)
        let closed = try interfaceReaction(
            electrode.composition, electrolyte.composition, formulaA: electrode.formula, formulaB: electrolyte.formula,
            fixed: fixed)
        let openReaction = isMetal ? nil : try interfaceReaction(
            electrode.composition, electrolyte.composition, formulaA: electrode.formula, formulaB: electrolyte.formula,
            openElement: open, fixed: fixed)
        let layers = isMetal
            ? try interphaseProfile(of: electrolyte.composition, formula: electrolyte.formula, metal: ion, fixed: fixed) : nil
        let (position, margin) = Self.position(of: voltage, in: window)
        return CellInterface(
            electrode: electrode.formula, voltage: voltage, windowPosition: position, windowMargin: margin,
            decomposition: decomposition, closed: closed, open: openReaction, layers: layers)
    }

    /// Where `voltage` lies against `window`, and by how much inside it (negative outside).
    static func position(of voltage: Double, in window: StabilityWindow) -> (CellInterface.WindowPosition, Double) {
        let reduction = window.reductionLimitVoltage ?? 0
        let belowReduction = voltage - reduction
        let belowOxidation = window.oxidationLimitVoltage.map { $0 - voltage } ?? .infinity
        let margin = min(belowReduction, belowOxidation)
        let tolerance = Tolerance.criticalPotential
        if belowReduction < -tolerance { return (.reduced, margin) }
        if belowOxidation < -tolerance { return (.oxidised, margin) }
        return (.inside, margin)
    }
}
