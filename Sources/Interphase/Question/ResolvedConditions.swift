/// ``Conditions`` checked against one question and one dataset, with every part resolved to
/// what the geometry uses: the open element at its potential, the sweep range as chemical
/// potentials, gases as fixed chemical potentials. Made only by
/// ``Conditions/resolved(for:compositions:availableElements:)``, the one validation.
package struct ResolvedConditions: Sendable {
    /// The conditions as given.
    package let conditions: Conditions
    /// The question they were checked for.
    package let question: QuestionKind
    /// The open element (swept or held), or `nil`.
    package let openElement: Element?
    /// The open element at its potential, for questions at one potential.
    package let open: OpenElement?
    /// The sweep range as μ − μ⁰ (eV, low…high), for a voltage profile.
    package let sweep: ClosedRange<Double>?
    /// Elements at fixed chemical potentials: gases first (in the order given), then values.
    package let fixed: [OpenElement]
    /// Each gas with the fixed chemical potential it resolved to (the first of ``fixed``).
    package var gasPotentials: [(reservoir: GasReservoir, potential: OpenElement)] {
        zip(conditions.gases, fixed).map { ($0, $1) }
    }

    /// The data's constraints.
    package var constraints: EntryConstraints { conditions.constraints }
    /// The Monte Carlo model, or `nil`.
    package var uncertainty: UncertaintyModel? { conditions.uncertainty }
    /// The open and fixed elements.
    package var reservoirElements: Set<Element> { Set(fixed.map(\.element)).union(openElement.map { [$0] } ?? []) }
    /// The open element at its potential followed by the fixed ones: every element the
    /// grand-canonical problem opens.
    package var openAndFixed: [OpenElement] { (open.map { [$0] } ?? []) + fixed }

    /// The chemical system of a question about `compositions`: their elements, the open one and
    /// the fixed ones.
    package func system(of compositions: [Composition]) -> Set<Element> {
        Set(compositions.flatMap(\.elements)).union(reservoirElements)
    }
}

extension Conditions {
    /// The one validation of conditions: checks them against `question` and the data's elements
    /// and resolves every part.
    ///
    /// In order: parts the question cannot use; the open element's rule (swept, held at a
    /// potential, set by the question; Li when the question uses one and none is named, see
    /// ``QuestionKind/openElement(named:potential:)``); each value against `InputLimits` (voltages, chemical
    /// potentials, sweep bounds, gas pressures and temperatures, Monte Carlo samples and σ, the
    /// metastable tolerance); each open, fixed or gas element against the data, fixed once and
    /// not open; and last that every composition keeps a closed element.
    ///
    /// - Parameters:
    ///   - question: The question asked.
    ///   - compositions: The question's compositions with their names as written (for
    ///     "no closed elements"); a reaction's two reactants count together.
    ///   - availableElements: The elements with entries in the data.
    /// - Returns: The resolved conditions.
    /// - Throws: ``ConditionsError`` naming the first part refused.
    package func resolved(
        for question: QuestionKind, compositions: [(formula: String, composition: Composition)] = [],
        availableElements: Set<Element>
    ) throws(ConditionsError) -> ResolvedConditions {
        try checkParts(for: question)
        // The open element (Li when the question uses one and none is named) and its potential.
        let openElement = question.openElement(named: self.openElement, potential: openPotential)
        var held: OpenElement?
        switch question.openElementRule {
        case .swept:
            guard openElement != nil else { throw .openElementNeeded(question) }
        case .heldAtPotential:
            if let openElement, openPotential == nil { throw .potentialNeeded(openElement, question: question) }
        case .setByQuestion, .none:
            break
        }
        if let openElement, let openPotential {
            held = try Self.reservoir(openElement, at: openPotential)
        }
        let sweep = try resolvedSweep(openElement: openElement)
        // Values: gases, then fixed potentials; the temperature only with a gas.
        if gases.isEmpty, gasTemperature != Gas.standardTemperature { throw .temperatureWithoutGas(gasTemperature) }
        var fixed: [OpenElement] = []
        for reservoir in gases {
            let potential: OpenElement
            do throws(GasError) {
                potential = try reservoir.gas.openElement(temperature: gasTemperature, pressure: reservoir.pressure)
            } catch {
                throw .gas(error)
            }
            fixed.append(potential)
        }
        for value in fixedChemicalPotentials {
            do throws(StabilityError) {
                fixed.append(try OpenElement(value.element, chemicalPotential: value.chemicalPotential))
            } catch {
                throw .invalidFixedPotential(value.element, value.chemicalPotential)
            }
        }
        if let uncertainty { try Self.check(uncertainty) }
        if let tolerance = constraints.metastableTolerance, !(tolerance.isFinite && tolerance >= 0) {
            throw .invalidMetastableTolerance(tolerance)
        }
        // Elements against the data and each other.
        if let openElement, !availableElements.contains(openElement) { throw .openElementNotInData(openElement) }
        var seen: Set<Element> = []
        for (position, potential) in fixed.enumerated() {
            let gas = position < gases.count ? gases[position].gas : nil
            guard availableElements.contains(potential.element) else { throw .fixedElementNotInData(potential.element, gas: gas) }
            guard seen.insert(potential.element).inserted else { throw .repeatedFixedElement(potential.element) }
            guard potential.element != openElement else { throw .fixedElementIsOpen(potential.element) }
        }
        // Something must stay closed.
        let reservoirs = seen.union(openElement.map { [$0] } ?? [])
        if !compositions.isEmpty {
            let closed = Set(compositions.flatMap(\.composition.elements)).subtracting(reservoirs)
            if closed.isEmpty { throw .noClosedElements(formula: compositions.map(\.formula).joined(separator: " | ")) }
        }
        return ResolvedConditions(
            conditions: self, question: question, openElement: openElement, open: held, sweep: sweep, fixed: fixed)
    }

    /// Refuses a part of the conditions that `question` cannot carry out.
    private func checkParts(for question: QuestionKind) throws(ConditionsError) {
        func refuse(_ part: QuestionKind.Part, _ hint: String) throws(ConditionsError) {
            guard question.accepts(part) else { throw .notApplicable(part, question: question, hint: hint) }
        }
        if openElement != nil {
            try refuse(.openElement, "its chemical potentials are set by the diagram itself")
        }
        if openPotential != nil {
            try refuse(.openPotential, question.openElementRule == .swept
                ? "it sweeps the open element's potential (a decomposition or a reaction takes one potential)"
                : "the question sets the potentials itself")
        }
        if sweepRange != nil { try refuse(.sweepRange, "only a voltage profile is bounded") }
        if fixesPotentials {
            try refuse(.fixedPotentials, question == .chemicalPotentialDiagram
                ? "every chemical potential is free in it; fixed potentials slice its map instead"
                : "the hull is closed: no element exchanges with a reservoir")
        }
        if uncertainty != nil { try refuse(.uncertainty, "sample windows, decompositions or the hull instead") }
    }

    /// The open element at `potential`, within `InputLimits`.
    private static func reservoir(_ element: Element, at potential: ReservoirPotential) throws(ConditionsError) -> OpenElement {
        do throws(StabilityError) {
            switch potential {
            case .voltage(let volts): return try OpenElement(element, voltage: volts)
            case .chemicalPotential(let mu): return try OpenElement(element, chemicalPotential: mu)
            }
        } catch {
            switch error {
            case .voltageNeedsWorkingIon(let element): throw .voltageNeedsWorkingIon(element)
            case .invalidVoltage(let value): throw .invalidVoltage(value)
            case .invalidChemicalPotential(let element, let value): throw .invalidChemicalPotential(element, value)
            default: throw .invalidChemicalPotential(element, .nan)
            }
        }
    }

    /// The sweep range as μ − μ⁰ (low…high), its bounds checked.
    private func resolvedSweep(openElement: Element?) throws(ConditionsError) -> ClosedRange<Double>? {
        guard let sweepRange else { return nil }
        guard let openElement else { throw .openElementMissing(.sweepRange) }
        switch sweepRange {
        case .voltages(let from, let to):
            guard let charge = openElement.workingIonCharge else { throw .sweepVoltsNeedWorkingIon(openElement) }
            for value in [from, to].compactMap({ $0 }) {
                guard value.isFinite, value >= 0, value <= InputLimits.voltage else { throw .invalidSweepBound(value, unit: "V") }
            }
            if let from, let to, from > to { throw .invertedSweepRange(from: from, to: to, unit: "V") }
            // Higher voltage, lower μ: μ = −z·V.
            let low = to.map { -Double(charge) * $0 } ?? -.infinity
            let high = from.map { -Double(charge) * $0 } ?? 0
            return low...high
        case .chemicalPotentials(let from, let to):
            for value in [from, to].compactMap({ $0 }) {
                guard value.isFinite, value <= 0, value >= -InputLimits.chemicalPotential else {
                    throw .invalidSweepBound(value, unit: "eV")
                }
            }
            if let from, let to, from > to { throw .invertedSweepRange(from: from, to: to, unit: "eV") }
            return (from ?? -.infinity)...(to ?? 0)
        }
    }

    /// A Monte Carlo model within `InputLimits`.
    private static func check(_ model: UncertaintyModel) throws(ConditionsError) {
        guard model.samples >= 1, model.samples <= InputLimits.samples else { throw .invalidSampleCount(model.samples) }
        if case .global(let sigma) = model.policy, !(sigma.isFinite && sigma >= 0 && sigma <= InputLimits.sigma) {
            throw .invalidSigma(sigma)
        }
    }
}
