/// Why a chemical-potential diagram could not be drawn.
public enum ChemicalPotentialDiagramError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Fewer than two elements were given (the associated value is how many).
    case tooFewElements(Int)
    /// The element was given more than once.
    case repeatedElement(Element)
    /// The element has no entries in the data.
    case elementNotInData(Element)
    /// The lower bound of the chemical potentials is not a finite number below 0 eV.
    case invalidMinimum(Double)
    /// The lower bound is at or above the formation energy per atom of a stable phase (named by
    /// its formula): no chemical potentials in the box satisfy that phase's inequality.
    case minimumAboveFormationEnergy(minimum: Double, formula: String, formationEnergyPerAtom: Double)
    /// The system's phase diagram could not be built.
    case stability(StabilityError)
    /// qhull's halfspace intersection failed.
    case halfspaceIntersection(ConvexHullError)

    /// One line for the user.
    public var description: String {
        switch self {
        case .tooFewElements(let count):
            "a chemical-potential diagram needs at least 2 elements, got \(count)"
        case .repeatedElement(let element):
            "\(element.symbol) is given more than once"
        case .elementNotInData(let element):
            "\(element.symbol) has no entries in the data"
        case .invalidMinimum(let value):
            "the lower bound of the chemical potentials must be a finite number below 0 eV, got \(value)"
        case .minimumAboveFormationEnergy(let minimum, let formula, let energy):
            "the lower bound \(minimum) eV is not below the formation energy of \(formula) (\(energy) eV/atom): the diagram would be empty; choose a lower bound"
        case .stability(let error):
            error.description
        case .halfspaceIntersection(let error):
            "the halfspace intersection failed: \(error)"
        }
    }
}
