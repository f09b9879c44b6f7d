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
    /// qhull could not compute the hull (a message from the hull wrapper).
    case hullFailed(String)

    /// One line for the user.
    public var description: String {
        switch self {
        case .noEntries:
            return "no entries: a phase diagram needs at least one entry per element"
        case .missingElementalReference(let element):
            return "no elemental reference for \(element.symbol): add a pure \(element.symbol) entry, or give formation energies so that the elements are the zero reference"
        case .nonFiniteEnergy(let entry):
            return "the energy of \(entry) is not a finite number"
        case .elementNotInDiagram(let formula, let element):
            return "\(formula) contains \(element.symbol), which has no entries in the data"
        case .hullFailed(let message):
            return "the convex hull could not be computed: \(message)"
        }
    }
}
