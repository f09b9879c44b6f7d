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
    /// With coatings (``CellQuestion/coatings``) the cathode side is a stack, each interface at
    /// the cathode's voltage: cathode | coating, coating | coating …, coating | electrolyte
    /// (``CellReport/cathodeInterfaces``), with each coating's window.
    ///
    /// - Complexity: at most three hulls (the window's system and each side's), each built once
    ///   per atlas, and two more per coating; then one voltage profile per layer, two interface
    ///   reactions and an LP per interface.
    package func cell(_ question: CellQuestion) throws(CellError) -> CellReport {
        let ion = question.workingIon
        let electrolyte = question.electrolyte
        try checkElectrodes(of: question)
        let window = try Self.asking(.electrolyte) { () throws(StabilityError) in
            try stabilityWindow(
                of: electrolyte.composition, formula: electrolyte.formula, openElement: ion,
                stabilize: question.stabilizeElectrolyte, fixed: question.fixed)
        }
        let coatingWindows = try question.coatings.map { coating throws(CellError) in
            try Self.asking(.coating) { () throws(StabilityError) in
                try stabilityWindow(of: coating.composition, formula: coating.formula, openElement: ion, fixed: question.fixed)
            }
        }
        let anodeSide = try Self.asking(.anode) { () throws(StabilityError) in
            try interface(question.anode, .anode, electrolyte, .electrolyte, at: question.anodeVoltage, question: question, window: window)
        }
        // From the cathode outwards, each layer against the next at the cathode's voltage; the
        // window read is that of the outer layer, which decomposes by itself at that voltage.
        let stack = question.cathodeStack
        let windows = coatingWindows + [window]
        let cathodeInterfaces = try (0..<stack.count - 1).map { index throws(CellError) in
            let (inner, outer) = (stack[index], stack[index + 1])
            return try Self.asking(outer.part == .electrolyte ? .cathode : .coating) { () throws(StabilityError) in
                try interface(inner.material, inner.part, outer.material, outer.part, at: question.cathodeVoltage,
                              question: question, window: windows[index])
            }
        }
        return CellReport(
            anode: question.anode.formula, electrolyte: electrolyte.formula, cathode: question.cathode.formula,
            coatings: question.coatings.map(\.formula), workingIon: ion, anodeVoltage: question.anodeVoltage,
            cathodeVoltage: question.cathodeVoltage, window: window, coatingWindows: coatingWindows, anodeSide: anodeSide,
            cathodeInterfaces: cathodeInterfaces)
    }

    /// Checks that the anode is an element or a compound of the data and that the cathode's and
    /// the coatings' elements have entries.
    func checkElectrodes(of question: CellQuestion) throws(CellError) {
        let parts = [(CellPart.anode, question.anode), (.cathode, question.cathode)] + question.coatings.map { (CellPart.coating, $0) }
        for (part, material) in parts {
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

    /// The interface of layer `a` (the electrode, or the layer nearer the cathode) with layer
    /// `b` (nearer the electrolyte's middle) at `voltage`: `b` alone at the voltage against its
    /// `window`, and the reactions of `a` (reactant A) with `b` (reactant B), closed and with the
    /// working ion open, exactly as `interfaceReaction(_:_:formulaA:formulaB:openElement:fixed:)`
    /// answers `interphase react A B [--open Li --voltage V]`.
    private func interface(
        _ a: CellMaterial, _ aPart: CellPart, _ b: CellMaterial, _ bPart: CellPart, at voltage: Double,
        question: CellQuestion, window: StabilityWindow
    ) throws(StabilityError) -> CellInterface {
        let ion = question.workingIon
        let open = try OpenElement(ion, voltage: voltage)
        let isMetal = a.composition.elements == [ion]
        let fixed = question.fixed
        let decomposition = try decompose(b.composition, formula: b.formula, openElements: [open], fixed: fixed)
        let closed = try interfaceReaction(a.composition, b.composition, formulaA: a.formula, formulaB: b.formula, fixed: fixed)
        let openReaction = isMetal ? nil : try interfaceReaction(
            a.composition, b.composition, formulaA: a.formula, formulaB: b.formula, openElement: open, fixed: fixed)
        let layers = isMetal ? try interphaseProfile(of: b.composition, formula: b.formula, metal: ion, fixed: fixed) : nil
        let (position, margin) = Self.position(of: voltage, in: window)
        return CellInterface(
            electrode: a.formula, label: "\(aPart.rawValue)|\(bPart.rawValue)", voltage: voltage, windowPosition: position,
            windowMargin: margin, decomposition: decomposition, closed: closed, open: openReaction, layers: layers)
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
