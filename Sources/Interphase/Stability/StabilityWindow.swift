/// The electrochemical stability window of a composition against a reservoir of one open
/// element, with the products beyond each limit.
///
/// - Reduction limit: the highest voltage below which the composition takes up the open element
///   (0 when it is stable against the metal).
/// - Oxidation limit: the lowest voltage above which it releases it (`nil` when it never does).
/// - Products at a limit: those of the first step beyond it.
///
/// For open elements that are not metal working ions (O, N, ...) the limits are given as
/// chemical potentials only (`*_mu`), and the voltage fields are `nil`.
public struct StabilityWindow: Codable, Equatable, Sendable {
    /// The default tolerance of the fallback window for compositions that are not exactly
    /// charge-balanced, atoms of the open element per formula unit.
    public static let defaultUptakeTolerance = 0.05

    /// The input formula as written.
    public var formula: String
    /// The open element.
    public var openElement: Element
    /// Energy above the hull (eV/atom) of the composition's lowest entry, `nil` when the data do
    /// not contain the composition.
    @NullWhenAbsent public var energyAboveHull: Double?
    /// Whether the entry was first put onto the hull (Zhu et al.'s convention, `--stabilize`).
    public var stabilized: Bool
    /// Reduction limit, V vs the metal (`nil` for non-metals).
    @NullWhenAbsent public var reductionLimitVoltage: Double?
    /// Oxidation limit, V (`nil` when never oxidised, or for non-metals).
    @NullWhenAbsent public var oxidationLimitVoltage: Double?
    /// Reduction limit as μ − μ⁰ (eV); 0 when stable against the pure element.
    public var reductionLimitChemicalPotential: Double
    /// Oxidation limit as μ − μ⁰ (eV), `nil` when never oxidised.
    @NullWhenAbsent public var oxidationLimitChemicalPotential: Double?
    /// Products of the first step below the reduction limit (empty when there is none).
    public var reductionProducts: [PhaseAmount]
    /// Products of the first step above the oxidation limit (empty when there is none).
    public var oxidationProducts: [PhaseAmount]
    /// The whole profile.
    public var profile: [ProfileStep]
    /// `true` when no exact zero-uptake step exists (a composition that is not exactly
    /// charge-balanced) and the window is the range where |uptake| ≤ `uptakeTolerance`.
    public var windowWithinTolerance: Bool
    /// The uptake tolerance used for the fallback, atoms per formula unit; `nil` when unused.
    @NullWhenAbsent package var uptakeTolerance: Double?
    /// How the window was obtained, in words (which convention, what was stabilised).
    public var note: String
    /// The ``note`` of the ordinary case, a compound on the hull whose window is its own
    /// zero-uptake step.
    package static let onHullNote = "window = the zero-uptake step of a compound on the hull"
    /// ``note`` without the ordinary case's words: empty for a compound on the hull, what a
    /// reader must know otherwise (metastable, absent, stabilized, within a tolerance, empty).
    package var unusualNote: String {
        note.components(separatedBy: "; ").filter { $0 != Self.onHullNote }.joined(separator: "; ")
    }
    /// The other elements held at fixed chemical potentials while the open one was swept:
    /// μ − μ⁰ (eV per atom, relative to the data's reference) by symbol; empty when none.
    package var fixedChemicalPotentials: [String: Double] = [:]
    /// `true` when no range of the swept potential leaves the composition exchanging nothing: it
    /// exchanges a fixed element wherever it exchanges none of the open one (a nitride that loses
    /// N2 at every voltage at that μ_N). The limits then bound the range where it exchanges none
    /// of the open element, and ``reductionProducts`` and ``oxidationProducts`` are empty: the
    /// products inside that range are those of its steps in ``profile``.
    public var windowEmpty: Bool = false

    /// A window from its fields; units as the properties state. The library builds windows with
    /// `PhaseDiagram.stabilityWindow(of:formula:openElement:stabilize:uptakeTolerance:fixed:)`; this
    /// initialiser is for clients that build their own (figures, tests).
    ///
    /// - Parameters:
    ///   - formula: The input formula as written.
    ///   - openElement: The open element.
    ///   - energyAboveHull: Energy above the hull (eV/atom), or `nil` when the data lack the composition.
    ///   - stabilized: Whether the entry was first put onto the hull.
    ///   - reductionLimitVoltage: Reduction limit (V), or `nil` for non-metals.
    ///   - oxidationLimitVoltage: Oxidation limit (V), or `nil` when never oxidised or for non-metals.
    ///   - reductionLimitChemicalPotential: Reduction limit as μ − μ⁰ (eV).
    ///   - oxidationLimitChemicalPotential: Oxidation limit as μ − μ⁰ (eV), or `nil` when never oxidised.
    ///   - reductionProducts: Products of the first step below the reduction limit.
    ///   - oxidationProducts: Products of the first step above the oxidation limit.
    ///   - profile: The whole profile.
    ///   - windowWithinTolerance: Whether the window is the range of |uptake| ≤ `uptakeTolerance`.
    ///   - uptakeTolerance: The uptake tolerance used (atoms per formula unit), or `nil` when unused.
    ///   - note: How the window was obtained, in words.
    ///   - windowEmpty: Whether no range of the swept potential leaves the composition exchanging
    ///     nothing under fixed potentials (``windowEmpty``).
    package init(
        formula: String, openElement: Element, energyAboveHull: Double?, stabilized: Bool,
        reductionLimitVoltage: Double?, oxidationLimitVoltage: Double?,
        reductionLimitChemicalPotential: Double, oxidationLimitChemicalPotential: Double?,
        reductionProducts: [PhaseAmount], oxidationProducts: [PhaseAmount], profile: [ProfileStep],
        windowWithinTolerance: Bool, uptakeTolerance: Double?, note: String, windowEmpty: Bool = false
    ) {
        self.formula = formula
        self.openElement = openElement
        self.energyAboveHull = energyAboveHull
        self.stabilized = stabilized
        self.reductionLimitVoltage = reductionLimitVoltage
        self.oxidationLimitVoltage = oxidationLimitVoltage
        self.reductionLimitChemicalPotential = reductionLimitChemicalPotential
        self.oxidationLimitChemicalPotential = oxidationLimitChemicalPotential
        self.reductionProducts = reductionProducts
        self.oxidationProducts = oxidationProducts
        self.profile = profile
        self.windowWithinTolerance = windowWithinTolerance
        self.uptakeTolerance = uptakeTolerance
        self.note = note
        self.windowEmpty = windowEmpty
    }

    enum CodingKeys: String, CodingKey {
        case formula
        case openElement = "open_element"
        case energyAboveHull = "energy_above_hull"
        case stabilized
        case reductionLimitVoltage = "reduction_limit_V"
        case oxidationLimitVoltage = "oxidation_limit_V"
        case reductionLimitChemicalPotential = "reduction_limit_mu"
        case oxidationLimitChemicalPotential = "oxidation_limit_mu"
        case reductionProducts = "reduction_products"
        case oxidationProducts = "oxidation_products"
        case profile
        case windowWithinTolerance = "window_within_tolerance"
        case uptakeTolerance = "uptake_tolerance"
        case note
        case fixedChemicalPotentials = "fixed_chemical_potentials"
        case windowEmpty = "window_empty"
    }
}

extension StabilityWindow {
    /// The window in volts as reports write it: "0.68–2.64 V", or "2.29 V, no oxidation limit"
    /// when the material is never oxidised; `nil` for an open element without voltages.
    package var voltageRangeText: String? {
        guard let low = reductionLimitVoltage else { return nil }
        let from = NumberFormat.fixed(low, decimals: 2)
        return oxidationLimitVoltage.map { "\(from)–\(NumberFormat.fixed($0, decimals: 2)) V" } ?? "\(from) V, no oxidation limit"
    }
}
