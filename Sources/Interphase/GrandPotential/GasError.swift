/// Why a gas's chemical potential could not be set.
public enum GasError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A gas without a bundled table.
    case unknownGas(String)
    /// A temperature outside the gas's table (K).
    case temperatureOutsideTable(Gas, temperature: Double, range: ClosedRange<Double>)
    /// A partial pressure that is not finite, not positive, or above `InputLimits.partialPressure`.
    case invalidPressure(Gas, pressure: Double)
    /// The gas's chemical potential would lie above the element's reference.
    case aboveReference(Gas, chemicalPotential: Double)

    /// One line for the user.
    public var description: String {
        switch self {
        case .unknownGas(let name):
            "\(EchoedText.quoted(name)) is not a gas with a bundled table; give one of \(Gas.allCases.map(\.rawValue).joined(separator: ", "))"
        case .temperatureOutsideTable(let gas, let temperature, let range):
            "the NIST-JANAF table of \(gas) covers \(Int(range.lowerBound))–\(Int(range.upperBound)) K, not \(temperature) K"
        case .invalidPressure(let gas, let pressure):
            "the partial pressure of \(gas) must be a finite number above 0 and at most \(Int(InputLimits.partialPressure)) bar, got \(pressure)"
        case .aboveReference(let gas, let mu):
            "\(gas) at that temperature and pressure has μ − μ⁰ = \(mu) eV per atom, above the element's reference (0)"
        }
    }
}
