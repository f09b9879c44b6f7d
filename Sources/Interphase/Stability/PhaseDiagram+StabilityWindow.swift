extension PhaseDiagram {
    /// ``StabilityWindow/defaultUptakeTolerance``.
    package static var defaultUptakeTolerance: Double { StabilityWindow.defaultUptakeTolerance }

    /// The electrochemical stability window of `composition` against a reservoir of
    /// `openElement`, with the products beyond each limit.
    ///
    /// Conventions (see ``StabilityWindow``):
    /// - The window is the zero-uptake step of the composition's own profile (pymatgen's
    ///   `get_element_profile` convention). For a metastable compound (above the hull) that step
    ///   may have zero width: the single chemical potential where the uptake changes sign.
    /// - With `stabilize`, Zhu, He & Mo's convention: a compound present in the data is first
    ///   put onto the hull (its energy lowered by its energy above hull plus
    ///   `Tolerance.stabilizationMargin`); for a
    ///   composition absent from the data this changes nothing, and the note says so.
    /// - A composition absent from the data that has no exact zero-uptake step (one that is not
    ///   exactly charge-balanced, such as Li2.94PO3.50N0.31) gets, as a fallback, the range over
    ///   which |uptake| ≤ `uptakeTolerance`, with ``StabilityWindow/windowWithinTolerance`` set.
    /// - With `fixed` chemical potentials (`voltageProfile(of:formula:openElement:fixed:)`), the
    ///   window is the first range of the swept potential over which the composition exchanges
    ///   neither the open element nor any fixed one. The window is empty
    ///   (``StabilityWindow/windowEmpty``) unless some step takes up none of the open element and
    ///   none of any fixed element, whichever branch finds the limits: when every zero-uptake step
    ///   exchanges a fixed element (the note says what), when no step has zero uptake (the
    ///   zero-width case), and in the tolerance fallback when no step within it has every fixed
    ///   uptake within `uptakeTolerance` too. For a composition on the hull this is pymatgen's
    ///   `GrandPotentialPhaseDiagram` emptiness with the open and fixed elements all open.
    ///
    /// - Parameters:
    ///   - composition: One formula unit as written.
    ///   - formula: The formula as the user wrote it (default: the composition's).
    ///   - openElement: The element exchanged with the reservoir.
    ///   - stabilize: Put a metastable compound onto the hull first.
    ///   - uptakeTolerance: Atoms per formula unit for the fallback window.
    ///   - fixed: Other elements held at fixed chemical potentials (relative, eV, ≤ 0).
    ///   - subsystem: The diagram of exactly the question's system (the composition's elements,
    ///     the open and the fixed ones) when the caller holds it, as the atlas does
    ///     (`PhaseDiagramAtlas.subsystemDiagram(of:)`); by default `subsystemDiagram(of:)`.
    /// - Returns: The limits as voltages vs the open metal (V = −(μ − μ⁰)/(z e)) and as
    ///   chemical potentials μ − μ⁰ (eV), the products beyond each limit, and the whole profile.
    /// - Throws: ``StabilityError`` as `voltageProfile(of:formula:openElement:fixed:)`.
    /// - Complexity: that of `voltageProfile(of:formula:openElement:fixed:)` (two small solves
    ///   per facet of the system's hull), plus one hull of the data when `stabilize` lowers an
    ///   entry.
    package func stabilityWindow(
        of composition: Composition, formula: String? = nil, openElement: Element, stabilize: Bool = false,
        uptakeTolerance: Double = PhaseDiagram.defaultUptakeTolerance, fixed: [OpenElement] = [],
        subsystem: PhaseDiagram? = nil
    ) throws(StabilityError) -> StabilityWindow {
        let formula = formula ?? composition.formula
        try checkQuestion([(formula, composition)], open: [openElement], fixed: fixed)
        let own = lowestEntryIndex(matching: composition)
        let ownEnergyAboveHull = own.map { self.energyAboveHull(ofEntryAt: $0) }
        var notes: [String] = []
        // The profile is read off the diagram of exactly the question's system.
        var diagram = if let subsystem { subsystem } else {
            try subsystemDiagram(of: restrictedSystem(for: composition, openElement: openElement).union(fixed.map(\.element)))
        }
        var stabilized = false
        if stabilize {
            if let own {
                if !isStable(entryAt: own) {
                    // Lowered by its energy above this diagram's hull, in the system's diagram
                    // (the same entries as this diagram lowered, then restricted).
                    let shift: Double
                    (diagram, shift) = try diagram.puttingEntryOntoHull(
                        at: diagram.lowestEntryIndex(matching: composition)!, energyAboveHull: energyAboveHull(ofEntryAt: own))
                    stabilized = true
                    notes.append("stabilized: \(entries[own].label) lowered by \(NumberFormat.significant(shift)) eV/atom onto the hull (Zhu et al.'s convention)")
                } else {
                    notes.append("already on the hull: stabilizing changes nothing")
                }
            } else {
                notes.append("\(formula) is absent from the data: stabilizing changes nothing")
            }
        }
        let profile = try diagram.voltageProfile(of: composition, formula: formula, openElement: openElement, fixed: fixed)
        let steps = profile.steps
        var windowStart: Int?   // first step inside the window
        var windowEnd: Int?     // last step inside the window
        var withinTolerance = false
        var empty = false

        let atoms = composition.numberOfAtoms
        if let range = ProfileStep.zeroUptakeRange(of: steps, formulaUnitAtoms: atoms) {
            windowStart = range.lowerBound
            windowEnd = range.upperBound
            if let closed = ProfileStep.firstRun(in: range, of: steps, where: { $0.exchangesNoFixedElement(formulaUnitAtoms: atoms) }) {
                windowStart = closed.lowerBound
                windowEnd = closed.upperBound
            } else {
                empty = true
                notes.append(emptyWindowNote(formula: formula, openElement: openElement, step: steps[range.lowerBound]))
            }
            notes.insert(own.map { isStable(entryAt: $0) || stabilized } == true
                ? StabilityWindow.onHullNote
                : "window = the zero-uptake step of the composition's own profile", at: 0)
        } else {
            // The uptake changes sign between two steps (or before the first one).
            let crossing = steps.firstIndex { $0.openElementUptake < 0 } ?? steps.count
            if own == nil, uptakeTolerance > 0 {
                var first = crossing
                while first > 0, abs(steps[first - 1].openElementUptake) <= uptakeTolerance { first -= 1 }
                var last = crossing - 1
                while last + 1 < steps.count, abs(steps[last + 1].openElementUptake) <= uptakeTolerance { last += 1 }
                if first <= last {
                    windowStart = first
                    windowEnd = last
                    withinTolerance = true
                    notes.insert("no exact zero-uptake step (the composition is not exactly balanced): window = the range where |uptake| ≤ \(uptakeTolerance) per formula unit", at: 0)
                    // Under fixed potentials "none" of a fixed element means the same tolerance.
                    if let closed = ProfileStep.firstRun(in: first...last, of: steps, where: { $0.exchangesNoFixedElement(within: uptakeTolerance) }) {
                        windowStart = closed.lowerBound
                        windowEnd = closed.upperBound
                    } else {
                        empty = true
                        notes.append(emptyWindowNote(formula: formula, openElement: openElement, step: steps[first]))
                    }
                }
            }
            if windowStart == nil {
                // Under fixed potentials no step exchanges nothing: the window is empty.
                let emptyUnderFixed = !fixed.isEmpty
                if emptyUnderFixed {
                    notes.insert("no zero-uptake step: the uptake of \(openElement.symbol) changes sign between two steps", at: 0)
                    notes.append("window empty: at the fixed chemical potentials no range of the swept potential leaves \(formula) exchanging neither \(openElement.symbol) nor a fixed element")
                } else {
                    notes.insert("no zero-uptake step: the window has zero width where the uptake changes sign (the composition is metastable)", at: 0)
                }
                var window = StabilityWindow.zeroWidth(
                    formula: formula, openElement: openElement, energyAboveHull: ownEnergyAboveHull,
                    stabilized: stabilized, steps: steps, crossing: crossing, empty: emptyUnderFixed,
                    note: notes.joined(separator: "; "))
                window.fixedChemicalPotentials = profile.fixedChemicalPotentials
                return window
            }
        }
        let start = windowStart!, end = windowEnd!
        let reductionMu = steps[start].chemicalPotentialHigh
        let oxidationMu = steps[end].chemicalPotentialLow
        var window = StabilityWindow(
            formula: formula, openElement: openElement, energyAboveHull: ownEnergyAboveHull, stabilized: stabilized,
            reductionLimitVoltage: OpenElement.voltage(forChemicalPotential: reductionMu, of: openElement),
            oxidationLimitVoltage: oxidationMu.flatMap { OpenElement.voltage(forChemicalPotential: $0, of: openElement) },
            reductionLimitChemicalPotential: reductionMu,
            oxidationLimitChemicalPotential: oxidationMu,
            reductionProducts: start > 0 && !empty ? steps[start - 1].products : [],
            oxidationProducts: end + 1 < steps.count && !empty ? steps[end + 1].products : [],
            profile: steps,
            windowWithinTolerance: withinTolerance,
            uptakeTolerance: withinTolerance ? uptakeTolerance : nil,
            note: notes.joined(separator: "; "))
        window.fixedChemicalPotentials = profile.fixedChemicalPotentials
        window.windowEmpty = empty
        return window
    }

    /// The same diagram with ``entries``[`index`] put onto the hull as a strict vertex: lowered by
    /// its energy above hull plus `Tolerance.stabilizationMargin` (Zhu, He & Mo's convention).
    ///
    /// - Returns: The new diagram and the lowering, eV/atom.
    func puttingEntryOntoHull(at index: Int) throws(StabilityError) -> (diagram: PhaseDiagram, shift: Double) {
        try puttingEntryOntoHull(at: index, energyAboveHull: energyAboveHull(ofEntryAt: index))
    }

    /// ``puttingEntryOntoHull(at:)`` lowering by `energyAboveHull` (eV/atom) as measured on a
    /// larger diagram of the same entries.
    func puttingEntryOntoHull(at index: Int, energyAboveHull: Double) throws(StabilityError) -> (diagram: PhaseDiagram, shift: Double) {
        var lowered = entries
        let shift = lowered[index].lowerOntoHull(energyAboveHull: energyAboveHull)
        do {
            return (try PhaseDiagram(entries: lowered), shift)
        } catch {
            throw .phaseDiagram(error)
        }
    }

    /// Why a window under fixed potentials is empty: what `step`, the first that exchanges none
    /// of the open element (or the least), exchanges with the fixed reservoirs.
    private func emptyWindowNote(formula: String, openElement: Element, step: ProfileStep) -> String {
        let exchanged = step.fixedElementUptakes.filter { $0.value != 0 }.sorted { $0.key < $1.key }
            .map { "\($0.value > 0 ? "takes up" : "releases") \(NumberFormat.significant(abs($0.value))) \($0.key)" }
        return "window empty: wherever it exchanges no \(openElement.symbol), \(formula) \(exchanged.joined(separator: " and ")) per formula unit at the fixed chemical potentials"
    }
}

extension StabilityWindow {
    /// A zero-width window at the boundary between step `crossing − 1` (taking up) and step
    /// `crossing` (releasing); with `empty` (under fixed potentials, where no step exchanges
    /// nothing) ``windowEmpty`` is set and no products are given.
    static func zeroWidth(
        formula: String, openElement: Element, energyAboveHull: Double?, stabilized: Bool,
        steps: [ProfileStep], crossing: Int, empty: Bool = false, note: String
    ) -> StabilityWindow {
        let mu = crossing < steps.count ? steps[crossing].chemicalPotentialHigh : (steps.last?.chemicalPotentialLow ?? 0)
        let voltage = OpenElement.voltage(forChemicalPotential: mu, of: openElement)
        return StabilityWindow(
            formula: formula, openElement: openElement, energyAboveHull: energyAboveHull, stabilized: stabilized,
            reductionLimitVoltage: voltage, oxidationLimitVoltage: crossing < steps.count ? voltage : nil,
            reductionLimitChemicalPotential: mu, oxidationLimitChemicalPotential: crossing < steps.count ? mu : nil,
            reductionProducts: crossing > 0 && !empty ? steps[crossing - 1].products : [],
            oxidationProducts: crossing < steps.count && !empty ? steps[crossing].products : [],
            profile: steps, windowWithinTolerance: false, uptakeTolerance: nil, note: note, windowEmpty: empty)
    }
}

import Foundation
