/// One material of a cell as the user wrote it, and its composition.
package struct CellMaterial: Equatable, Sendable {
    /// The formula as written (`LiNi0.5Mn1.5O4`).
    package let formula: String
    /// One formula unit as written.
    package let composition: Composition

    /// A material from its formula.
    ///
    /// - Parameters:
    ///   - formula: The formula as written.
    ///   - part: Which part of the cell it is, for the error.
    /// - Throws: ``CellError/formula(part:_:)``.
    package init(parsing formula: String, part: CellPart) throws(CellError) {
        do throws(FormulaError) { composition = try Composition(parsing: formula) } catch { throw .formula(part: part, error) }
        self.formula = formula
    }
}

/// A question about a whole cell, anode | electrolyte | cathode, at the electrodes' voltages:
/// what `PhaseDiagramAtlas.cell(_:)` answers.
///
/// Voltages are vs the working-ion metal (V vs Li/Li⁺ for Li). A metal anode (the working ion
/// itself, `Li`) is at 0 V by definition; a compound anode (`Li4Ti5O12`, `LiC6`) needs its
/// voltage. The anode must be an element or a composition of a compound in the data (a
/// question about an electrode the data do not know would be answered for something else); the
/// electrolyte may be any composition of the data's elements (an amorphous LiPON composition),
/// and so may the cathode (the data need not hold it: its reactions take it at the hull, as
/// pymatgen's `use_hull_energy=True` does).
///
/// Fixed chemical potentials of other elements (``fixed``: a gas at a pressure, `--fix`, `--gas`)
/// apply to every hull the answer reads: the window, each side's decomposition, reactions and
/// layers.
package struct CellQuestion: Equatable, Sendable {
    /// The negative electrode.
    package let anode: CellMaterial
    /// The electrolyte between the electrodes.
    package let electrolyte: CellMaterial
    /// Coatings between the cathode and the electrolyte, from the cathode outwards: the stack
    /// cathode | coatings[0] | coatings[1] | … | electrolyte. Every coating interface sits at the
    /// cathode's voltage. Empty for an uncoated cell.
    package let coatings: [CellMaterial]
    /// The positive electrode.
    package let cathode: CellMaterial
    /// The ion the cell shuttles (Li), open at each electrode's voltage.
    package let workingIon: Element
    /// The anode's voltage vs the working-ion metal (V): 0 for the metal itself.
    package let anodeVoltage: Double
    /// The cathode's voltage vs the working-ion metal (V), e.g. 4.7 for charged LiNi0.5Mn1.5O4.
    package let cathodeVoltage: Double
    /// Whether the electrolyte's window is taken after putting it onto the hull (Zhu et al.'s
    /// convention) rather than from its own profile (pymatgen's).
    package let stabilizeElectrolyte: Bool
    /// Elements held at fixed chemical potentials (relative to their references), besides the
    /// working ion at each electrode's voltage.
    package let fixed: [OpenElement]

    /// A cell question from formulas as written.
    ///
    /// - Parameters:
    ///   - anode: The anode, an element or a compound of the data (`Li`).
    ///   - electrolyte: The electrolyte (`Li2PO2N`).
    ///   - cathode: The cathode (`LiNi0.5Mn1.5O4`).
    ///   - coatings: Coatings on the cathode, from the cathode outwards (`LiNbO3`); none by default.
    ///   - cathodeVoltage: The cathode's voltage vs the working-ion metal (V).
    ///   - anodeVoltage: The anode's voltage (V); `nil` for a metal anode (0 V), required for a
    ///     compound anode.
    ///   - workingIon: The working ion; `nil` for the anode's element when the anode is a metal
    ///     working ion (`Na` gives Na), otherwise Li.
    ///   - stabilizeElectrolyte: Put the electrolyte onto the hull before taking its window.
    ///   - fixed: Elements held at fixed chemical potentials (none by default).
    /// - Throws: ``CellError`` for a formula that cannot be read, a voltage that is not a finite
    ///   number from 0 to `InputLimits.voltage` V, a compound anode without a voltage, a metal
    ///   anode with one other than 0, an anode voltage not below the cathode's, a working ion
    ///   that is not a metal, or a coating of the same composition as the cathode, the
    ///   electrolyte or the coating beneath it.
    package init(
        anode: String, electrolyte: String, cathode: String, coatings: [String] = [], cathodeVoltage: Double,
        anodeVoltage: Double? = nil, workingIon: Element? = nil, stabilizeElectrolyte: Bool = false, fixed: [OpenElement] = []
    ) throws(CellError) {
        self.anode = try CellMaterial(parsing: anode, part: .anode)
        self.electrolyte = try CellMaterial(parsing: electrolyte, part: .electrolyte)
        self.cathode = try CellMaterial(parsing: cathode, part: .cathode)
        var layers: [CellMaterial] = []
        for formula in coatings {
            let coating = try CellMaterial(parsing: formula, part: .coating)
            let beneath = layers.last.map { ($0, CellPart.coating) } ?? (self.cathode, .cathode)
            for (neighbour, part) in [beneath, (self.electrolyte, .electrolyte)]
            where coating.composition.isSameReducedComposition(as: neighbour.composition) {
                throw .coatingSameAsNeighbour(coating: formula, neighbour: part, formula: neighbour.formula)
            }
            layers.append(coating)
        }
        self.coatings = layers
        let anodeElements = self.anode.composition.elements
        let metal = anodeElements.count == 1 && anodeElements[0].workingIonCharge != nil ? anodeElements[0] : nil
        let ion = workingIon ?? metal ?? Element(symbol: "Li")!
        guard ion.workingIonCharge != nil else { throw .notAWorkingIon(ion) }
        self.workingIon = ion
        for (part, value) in [(CellPart.anode, anodeVoltage), (.cathode, cathodeVoltage)] {
            guard let value else { continue }
            guard value.isFinite, value >= 0, value <= InputLimits.voltage else { throw .invalidVoltage(part: part, value: value) }
        }
        if anodeElements == [ion] {
            if let anodeVoltage, anodeVoltage != 0 { throw .metalAnodeVoltage(formula: anode, value: anodeVoltage) }
            self.anodeVoltage = 0
        } else {
            guard let anodeVoltage else { throw .anodeVoltageNeeded(formula: anode) }
            self.anodeVoltage = anodeVoltage
        }
        guard self.anodeVoltage < cathodeVoltage else {
            throw .anodeNotBelowCathode(anodeVoltage: self.anodeVoltage, cathodeVoltage: cathodeVoltage)
        }
        self.cathodeVoltage = cathodeVoltage
        self.stabilizeElectrolyte = stabilizeElectrolyte
        self.fixed = fixed
    }

    /// The layers from the cathode to the electrolyte, each with its part:
    /// cathode, coatings…, electrolyte.
    package var cathodeStack: [(material: CellMaterial, part: CellPart)] {
        [(cathode, .cathode)] + coatings.map { ($0, .coating) } + [(electrolyte, .electrolyte)]
    }

    /// Whether the anode is the working-ion metal itself (its interphase then has layers).
    package var hasMetalAnode: Bool { anode.composition.elements == [workingIon] }
}
