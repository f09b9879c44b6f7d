/// Why ``Conditions`` cannot be carried out for a question: each case names the part refused.
public enum ConditionsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The question cannot use this part of the conditions.
    case notApplicable(QuestionKind.Part, question: QuestionKind, hint: String)
    /// The question sweeps an open element and none was given.
    case openElementNeeded(QuestionKind)
    /// An open element was given without its potential, for a question at one potential.
    case potentialNeeded(Element, question: QuestionKind)
    /// A potential or sweep range was given without an open element.
    case openElementMissing(QuestionKind.Part)
    /// The open element has no entries in the data.
    case openElementNotInData(Element)
    /// A fixed element (or a gas's element) has no entries in the data.
    case fixedElementNotInData(Element, gas: Gas?)
    /// An element is fixed twice (by values, by gases, or one of each).
    case repeatedFixedElement(Element)
    /// An element is both fixed and the open one.
    case fixedElementIsOpen(Element)
    /// An element drawn or asked about as closed has no entries in the data.
    case closedElementNotInData(Element)
    /// An element drawn or asked about as closed is open or fixed.
    case closedElementIsReservoir(Element)
    /// Every element of the question is open or fixed: nothing is left to balance.
    case noClosedElements(formula: String)
    /// A voltage was given for an element that is not a metal working ion.
    case voltageNeedsWorkingIon(Element)
    /// A sweep range in volts for an element that is not a metal working ion.
    case sweepVoltsNeedWorkingIon(Element)
    /// A voltage outside 0 … `InputLimits.voltage`.
    case invalidVoltage(Double)
    /// A chemical potential outside −`InputLimits.chemicalPotential` … 0.
    case invalidChemicalPotential(Element, Double)
    /// A fixed chemical potential outside −`InputLimits.chemicalPotential` … 0.
    case invalidFixedPotential(Element, Double)
    /// A bound of a sweep range outside 0 … `InputLimits.voltage` V, or outside
    /// −`InputLimits.chemicalPotential` … 0 eV.
    case invalidSweepBound(Double, unit: String)
    /// A sweep range whose lower end lies above its upper end.
    case invertedSweepRange(from: Double, to: Double, unit: String)
    /// A gas's pressure or temperature outside its table or limits.
    case gas(GasError)
    /// A gas temperature was set without a gas.
    case temperatureWithoutGas(Double)
    /// A Monte Carlo question was asked without an uncertainty model.
    case uncertaintyNeeded(QuestionKind)
    /// A number of Monte Carlo samples below 1 or above `InputLimits.samples`.
    case invalidSampleCount(Int)
    /// A global σ that is not a finite number from 0 to `InputLimits.sigma` eV/atom.
    case invalidSigma(Double)
    /// A metastable tolerance that is not a finite energy ≥ 0.
    case invalidMetastableTolerance(Double)

    /// One line for the user.
    public var description: String {
        switch self {
        case .notApplicable(let part, let question, let hint):
            "a \(question.rawValue) does not take \(part.rawValue)" + (hint.isEmpty ? "" : ": \(hint)")
        case .openElementNeeded(let question): "a \(question.rawValue) sweeps an open element: name it (e.g. Li)"
        case .potentialNeeded(let element, let question):
            "a \(question.rawValue) with \(element.symbol) open needs its voltage (V vs \(element.symbol)) or chemical potential (eV)"
        case .openElementMissing(let part): "\(part.rawValue) needs an open element (e.g. Li)"
        case .openElementNotInData(let element): "the open element \(element.symbol) has no entries in the data"
        case .fixedElementNotInData(let element, let gas):
            gas.map { "the gas \($0) fixes \(element.symbol), which has no entries in the data" }
                ?? "the fixed element \(element.symbol) has no entries in the data"
        case .repeatedFixedElement(let element): "the chemical potential of \(element.symbol) is fixed more than once"
        case .fixedElementIsOpen(let element): "\(element.symbol) is both fixed and the open element; fix it or open it, not both"
        case .closedElementNotInData(let element): "the closed element \(element.symbol) has no entries in the data"
        case .closedElementIsReservoir(let element):
            "\(element.symbol) is open or fixed, so it cannot also be one of the closed elements"
        case .noClosedElements(let formula):
            "\(EchoedText.shortened(formula)) has no closed elements: every element is open or fixed, so nothing is left to balance"
        case .voltageNeedsWorkingIon(let element):
            "\(element.symbol) is not a metal working ion, so it has no voltage; give its chemical potential (eV relative to the element) instead"
        case .sweepVoltsNeedWorkingIon(let element):
            "\(element.symbol) is not a metal working ion, so it has no voltage; bound the sweep by its chemical potential (eV relative to the element) instead"
        case .invalidVoltage(let value): "the voltage must be a finite number from 0 to \(Int(InputLimits.voltage)) V, got \(value)"
        case .invalidChemicalPotential(let element, let value):
            "the chemical potential of \(element.symbol) must be a finite number \(InputLimits.chemicalPotentialRange(of: element)), got \(value)"
        case .invalidFixedPotential(let element, let value):
            "the fixed chemical potential of \(element.symbol) must be a finite number \(InputLimits.chemicalPotentialRange(of: element)), got \(value)"
        case .invalidSweepBound(let value, let unit):
            unit == "V" ? "a sweep bound must be a finite voltage from 0 to \(Int(InputLimits.voltage)) V, got \(value)"
                : "a sweep bound must be a finite chemical potential from −\(Int(InputLimits.chemicalPotential)) to 0 eV, got \(value)"
        case .invertedSweepRange(let from, let to, let unit): "the sweep range runs from \(from) to \(to) \(unit): its start must not exceed its end"
        case .gas(let error): error.description
        case .temperatureWithoutGas(let value): "a gas temperature (\(value) K) needs a gas (e.g. O2 at 0.21 bar)"
        case .uncertaintyNeeded(let question): "a Monte Carlo \(question.rawValue) needs an uncertainty model (σ or its source, samples, seed)"
        case .invalidSampleCount(let count):
            count < 1 ? "Monte Carlo needs at least 1 sample, got \(count)"
                : "\(count) is more than the \(InputLimits.samples) samples allowed (every sample is kept for the percentiles)"
        case .invalidSigma(let sigma): "σ must be a finite number from 0 to \(Int(InputLimits.sigma)) eV/atom, got \(sigma)"
        case .invalidMetastableTolerance(let value): "the metastable tolerance must be a finite energy ≥ 0 eV/atom, got \(value)"
        }
    }
}
