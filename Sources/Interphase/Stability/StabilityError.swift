/// Why a decomposition, profile or window could not be computed.
public enum StabilityError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The composition contains an element with no entries in the data.
    case elementNotInData(formula: String, element: Element)
    /// The open element has no entries in the data.
    case openElementNotInData(Element)
    /// Every element of the composition is open: nothing is left to balance.
    case noClosedElements(formula: String)
    /// A chemical potential that is not finite, lies above the element's reference or below
    /// −`InputLimits.chemicalPotential`.
    case invalidChemicalPotential(element: Element, value: Double)
    /// A voltage that is negative, not finite or above `InputLimits.voltage`.
    case invalidVoltage(Double)
    /// A voltage was given for an element that is not a metal working ion.
    case voltageNeedsWorkingIon(Element)
    /// The same element was opened twice.
    case repeatedOpenElement(Element)
    /// A fixed chemical potential names an element with no entries in the data.
    case fixedElementNotInData(Element)
    /// The same element was given two fixed chemical potentials.
    case repeatedFixedElement(Element)
    /// A fixed element is also the element swept (or opened) by the question.
    case fixedElementIsOpen(Element)
    /// The linear program has no solution.
    case infeasible(formula: String)
    /// The linear program is unbounded.
    case unbounded(formula: String)
    /// GLPK failed.
    case solverFailed(LinearProgramError)
    /// The underlying phase diagram failed.
    case phaseDiagram(PhaseDiagramError)
    /// The question's chemical system has more elements than a hull is built for (the limit).
    case systemTooLarge([Element], limit: Int)
    /// The constraints could not be applied to the question's chemical system.
    case constraints(ConstraintError)
    /// The question's ``Conditions`` were refused.
    case conditions(ConditionsError)
    /// A Monte Carlo propagation failed.
    indirect case monteCarlo(MonteCarloError)
    /// An entry's energy uncertainty is missing or invalid.
    case uncertainty(UncertaintyError)
    /// `includeNoMixingEnergy` was asked for without a reservoir (no open or fixed element).
    case noMixingEnergyNeedsReservoir
    /// An uptake tolerance that is not a finite number ≥ 0 (atoms per formula unit).
    case invalidUptakeTolerance(Double)
    /// A screen over a chemical space that holds no stable compound in the data.
    case noStableCompounds([Element])

    /// One line for the user.
    public var description: String {
        switch self {
        case .elementNotInData(let formula, let element): "\(EchoedText.shortened(formula)) contains \(element.symbol), which has no entries in the data"
        case .openElementNotInData(let element): "the open element \(element.symbol) has no entries in the data"
        case .noStableCompounds(let elements):
            "nothing to screen: the data hold no stable compound of \(elements.sorted().map(\.symbol).joined(separator: ", ")) (pure elements are not candidates)"
        case .noClosedElements(let formula): "\(EchoedText.shortened(formula)) has no closed elements: every element is open to the reservoir"
        case .invalidChemicalPotential(let element, let value): "the chemical potential of \(element.symbol) must be a finite number \(InputLimits.chemicalPotentialRange(of: element)), got \(value)"
        case .invalidVoltage(let value): "the voltage must be a finite number from 0 to \(Int(InputLimits.voltage)) V, got \(value)"
        case .voltageNeedsWorkingIon(let element): "\(element.symbol) is not a metal working ion, so it has no voltage; give its chemical potential (eV relative to the element) instead"
        case .repeatedOpenElement(let element): "\(element.symbol) is opened more than once"
        case .fixedElementNotInData(let element): "the fixed element \(element.symbol) has no entries in the data"
        case .repeatedFixedElement(let element): "the chemical potential of \(element.symbol) is fixed more than once"
        case .fixedElementIsOpen(let element): "\(element.symbol) is both fixed and the open (swept) element; fix it or sweep it, not both"
        case .infeasible(let formula): "no combination of phases in the data has the composition of \(EchoedText.shortened(formula))"
        case .unbounded(let formula): "the grand potential of \(EchoedText.shortened(formula)) is unbounded below (a chemical potential above the pure element's?)"
        case .solverFailed(let error): "the linear-programming solver failed: \(error)"
        case .phaseDiagram(let error): error.description
        case .systemTooLarge(let elements, let limit): "the chemical system \(elements.map(\.symbol).sorted().joined(separator: "-")) has \(elements.count) elements; hulls are built for at most \(limit) (qhull's cost grows exponentially with the number of elements)"
        case .constraints(let error): error.description
        case .conditions(let error): error.description
        case .monteCarlo(let error): error.description
        case .uncertainty(let error): error.description
        case .noMixingEnergyNeedsReservoir: "the no-mixing energy needs a reservoir (an open or fixed element): closed, there is none"
        case .invalidUptakeTolerance(let value): "the uptake tolerance must be a finite number ≥ 0 atoms per formula unit, got \(value)"
        }
    }
}
