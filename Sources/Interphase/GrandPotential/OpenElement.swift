/// An element exchanged with a reservoir at a fixed chemical potential (Li with a lithium metal
/// anode, O with an oxygen atmosphere).
///
/// The chemical potential is relative to the element's reference in the same dataset:
/// `chemicalPotential = μ − μ⁰`, in eV per atom, ≤ 0 (0 means in equilibrium with the pure
/// element). For a metal working ion of charge z the voltage against its metal is
/// V = −(μ − μ⁰) / (z e) (``voltage``).
package struct OpenElement: Hashable, Sendable, CustomStringConvertible {
    /// The element exchanged with the reservoir.
    package let element: Element
    /// μ − μ⁰, eV per atom, ≤ 0.
    package let chemicalPotential: Double

    /// An open element at a chemical potential relative to its reference.
    ///
    /// - Parameters:
    ///   - element: The element exchanged with the reservoir.
    ///   - chemicalPotential: μ − μ⁰ in eV per atom; must be finite, ≤ 0 and ≥
    ///     `InputLimits.lowestChemicalPotential(of: element)` (−z × 1000 eV for a working ion of
    ///     charge z, the voltage bound; −10⁴ eV for any other element).
    /// - Throws: ``StabilityError/invalidChemicalPotential(element:value:)``.
    package init(_ element: Element, chemicalPotential: Double) throws(StabilityError) {
        guard chemicalPotential.isFinite, chemicalPotential <= Tolerance.referenceEnergy,
            chemicalPotential >= InputLimits.lowestChemicalPotential(of: element)
        else {
            throw .invalidChemicalPotential(element: element, value: chemicalPotential)
        }
        self.element = element
        self.chemicalPotential = min(chemicalPotential, 0)
    }

    /// An open metal element at a voltage against its metal (V vs M/M^z+).
    ///
    /// - Parameters:
    ///   - element: A metal working ion (``Element/workingIonCharge`` is not `nil`).
    ///   - voltage: Volts vs the metal; finite, ≥ 0 and ≤ `InputLimits.voltage`.
    /// - Throws: ``StabilityError/voltageNeedsWorkingIon(_:)`` for a non-metal such as O,
    ///   ``StabilityError/invalidVoltage(_:)`` for a negative, non-finite or absurdly
    ///   high voltage.
    package init(_ element: Element, voltage: Double) throws(StabilityError) {
        guard let charge = element.workingIonCharge else { throw .voltageNeedsWorkingIon(element) }
        guard voltage.isFinite, voltage >= -Tolerance.referenceEnergy, voltage <= InputLimits.voltage else { throw .invalidVoltage(voltage) }
        try self.init(element, chemicalPotential: -Double(charge) * voltage)
    }

    /// The voltage vs the metal (V), or `nil` when the element is not a metal working ion.
    package var voltage: Double? { OpenElement.voltage(forChemicalPotential: chemicalPotential, of: element) }

    /// V = −(μ − μ⁰)/z for a working ion of charge z, else `nil`.
    package static func voltage(forChemicalPotential chemicalPotential: Double, of element: Element) -> Double? {
        guard let charge = element.workingIonCharge else { return nil }
        let voltage = -chemicalPotential / Double(charge)
        return voltage == 0 ? 0 : voltage  // no −0
    }

    /// One line for the user.
    package var description: String {
        if let voltage { return "\(element.symbol) at \(voltage) V" }
        return "\(element.symbol) at μ − μ⁰ = \(chemicalPotential) eV"
    }
}

extension Element {
    /// The charge z of the element as a working ion in a battery (Li⁺, Na⁺, K⁺, Rb⁺, Cs⁺: 1;
    /// Mg²⁺, Ca²⁺, Zn²⁺: 2; Al³⁺: 3), or `nil` for elements that are not (O, N, ...), for which
    /// no voltage is defined.
    public var workingIonCharge: Int? {
        switch symbol {
        case "Li", "Na", "K", "Rb", "Cs": return 1
        case "Mg", "Ca", "Zn": return 2
        case "Al": return 3
        default: return nil
        }
    }
}

extension Element {
    /// The couple its voltages are measured against, as tables write it: "Li/Li+", "Mg/Mg2+",
    /// "Al/Al3+"; `nil` for an element that is not a metal working ion.
    package var workingIonCouple: String? {
        workingIonCharge.map { "\(symbol)/\(symbol)\($0 == 1 ? "" : String($0))+" }
    }

    /// What a voltage vs a multivalent ion's metal means, for a footnote: "V = −(μMg − μ⁰)/(2e):
    /// each Mg2+ exchanges 2 electrons"; `nil` for a monovalent ion (V = −(μ − μ⁰)/e, the usual
    /// reading) or an element that is not a working ion.
    package var voltageMeaning: String? {
        guard let charge = workingIonCharge, charge > 1, let couple = workingIonCouple else { return nil }
        return "V = −(μ\(symbol) − μ⁰)/(\(charge)e): each \(couple.split(separator: "/")[1]) exchanges \(charge) electrons"
    }

    /// The names of a window's two limits for this open element: "reduction" and "oxidation" for
    /// a metal working ion (taking it up reduces the material); "uptake" and "release" for any
    /// other element, whose uptake is oxidation for an anion former (O, N, S, halogens) and
    /// reduction for a metal.
    package var exchangeLimitNames: (upper: String, lower: String) {
        workingIonCharge != nil ? ("reduction", "oxidation") : ("uptake", "release")
    }

    /// For an element that is not a working ion, what its uptake means chemically, for a footnote:
    /// "taking up O is oxidation (O forms anions), releasing it reduction"; `nil` for a working
    /// ion or an element of intermediate electronegativity (H, P: either way).
    package var uptakeMeaning: String? {
        guard workingIonCharge == nil else { return nil }
        if electronegativity >= 2.5 { return "taking up \(symbol) is oxidation (\(symbol) forms anions), releasing it reduction" }
        if electronegativity <= 1.9 { return "taking up \(symbol) is reduction (\(symbol) forms cations), releasing it oxidation" }
        return nil
    }
}
