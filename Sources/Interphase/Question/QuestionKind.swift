/// The questions ``PhaseDiagramAtlas`` answers, each with the parts of ``Conditions`` it uses.
///
/// One table (``accepts(_:)``, `openElementRule`) decides which parts of the conditions a
/// question can carry out; ``Conditions`` are refused, never partly applied, when they hold a part
/// the question cannot use.
public enum QuestionKind: String, Sendable, Hashable, CaseIterable {
    /// A composition's electrochemical stability window (the open element swept).
    case stabilityWindow = "stability window"
    /// The windows of every stable phase containing the open element.
    case stabilityWindowsOfStablePhases = "windows of the stable phases"
    /// A composition's voltage profile (the open element swept).
    case voltageProfile = "voltage profile"
    /// What a composition becomes, closed or at the open element's potential.
    case decomposition = "decomposition"
    /// The interface reaction of two compositions, closed or at the open element's potential.
    case interfaceReaction = "interface reaction"
    /// The equilibrium layers between a metal (the open element, swept) and an electrolyte.
    case interphaseLayers = "interphase layers"
    /// A whole cell: the working ion (the open element) at each electrode's voltage.
    case cell = "cell"
    /// The chemical-potential diagram of a system (every element's potential free).
    case chemicalPotentialDiagram = "chemical-potential diagram"
    /// The chemical-potential diagram drawn on two axes, other elements fixed or projected.
    case chemicalPotentialMap = "chemical-potential map"
    /// The grand-potential phase diagram at the open element's potential.
    case grandPotentialDiagram = "grand-potential diagram"
    /// The stability of entries against the hull (energy above hull, decomposition energy).
    case entryStability = "hull stability"
    /// The phase diagram of a three-element system, drawn as a Gibbs triangle.
    case ternaryPhaseDiagram = "ternary phase diagram"

    /// A part of ``Conditions``.
    public enum Part: String, Sendable, Hashable, CaseIterable {
        /// ``Conditions/constraints``.
        case constraints = "excluded or admitted phases"
        /// ``Conditions/openElement``.
        case openElement = "an open element"
        /// ``Conditions/openPotential``.
        case openPotential = "a voltage or chemical potential of the open element"
        /// ``Conditions/sweepRange``.
        case sweepRange = "a sweep range"
        /// ``Conditions/fixedChemicalPotentials`` and ``Conditions/gases``.
        case fixedPotentials = "fixed chemical potentials or gases"
        /// ``Conditions/uncertainty``.
        case uncertainty = "Monte Carlo sampling"
    }

    /// How a question uses the open element.
    package enum OpenElementRule: Sendable, Hashable {
        /// The question sweeps it: it must be given, without a potential.
        case swept
        /// Optional; when given, its potential must be given too.
        case heldAtPotential
        /// The question sets its potentials itself (a cell's electrodes); a given potential is refused.
        case setByQuestion
        /// The question has none.
        case none
    }

    /// The open element of a question that uses one and is not given one: lithium, the working
    /// ion of a battery. One rule for every question and command: a swept question (a window, a
    /// profile, layers) sweeps Li, and a question held at a potential (a decomposition, a
    /// reaction, a grand-potential diagram) given a voltage or μ without an element holds Li at it.
    package static let defaultOpenElement = Element(symbol: "Li")!

    /// The open element this question uses: `named` when given, otherwise
    /// ``defaultOpenElement`` when the question sweeps one or `potential` is given, otherwise `nil`.
    package func openElement(named: Element?, potential: ReservoirPotential?) -> Element? {
        if let named { return named }
        switch openElementRule {
        case .swept: return Self.defaultOpenElement
        case .heldAtPotential: return potential == nil ? nil : Self.defaultOpenElement
        case .setByQuestion, .none: return nil
        }
    }

    /// How this question uses ``Conditions/openElement``.
    package var openElementRule: OpenElementRule {
        switch self {
        case .stabilityWindow, .stabilityWindowsOfStablePhases, .voltageProfile, .interphaseLayers: .swept
        case .decomposition, .interfaceReaction, .grandPotentialDiagram: .heldAtPotential
        case .cell: .setByQuestion
        case .chemicalPotentialDiagram, .chemicalPotentialMap, .entryStability, .ternaryPhaseDiagram: .none
        }
    }

    /// Whether this question carries out `part` of the conditions.
    public func accepts(_ part: Part) -> Bool {
        switch part {
        case .constraints: true
        case .openElement: openElementRule != .none
        case .openPotential: openElementRule == .heldAtPotential
        case .sweepRange: self == .voltageProfile
        case .fixedPotentials: ![.entryStability, .chemicalPotentialDiagram, .ternaryPhaseDiagram].contains(self)
        case .uncertainty: [.stabilityWindow, .stabilityWindowsOfStablePhases, .decomposition, .entryStability].contains(self)
        }
    }
}
