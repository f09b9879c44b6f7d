/// Why a phase diagram could not be built or queried.
public enum PhaseDiagramError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No entries were given.
    case noEntries
    /// An element occurs in the entries but has no pure entry to serve as its reference.
    case missingElementalReference(Element)
    /// An entry's energy is NaN or infinite.
    case nonFiniteEnergy(entry: String)
    /// A queried composition contains an element the diagram does not have.
    case elementNotInDiagram(formula: String, element: Element)
    /// qhull could not compute the hull.
    case hullFailed(ConvexHullError)
    /// The hull has no facet facing down (never seen with real data).
    case noLowerFacet
    /// The linear program that stands for the hull of a system of many elements failed for an
    /// entry (its formula).
    case linearProgramFailed(formula: String, LinearProgramError)

    /// One line for the user.
    public var description: String {
        switch self {
        case .noEntries: "no entries: a phase diagram needs at least one entry per element"
        case .missingElementalReference(let element): "no elemental reference for \(element.symbol): add a pure \(element.symbol) entry, or give formation energies so that the elements are the zero reference"
        case .nonFiniteEnergy(let entry): "the energy of \(entry) is not a finite number"
        case .elementNotInDiagram(let formula, let element): "\(EchoedText.shortened(formula)) contains \(element.symbol), which has no entries in the data"
        case .hullFailed(let error): "the convex hull could not be computed: \(error)"
        case .noLowerFacet: "the convex hull could not be computed: no lower facet was found"
        case .linearProgramFailed(let formula, let error): "the convex hull could not be computed: linear program for \(EchoedText.shortened(formula)): \(error)"
        }
    }
}
