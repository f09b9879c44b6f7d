import Foundation

/// A diatomic gas whose element's chemical potential is set by temperature and partial pressure,
/// from its NIST-JANAF thermochemical table (public-domain US-government data, shipped in
/// `Data/janaf/` with provenance and compiled into the library).
///
/// Per atom of an X2 gas at temperature T and partial pressure p, relative to the data's
/// elemental reference (Ong, Wang, Kang & Ceder, Chem. Mater. 20, 1798 (2008); the Materials
/// Project's phase-diagram app):
///
///     Δμ_X(T, p) = [H°(T) − H°(298.15 K) − T·S°(T) + R·T·ln(p / 1 bar)] / (2 · 96,485.332 J mol⁻¹ eV⁻¹)
///
/// The Materials Project's fitted O2, N2, H2, F2 and Cl2 references are fitted to experimental
/// formation enthalpies at 298.15 K, so they stand for the gas's enthalpy at 298.15 K; the
/// entropy of the solids is neglected (the usual approximation). H°(T) − H°(298.15 K) and S°(T)
/// are interpolated linearly between the table's rows (exact at the tabulated temperatures,
/// every 100 K above 300 K); temperatures outside the table (100–6000 K) are refused.
/// O2 at 298.15 K and 1 bar gives −0.3170 eV per O (S° = 205.147 J mol⁻¹ K⁻¹), N2 −0.2961 eV per N.
public enum Gas: String, CaseIterable, Sendable, CustomStringConvertible {
    /// Oxygen (JANAF table O-029).
    case O2
    /// Nitrogen (JANAF table N-023).
    case N2
    /// Hydrogen (JANAF table H-050).
    case H2
    /// Fluorine (JANAF table F-054).
    case F2
    /// Chlorine (JANAF table Cl-073).
    case Cl2

    /// The molar gas constant, J mol⁻¹ K⁻¹ (CODATA 2018, exact).
    package static let gasConstant = 8.314462618
    /// The Faraday constant as J mol⁻¹ per eV per particle (CODATA 2018: 96,485.332 12).
    package static let joulesPerMolePerElectronvolt = 96_485.332
    /// The temperature the references stand for, K.
    public static let standardTemperature = 298.15

    /// The gas named `name` (`O2`, `N2`, `H2`, `F2`, `Cl2`).
    ///
    /// - Throws: ``GasError/unknownGas(_:)``.
    public init(named name: String) throws(GasError) {
        guard let gas = Gas(rawValue: name.trimmingCharacters(in: .whitespaces)) else { throw .unknownGas(name) }
        self = gas
    }

    /// The element of the gas.
    public var element: Element {
        // The raw values are element symbols followed by 2.
        Element(symbol: String(rawValue.dropLast()))!
    }

    /// Atoms per molecule.
    package var atomsPerMolecule: Int { 2 }

    /// The NIST-JANAF table's identifier (its file in `Data/janaf/`).
    package var janafTable: String {
        switch self {
        case .O2: "O-029"
        case .N2: "N-023"
        case .H2: "H-050"
        case .F2: "F-054"
        case .Cl2: "Cl-073"
        }
    }

    public var description: String { rawValue }

    /// The lowest and highest temperatures (K) of the table this gas's potentials are read from.
    package var temperatureRange: ClosedRange<Double> { table.first!.temperature...table.last!.temperature }

    /// Δμ of the gas's element (eV per atom, relative to the data's elemental reference) at
    /// `temperature` and partial pressure `pressure`.
    ///
    /// - Parameters:
    ///   - temperature: K, within ``temperatureRange``.
    ///   - pressure: Partial pressure in bar, > 0 and ≤ `InputLimits.partialPressure`.
    /// - Returns: Δμ in eV per atom.
    /// - Throws: ``GasError/temperatureOutsideTable(_:temperature:range:)`` or
    ///   ``GasError/invalidPressure(_:pressure:)``.
    package func chemicalPotential(temperature: Double, pressure: Double) throws(GasError) -> Double {
        let range = temperatureRange
        guard temperature.isFinite, range.contains(temperature) else {
            throw .temperatureOutsideTable(self, temperature: temperature, range: range)
        }
        guard pressure.isFinite, pressure > 0, pressure <= InputLimits.partialPressure else {
            throw .invalidPressure(self, pressure: pressure)
        }
        let row = interpolated(at: temperature)
        let molar = row.enthalpyIncrement * 1000 - temperature * row.entropy + Self.gasConstant * temperature * log(pressure)
        return molar / (Double(atomsPerMolecule) * Self.joulesPerMolePerElectronvolt)
    }

    /// The open element at the gas's chemical potential at `temperature` and `pressure`.
    ///
    /// - Throws: ``GasError`` as `chemicalPotential(temperature:pressure:)`, or
    ///   ``GasError/aboveReference(_:chemicalPotential:)`` when Δμ would be above 0 (a pressure so
    ///   high that the gas would condense onto the reference).
    package func openElement(temperature: Double = Gas.standardTemperature, pressure: Double) throws(GasError) -> OpenElement {
        let mu = try chemicalPotential(temperature: temperature, pressure: pressure)
        do {
            return try OpenElement(element, chemicalPotential: mu)
        } catch {
            throw .aboveReference(self, chemicalPotential: mu)
        }
    }

    /// One row of a JANAF table: T (K), S° (J mol⁻¹ K⁻¹), H°(T) − H°(298.15 K) (kJ mol⁻¹).
    struct Row: Sendable {
        let temperature: Double
        let entropy: Double
        let enthalpyIncrement: Double
    }

    /// The table's rows above 0 K, ascending in temperature.
    var table: [Row] { Self.tables[self]! }

    /// S° and H° − H°(298.15 K) at `temperature` (inside the table), interpolated linearly.
    func interpolated(at temperature: Double) -> Row {
        let rows = table
        guard let upper = rows.firstIndex(where: { $0.temperature >= temperature }) else { return rows[rows.count - 1] }
        if rows[upper].temperature == temperature || upper == 0 { return rows[upper] }
        let a = rows[upper - 1], b = rows[upper]
        let w = (temperature - a.temperature) / (b.temperature - a.temperature)
        return Row(temperature: temperature, entropy: a.entropy + w * (b.entropy - a.entropy),
                   enthalpyIncrement: a.enthalpyIncrement + w * (b.enthalpyIncrement - a.enthalpyIncrement))
    }

    /// The parsed tables (columns T, Cp, S, −[G − H(Tr)]/T, H − H(Tr), ΔfH, ΔfG, log Kf; tab
    /// separated, two header lines), rows at T > 0 only.
    private static let tables: [Gas: [Row]] = {
        var tables: [Gas: [Row]] = [:]
        for gas in Gas.allCases {
            let text: String
            switch gas {
            case .O2: text = BundledText.janafO2
            case .N2: text = BundledText.janafN2
            case .H2: text = BundledText.janafH2
            case .F2: text = BundledText.janafF2
            case .Cl2: text = BundledText.janafCl2
            }
            tables[gas] = text.split(separator: "\n").dropFirst(2).compactMap { line in
                let fields = line.split(separator: "\t").map(String.init)
                guard fields.count >= 5, let t = Double(fields[0]), t > 0, let s = Double(fields[2]), let h = Double(fields[4]) else {
                    return nil
                }
                return Row(temperature: t, entropy: s, enthalpyIncrement: h)
            }
        }
        return tables
    }()
}
