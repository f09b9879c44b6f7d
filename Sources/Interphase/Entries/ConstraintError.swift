/// Why constraints could not be applied.
public enum ConstraintError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A token is neither an entry id nor a formula of any entry.
    case noMatch(String)
    /// A pure element was excluded by formula.
    case elementExcluded(String)
    /// The exclusions removed every pure entry of an element that other entries contain.
    case referenceExcluded(Element)
    /// A negative or non-finite metastability tolerance.
    case invalidTolerance(Double)
    /// The hull of the remaining entries failed.
    case phaseDiagram(PhaseDiagramError)

    /// One line for the user.
    public var description: String {
        switch self {
        case .noMatch(let token): "cannot exclude \(token): no entry has this id or composition"
        case .elementExcluded(let token): "cannot exclude \(token): pure elements are the energy references and cannot be excluded by formula (exclude a polymorph by its id)"
        case .referenceExcluded(let element): "the exclusions remove every pure \(element.symbol) entry, but \(element.symbol) is the reference of other entries"
        case .invalidTolerance(let value): "the metastability tolerance must be a finite energy ≥ 0 eV/atom, got \(value)"
        case .phaseDiagram(let error): error.description
        }
    }
}
