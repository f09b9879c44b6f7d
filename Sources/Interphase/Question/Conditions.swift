/// The thermodynamic conditions of a question, as one value: what every command and every Swift
/// client hands to ``PhaseDiagramAtlas`` unchanged.
///
/// It holds everything that defines the equilibrium a question is asked under:
/// - the data's ``constraints`` (phases excluded, metastable phases admitted onto the hull);
/// - the ``openElement`` exchanged with a reservoir, and either its ``openPotential`` (a voltage
///   vs its metal or μ − μ⁰ in eV) or, for a voltage profile, a ``sweepRange``;
/// - further elements held at ``fixedChemicalPotentials`` (eV relative to the data's reference) and
///   ``gases`` at partial pressures and ``gasTemperature`` (resolved to fixed chemical potentials
///   through the NIST-JANAF tables of ``Gas``);
/// - the ``uncertainty`` model of a Monte Carlo propagation (σ per entry, samples, seed).
///
/// A value is checked once, by ``PhaseDiagramAtlas`` when a question is asked, against that
/// question and the data: every part is either applied in full or the question is refused with
/// one ``ConditionsError`` (an element absent from the data, fixed twice or both fixed and open,
/// a gas of an absent element, nothing left closed, a bound of `InputLimits` exceeded, a part
/// the question cannot use). Nothing is silently dropped.
///
/// ```swift
/// var conditions = Conditions(openElement: Element(symbol: "Li"))
/// conditions.gases = [GasReservoir(.N2, pressure: 1)]       // N at the μ of 1 bar N2, 298.15 K
/// let window = try atlas.stabilityWindow(of: try Composition(parsing: "Li2PO2N"), under: conditions)
/// ```
public struct Conditions: Sendable, Hashable {
    /// Phases to exclude and metastable phases to admit, in every diagram the question uses.
    public var constraints: EntryConstraints
    /// The element exchanged with a reservoir (swept by windows, profiles and layers; held at
    /// ``openPotential`` by decompositions, reactions and grand-potential figures), or `nil`:
    /// then Li for a question that sweeps one or is given ``openPotential``.
    public var openElement: Element?
    /// The open element's potential: a voltage vs its metal or μ − μ⁰ (eV), or `nil`.
    public var openPotential: ReservoirPotential?
    /// The part of a voltage profile to report, or `nil` for all of it.
    public var sweepRange: SweepRange?
    /// Elements held at fixed chemical potentials besides the open one.
    public var fixedChemicalPotentials: [FixedChemicalPotential]
    /// Gas reservoirs: each fixes its element at the gas's chemical potential.
    public var gases: [GasReservoir]
    /// The temperature of the gases, K (the data's references stand for 298.15 K).
    public var gasTemperature: Double
    /// The Monte Carlo propagation of energy uncertainties, or `nil` for none.
    public var uncertainty: UncertaintyModel?

    /// Conditions; every part is optional.
    ///
    /// - Parameters:
    ///   - openElement: The element exchanged with a reservoir (Li for voltages vs Li/Li⁺).
    ///   - openPotential: Its voltage or chemical potential, for questions at one potential.
    ///   - sweepRange: The part of a voltage profile to report.
    ///   - fixedChemicalPotentials: Further elements at fixed μ − μ⁰ (eV).
    ///   - gases: Gas reservoirs at partial pressures (bar).
    ///   - gasTemperature: K, default 298.15.
    ///   - constraints: Phases to exclude or admit.
    ///   - uncertainty: Monte Carlo sampling of the energies.
    public init(
        openElement: Element? = nil, openPotential: ReservoirPotential? = nil, sweepRange: SweepRange? = nil,
        fixedChemicalPotentials: [FixedChemicalPotential] = [], gases: [GasReservoir] = [],
        gasTemperature: Double = Gas.standardTemperature, constraints: EntryConstraints = EntryConstraints(),
        uncertainty: UncertaintyModel? = nil
    ) {
        self.openElement = openElement
        self.openPotential = openPotential
        self.sweepRange = sweepRange
        self.fixedChemicalPotentials = fixedChemicalPotentials
        self.gases = gases
        self.gasTemperature = gasTemperature
        self.constraints = constraints
        self.uncertainty = uncertainty
    }

    /// Whether any element besides the open one is held at a fixed potential (by a value or a gas).
    package var fixesPotentials: Bool { !fixedChemicalPotentials.isEmpty || !gases.isEmpty }
}

/// The potential of a reservoir of the open element.
public enum ReservoirPotential: Sendable, Hashable {
    /// Volts vs the element's metal (metal working ions only: Li, Na, K, Mg, …), 0 to
    /// `InputLimits.voltage`.
    case voltage(Double)
    /// μ − μ⁰, eV per atom relative to the data's reference, −`InputLimits.chemicalPotential` to 0.
    case chemicalPotential(Double)
}

/// The part of a voltage profile to report: the steps that overlap the range.
public enum SweepRange: Sendable, Hashable {
    /// From `from` to `to` volts vs the open metal (either end open when `nil`); `from ≤ to`.
    case voltages(from: Double?, to: Double?)
    /// From `from` to `to` eV of μ − μ⁰ (either end open when `nil`); `from ≤ to ≤ 0`.
    case chemicalPotentials(from: Double?, to: Double?)
}

/// An element held at a fixed chemical potential.
public struct FixedChemicalPotential: Sendable, Hashable {
    /// The element.
    public var element: Element
    /// μ − μ⁰, eV per atom relative to the data's reference (≤ 0).
    public var chemicalPotential: Double

    /// `element` at `chemicalPotential` eV relative to its reference.
    public init(_ element: Element, chemicalPotential: Double) {
        self.element = element
        self.chemicalPotential = chemicalPotential
    }
}

/// A gas reservoir: its element held at the gas's chemical potential.
public struct GasReservoir: Sendable, Hashable {
    /// The gas (O2, N2, H2, F2, Cl2).
    public var gas: Gas
    /// Partial pressure, bar (> 0, ≤ `InputLimits.partialPressure`).
    public var pressure: Double

    /// `gas` at `pressure` bar.
    public init(_ gas: Gas, pressure: Double) {
        self.gas = gas
        self.pressure = pressure
    }
}

/// A Monte Carlo propagation of energy uncertainties: where σ comes from, how many samples, and
/// the seed of their random streams.
public struct UncertaintyModel: Sendable, Hashable {
    /// Where each entry's σ (eV/atom) comes from.
    public var policy: UncertaintyPolicy
    /// Number of samples, 1 to `InputLimits.samples`.
    public var samples: Int
    /// The seed (same seed, same result, whatever the number of threads).
    public var seed: UInt64

    /// A propagation of `samples` samples under `policy` from `seed`.
    public init(policy: UncertaintyPolicy, samples: Int, seed: UInt64 = 0) {
        self.policy = policy
        self.samples = samples
        self.seed = seed
    }
}
