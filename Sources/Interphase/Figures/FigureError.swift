/// Why a figure could not be drawn.
public enum FigureError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A profile or window has no voltages: the open element is not a metal working ion.
    case noVoltages(formula: String, openElement: Element)
    /// A profile without steps.
    case emptyProfile(formula: String)
    /// Nothing to draw (no windows).
    case noData(String)
    /// A ternary diagram needs exactly three distinct elements.
    case needsThreeElements([Element])
    /// An element of the requested subsystem has no entries in the data.
    case elementNotInData(Element)
    /// A grand-potential diagram can be projected only onto two or three closed elements.
    case unsupportedClosedElementCount([Element])
    /// The maximum voltage is not above the voltages to draw.
    case invalidVoltageRange(Double)
    /// The hull or grand-potential diagram the figure needs could not be computed.
    case computation(StabilityError)

    /// One line for the user.
    public var description: String {
        switch self {
        case .noVoltages(let formula, let element): "the profile of \(EchoedText.shortened(formula)) has no voltages: \(element.symbol) is not a metal working ion"
        case .emptyProfile(let formula): "the profile of \(EchoedText.shortened(formula)) has no steps"
        case .noData(let what): "nothing to draw: \(what)"
        case .needsThreeElements(let elements): "a ternary diagram needs exactly three distinct elements, got \(elements.map(\.symbol).joined(separator: ","))"
        case .elementNotInData(let element): "\(element.symbol) has no entries in the data"
        case .unsupportedClosedElementCount(let elements): "a grand-potential figure needs two or three closed elements, got \(elements.count) (\(elements.map(\.symbol).joined(separator: ", "))); use data of a smaller chemical system"
        case .invalidVoltageRange(let value): "the maximum voltage \(value) V must be finite, at most \(Int(InputLimits.voltage)) V and above the voltages to draw"
        case .computation(let error): error.description
        }
    }
}
