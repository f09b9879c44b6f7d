/// Why a cell question (`CellQuestion`) could not be asked or answered. Every message is one
/// line and names the part of the cell at fault.
public enum CellError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A formula of the cell could not be read.
    case formula(part: CellPart, FormulaError)
    /// An electrode voltage that is not a finite number from 0 to `InputLimits.voltage` V.
    case invalidVoltage(part: CellPart, value: Double)
    /// The anode is neither an element nor a composition of a compound in the data.
    case anodeNotInData(formula: String)
    /// A compound anode was given without its voltage (only a metal anode is at 0 V by definition).
    case anodeVoltageNeeded(formula: String)
    /// A voltage was given for a metal anode, which is at 0 V against itself by definition.
    case metalAnodeVoltage(formula: String, value: Double)
    /// A coating of the same composition as the layer it touches (the cathode, the coating
    /// beneath it or the electrolyte): there would be no interface.
    case coatingSameAsNeighbour(coating: String, neighbour: CellPart, formula: String)
    /// The anode's voltage is not below the cathode's: such a cell has no positive voltage to
    /// discharge through (the electrodes are swapped, or the voltages are).
    case anodeNotBelowCathode(anodeVoltage: Double, cathodeVoltage: Double)
    /// A screen with no candidate: an empty list, or a chemical space with no stable compound.
    case noCandidates(source: String)
    /// The working ion is not a metal working ion (``Element/workingIonCharge`` is `nil`).
    case notAWorkingIon(Element)
    /// The library could not answer a question about one part of the cell.
    case stability(part: CellPart, StabilityError)
    /// The cell's ``Conditions`` were refused.
    case conditions(ConditionsError)
    /// The constraints of the cell's ``Conditions`` could not be applied to the data.
    case constraints(ConstraintError)

    public var description: String {
        switch self {
        case .formula(let part, let error): "the \(part.rawValue): \(error)"
        case .invalidVoltage(let part, let value):
            "the \(part.rawValue) voltage must be a finite number from 0 to \(Int(InputLimits.voltage)) V, got \(value)"
        case .anodeNotInData(let formula):
            "the anode \(EchoedText.shortened(formula)) is neither an element nor a compound of the data"
        case .anodeVoltageNeeded(let formula):
            // An element other than the working ion (Si, C, O) needs a voltage as a compound does.
            ((try? Composition(parsing: formula))?.elements.count == 1
                ? "the anode \(EchoedText.shortened(formula)) is an element but not the working-ion metal"
                : "the anode \(EchoedText.shortened(formula)) is a compound")
                + ": give its voltage (only a metal anode is at 0 V by definition)"
        case .anodeNotBelowCathode(let anodeVoltage, let cathodeVoltage):
            "the anode's voltage (\(NumberFormat.significant(anodeVoltage)) V) must be below the cathode's (\(NumberFormat.significant(cathodeVoltage)) V): are the electrodes or their voltages swapped?"
        case .noCandidates(let source):
            "nothing to screen: \(EchoedText.shortened(source))"
        case .metalAnodeVoltage(let formula, let value):
            "the anode \(EchoedText.shortened(formula)) is the working-ion metal, at 0 V by definition; got an anode voltage of \(value) V"
        case .coatingSameAsNeighbour(let coating, let neighbour, let formula):
            "the coating \(EchoedText.shortened(coating)) has the composition of the \(neighbour.rawValue) it touches (\(EchoedText.shortened(formula))): a layer against itself is no interface"
        case .notAWorkingIon(let element):
            "\(element.symbol) is not a metal working ion, so a cell of it has no voltages"
        case .stability(let part, let error): "the \(part.rawValue) side: \(error)"
        case .conditions(let error): error.description
        case .constraints(let error): error.description
        }
    }
}

/// A part of a cell: what a ``CellError`` names.
public enum CellPart: String, Codable, Equatable, Sendable {
    /// The negative electrode.
    case anode
    /// The electrolyte between the electrodes.
    case electrolyte
    /// A coating between the cathode and the electrolyte.
    case coating
    /// The positive electrode.
    case cathode
}
