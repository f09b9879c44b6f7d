import Foundation

/// Why a chemical-potential diagram could not be drawn.
public enum ChemicalPotentialDiagramError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Fewer than two elements were given (the associated value is how many).
    case tooFewElements(Int)
    /// The element was given more than once.
    case repeatedElement(Element)
    /// The element has no entries in the data.
    case elementNotInData(Element)
    /// The lower bound of the chemical potentials is not a number below 0 eV and at or above
    /// −10⁴ eV (the bound of every chemical potential a question takes).
    case invalidMinimum(Double)
    /// The lower bound is at or above the formation energy per atom of a stable phase (named by
    /// its formula): no chemical potentials in the box satisfy that phase's inequality.
    case minimumAboveFormationEnergy(minimum: Double, formula: String, formationEnergyPerAtom: Double)
    /// The lower bound leaves a slice empty: at the fixed chemical potentials, the phase (named by
    /// its formula) needs the free elements' chemical potentials at or below the bound
    /// (`chemicalPotential`, eV per atom, is where its plane meets the line of equal free
    /// chemical potentials).
    case minimumAboveSlice(minimum: Double, formula: String, chemicalPotential: Double)
    /// The axes of a ``ChemicalPotentialMap`` are not two distinct elements of the system.
    case invalidAxes([Element])
    /// A fixed element is not an element of the system.
    case fixedElementNotInSystem(Element)
    /// A fixed element is also an axis.
    case fixedElementOnAxis(Element)
    /// The same element is fixed twice.
    case repeatedFixedElement(Element)
    /// A fixed chemical potential (eV per atom) is below the lower bound of the diagram, outside
    /// its box.
    case fixedBelowMinimum(Element, chemicalPotential: Double, minimum: Double)
    /// The fixed chemical potentials alone put the phase (named by its formula), made only of
    /// fixed elements, `excess` eV per atom below its plane: it would form from the reservoirs,
    /// so no point of the slice is an equilibrium.
    case fixedPotentialsFormPhase(formula: String, excess: Double)
    /// The system's phase diagram could not be built.
    case stability(StabilityError)
    /// qhull's halfspace intersection failed.
    case halfspaceIntersection(ConvexHullError)

    /// What went wrong in qhull, in words, without its message.
    private static func kind(of error: ConvexHullError) -> String {
        switch error {
        case .degenerate: "degenerate input at double precision"
        case .qhullFailed(let code, _): "qhull exit code \(code)"
        default: error.description
        }
    }

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
            "the lower bound of the chemical potentials must be a number below 0 eV and at least −\(Int(InputLimits.chemicalPotential)) eV (the bound of every chemical potential), got \(value)"
        case .minimumAboveFormationEnergy(let minimum, let formula, let energy):
            "the lower bound \(minimum) eV is not below the formation energy of \(formula) (\(energy) eV/atom): the diagram would be empty; choose a lower bound"
        case .minimumAboveSlice(let minimum, let formula, let value):
            "at the fixed chemical potentials the slice would be empty: \(formula) needs the other elements' chemical potentials at \(NumberFormat.fixed(value, decimals: 4)) eV or below, under the lower bound \(minimum) eV; choose a lower bound"
        case .invalidAxes(let elements):
            "the axes must be two distinct elements of the system, got \(elements.map(\.symbol).joined(separator: ","))"
        case .fixedElementNotInSystem(let element):
            "the fixed element \(element.symbol) is not an element of the system"
        case .fixedElementOnAxis(let element):
            "\(element.symbol) is both fixed and an axis; fix it or draw it, not both"
        case .repeatedFixedElement(let element):
            "the chemical potential of \(element.symbol) is fixed more than once"
        case .fixedBelowMinimum(let element, let value, let minimum):
            "the fixed chemical potential of \(element.symbol), \(value) eV, is below the lower bound \(minimum) eV of the diagram"
        case .fixedPotentialsFormPhase(let formula, let excess):
            "at the fixed chemical potentials \(formula) is \(NumberFormat.fixed(excess, decimals: 4)) eV per atom more stable than the reservoirs it is made of: it would form from them, so nothing is in equilibrium there"
        case .stability(let error):
            error.description
        case .halfspaceIntersection(let error):
            // qhull's own message (option letters, precision constants) is for a bug report, not the user.
            "the domains could not be computed: the intersection of the phases' planes failed (\(Self.kind(of: error))); please report the system and the data"
        }
    }
}
