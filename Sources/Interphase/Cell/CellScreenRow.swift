/// One candidate electrolyte or coating of a cell screen: how it fares between the two
/// electrodes, by the criteria Xiao et al. (Joule 3, 1252 (2019)) screen coatings with — an
/// electrochemical window covering each electrode's potential, and a small reaction with each
/// electrode beyond the candidate's own decomposition.
///
/// What is ranked, like with like: first the number of criteria met (``criteriaMet``); then, as
/// Xiao et al. put electrochemical stability first, the worse of the candidate's own
/// decompositions at the two voltages (`worstDecompositionEnergy`, ΔΦ per atom of the
/// candidate: how far outside its window each electrode lies); then the worse of the two
/// electrode reactions (`worstElectrodeReactionEnergy`, ΔΦ per atom of the closed elements of
/// the mixture: what each electrode adds beyond each reactant's own equilibrium at its
/// voltage); then by candidate.
///
/// A coating screen (``PhaseDiagramAtlas/screen(candidates:anode:cathode:electrolyte:cathodeVoltage:anodeVoltage:under:)``
/// with an electrolyte) puts each candidate between the cathode and the electrolyte, both faces
/// at the cathode's voltage, as Xiao et al. do: three criteria — its window contains the
/// cathode's voltage, the cathode adds at most a weak reaction beyond the coating's own
/// decomposition, the electrolyte too — then the same keys (the anode's fields are `null`).
///
/// JSON (one line of `interphase cell --input`): `candidate`, `role` (`electrolyte` or
/// `coating`), `reduction_limit_V`,
/// `oxidation_limit_V`, `covers_anode`, `covers_cathode`, `anode_reaction_energy`,
/// `cathode_reaction_energy`, `anode_reactivity`, `cathode_reactivity`, `worst_reaction_energy`
/// (these five kept for earlier readers: `CellInterface.reactionEnergy`),
/// `anode_decomposition_energy`, `cathode_decomposition_energy`,
/// `anode_electrode_reaction_energy`, `cathode_electrode_reaction_energy`,
/// `anode_electrode_reactivity`, `cathode_electrode_reactivity`,
/// `worst_electrode_reaction_energy`, `worst_decomposition_energy`, `electrolyte_reaction_energy`,
/// `electrolyte_reactivity` (a coating's reaction with the electrolyte beyond each one's own
/// decomposition; `null` in an electrolyte screen), `cathode_closed_reaction_energy`,
/// `electrolyte_closed_reaction_energy` (the closed ΔE per atom of the mixture, most
/// exothermic), `criteria_met`, `criteria_count`, `error`
/// (`null` unless the candidate could not be evaluated, when every other field but `candidate`
/// is `null` or `false`).
public struct CellScreenRow: Codable, Equatable, Sendable {
    /// The candidate as written.
    public var candidate: String
    /// What the candidate is screened as: `electrolyte` or `coating`.
    package var role: CellPart
    /// Its reduction limit (V), or `nil` when it could not be evaluated.
    @NullWhenAbsent public var reductionLimitVoltage: Double?
    /// Its oxidation limit (V), or `nil` when never oxidised (or not evaluated).
    @NullWhenAbsent public var oxidationLimitVoltage: Double?
    /// Whether its window contains the anode's voltage.
    public var coversAnode: Bool
    /// Whether its window contains the cathode's voltage.
    public var coversCathode: Bool
    /// The JSON's earlier `anode_reaction_energy`, `cathode_reaction_energy`, `anode_reactivity`,
    /// `cathode_reactivity` and `worst_reaction_energy`: now the electrode reactions beyond the
    /// candidate's own decomposition (``anodeElectrodeReactionEnergy`` …); kept under their keys
    /// for readers of the JSON.
    @NullWhenAbsent package var anodeReactionEnergy: Double?
    @NullWhenAbsent package var cathodeReactionEnergy: Double?
    @NullWhenAbsent package var anodeReactivity: CellReactivity?
    @NullWhenAbsent package var cathodeReactivity: CellReactivity?
    @NullWhenAbsent package var worstReactionEnergy: Double?
    /// The candidate alone at the anode's voltage: ``CellInterface/decompositionEnergy``, eV per
    /// atom of the candidate (≤ 0, 0 inside its window).
    @NullWhenAbsent public var anodeDecompositionEnergy: Double?
    /// The candidate alone at the cathode's voltage, eV per atom of the candidate.
    @NullWhenAbsent public var cathodeDecompositionEnergy: Double?
    /// What the anode adds beyond that: ``CellInterface/electrodeReactionEnergy``, eV per atom of
    /// the closed elements of the mixture (0 for a metal anode).
    @NullWhenAbsent public var anodeElectrodeReactionEnergy: Double?
    /// What the cathode adds beyond the candidate's own decomposition, eV per atom of the closed
    /// elements of the mixture.
    @NullWhenAbsent public var cathodeElectrodeReactionEnergy: Double?
    /// How strongly the anode reacts with the candidate beyond its own decomposition.
    @NullWhenAbsent public var anodeElectrodeReactivity: CellReactivity?
    /// How strongly the cathode reacts with the candidate beyond its own decomposition.
    @NullWhenAbsent public var cathodeElectrodeReactivity: CellReactivity?
    /// The more negative of the two electrode reaction energies (eV per atom of the closed
    /// elements of the mixture): the ranking's third key.
    @NullWhenAbsent package var worstElectrodeReactionEnergy: Double?
    /// The more negative of the two decomposition energies (eV per atom of the candidate): the
    /// ranking's second key.
    @NullWhenAbsent package var worstDecompositionEnergy: Double?
    /// A coating's reaction with the electrolyte at the cathode's voltage beyond each one's own
    /// decomposition: ``CellInterface/electrodeReactionEnergy`` of coating | electrolyte, eV
    /// per atom of the closed elements of the mixture; `nil` in an electrolyte screen.
    @NullWhenAbsent package var electrolyteReactionEnergy: Double?
    /// How strongly the coating reacts with the electrolyte beyond that; `nil` in an electrolyte screen.
    @NullWhenAbsent package var electrolyteReactivity: CellReactivity?
    /// The closed reaction with the cathode, most exothermic ΔE (eV per atom of the mixture).
    @NullWhenAbsent package var cathodeClosedReactionEnergy: Double?
    /// A coating's closed reaction with the electrolyte, most exothermic ΔE (eV per atom of the
    /// mixture); `nil` in an electrolyte screen.
    @NullWhenAbsent package var electrolyteClosedReactionEnergy: Double?
    /// How many of the criteria hold. An electrolyte (four): the window covers the anode's
    /// voltage, covers the cathode's, the anode reacts with the candidate beyond its own
    /// decomposition at most ``CellReactivity/weak``ly, the cathode too. A coating (three): the
    /// window covers the cathode's voltage, the cathode and the electrolyte each react with it at
    /// most weakly beyond each one's own decomposition.
    public var criteriaMet: Int
    /// How many criteria there are: 4 for an electrolyte, 3 for a coating.
    package var criteriaCount: Int
    /// Why the candidate could not be evaluated, or `nil`.
    @NullWhenAbsent public var error: String?

    /// The row of a cell report.
    ///
    /// - Parameter report: The candidate's cell.
    package init(_ report: CellReport) {
        candidate = report.electrolyte
        role = .electrolyte
        criteriaCount = 4
        cathodeClosedReactionEnergy = report.cathodeSide.closed.mostExothermic.energyPerAtom
        reductionLimitVoltage = report.window.reductionLimitVoltage
        oxidationLimitVoltage = report.window.oxidationLimitVoltage
        coversAnode = report.anodeSide.windowPosition == .inside
        coversCathode = report.cathodeSide.windowPosition == .inside
        anodeReactionEnergy = report.anodeSide.reactionEnergy
        cathodeReactionEnergy = report.cathodeSide.reactionEnergy
        anodeReactivity = report.anodeSide.reactivity
        cathodeReactivity = report.cathodeSide.reactivity
        worstReactionEnergy = min(report.anodeSide.reactionEnergy, report.cathodeSide.reactionEnergy)
        anodeDecompositionEnergy = report.anodeSide.decompositionEnergy
        cathodeDecompositionEnergy = report.cathodeSide.decompositionEnergy
        anodeElectrodeReactionEnergy = report.anodeSide.electrodeReactionEnergy
        cathodeElectrodeReactionEnergy = report.cathodeSide.electrodeReactionEnergy
        anodeElectrodeReactivity = report.anodeSide.electrodeReactivity
        cathodeElectrodeReactivity = report.cathodeSide.electrodeReactivity
        worstElectrodeReactionEnergy = min(report.anodeSide.electrodeReactionEnergy, report.cathodeSide.electrodeReactionEnergy)
        worstDecompositionEnergy = min(report.anodeSide.decompositionEnergy, report.cathodeSide.decompositionEnergy)
        criteriaMet = [coversAnode, coversCathode, report.anodeSide.electrodeReactivity <= .weak,
                       report.cathodeSide.electrodeReactivity <= .weak].filter { $0 }.count
        error = nil
    }

    /// The row of a coating: the one coating of `report`, between its cathode and its
    /// electrolyte at the cathode's voltage.
    ///
    /// - Parameter report: The cell with the candidate as its only coating.
    package init(coating report: CellReport) {
        let window = report.coatingWindows[0]
        let (withCathode, withElectrolyte) = (report.cathodeInterfaces[0], report.cathodeInterfaces[1])
        candidate = window.formula
        role = .coating
        criteriaCount = 3
        reductionLimitVoltage = window.reductionLimitVoltage
        oxidationLimitVoltage = window.oxidationLimitVoltage
        coversAnode = false
        coversCathode = withCathode.windowPosition == .inside
        cathodeReactionEnergy = withCathode.reactionEnergy
        cathodeReactivity = withCathode.reactivity
        cathodeDecompositionEnergy = withCathode.decompositionEnergy
        cathodeElectrodeReactionEnergy = withCathode.electrodeReactionEnergy
        cathodeElectrodeReactivity = withCathode.electrodeReactivity
        electrolyteReactionEnergy = withElectrolyte.electrodeReactionEnergy
        electrolyteReactivity = withElectrolyte.electrodeReactivity
        cathodeClosedReactionEnergy = withCathode.closed.mostExothermic.energyPerAtom
        electrolyteClosedReactionEnergy = withElectrolyte.closed.mostExothermic.energyPerAtom
        worstReactionEnergy = min(withCathode.reactionEnergy, withElectrolyte.electrodeReactionEnergy)
        worstElectrodeReactionEnergy = min(withCathode.electrodeReactionEnergy, withElectrolyte.electrodeReactionEnergy)
        worstDecompositionEnergy = withCathode.decompositionEnergy
        criteriaMet = [coversCathode, withCathode.electrodeReactivity <= .weak, withElectrolyte.electrodeReactivity <= .weak]
            .filter { $0 }.count
        error = nil
    }

    /// The row of a candidate that could not be evaluated.
    ///
    /// - Parameters:
    ///   - candidate: The candidate as written.
    ///   - role: What it was screened as.
    ///   - error: Why, in one line.
    package init(candidate: String, role: CellPart = .electrolyte, error: String) {
        self.candidate = candidate
        self.role = role
        coversAnode = false
        coversCathode = false
        criteriaMet = 0
        criteriaCount = role == .coating ? 3 : 4
        self.error = error
    }

    /// `rows` best first: more criteria met first, then the less negative worst decomposition
    /// energy, then the less negative worst electrode reaction energy, then by candidate; rows
    /// with an error last, in their order.
    ///
    /// - Parameter rows: Rows in any order.
    /// - Returns: The ranking.
    public static func ranked(_ rows: [CellScreenRow]) -> [CellScreenRow] {
        let evaluated = rows.filter { $0.error == nil }, failed = rows.filter { $0.error != nil }
        return evaluated.sorted { a, b in
            if a.criteriaMet != b.criteriaMet { return a.criteriaMet > b.criteriaMet }
            if a.worstDecompositionEnergy! != b.worstDecompositionEnergy! { return a.worstDecompositionEnergy! > b.worstDecompositionEnergy! }
            if a.worstElectrodeReactionEnergy! != b.worstElectrodeReactionEnergy! {
                return a.worstElectrodeReactionEnergy! > b.worstElectrodeReactionEnergy!
            }
            return a.candidate < b.candidate
        } + failed
    }

    /// The lines a table of rows prints under it: what each energy is and what is ranked.
    package static var energyLegend: [String] { energyLegend(role: .electrolyte) }

    /// The lines a table of a screen of `role` prints under it: what each energy is, the
    /// criteria and what is ranked.
    ///
    /// - Parameter role: `.electrolyte` or `.coating`.
    /// - Returns: The lines.
    package static func energyLegend(role: CellPart) -> [String] {
        guard role == .coating else {
            return ["alone, " + CellReport.decompositionLegend + " (the input is the candidate)",
                    "with an electrode, " + CellReport.electrodeReactionLegend + " (0 for a metal anode, the reservoir itself)",
                    "ranked by criteria met (window covers each electrode, each electrode reacts at most weakly), "
                        + "then the worse ΔΦ alone, then the worse ΔΦ with an electrode"]
        }
        return ["each coating between the cathode and the electrolyte, both faces at the cathode's voltage (after Xiao et al., Joule 3, 1252 (2019))",
                "alone, " + CellReport.decompositionLegend + " (the input is the coating)",
                "with the cathode, with the electrolyte: " + CellReport.electrodeReactionLegend,
                "closed: " + EnergyReference.reactantsAtHull.legend("ΔE", .perAtomOfMixture),
                "criteria (3): the coating's window contains the cathode's voltage; the cathode, and the electrolyte, each react with it "
                    + "at most weakly (ΔΦ > −\(CellReactivity.weakLimit) eV/atom) beyond each one's own decomposition",
                "ranked by criteria met, then the ΔΦ alone, then the worse ΔΦ with the cathode or the electrolyte"]
    }

    enum CodingKeys: String, CodingKey {
        case candidate, role
        case reductionLimitVoltage = "reduction_limit_V"
        case oxidationLimitVoltage = "oxidation_limit_V"
        case coversAnode = "covers_anode"
        case coversCathode = "covers_cathode"
        case anodeReactionEnergy = "anode_reaction_energy"
        case cathodeReactionEnergy = "cathode_reaction_energy"
        case anodeReactivity = "anode_reactivity"
        case cathodeReactivity = "cathode_reactivity"
        case worstReactionEnergy = "worst_reaction_energy"
        case anodeDecompositionEnergy = "anode_decomposition_energy"
        case cathodeDecompositionEnergy = "cathode_decomposition_energy"
        case anodeElectrodeReactionEnergy = "anode_electrode_reaction_energy"
        case cathodeElectrodeReactionEnergy = "cathode_electrode_reaction_energy"
        case anodeElectrodeReactivity = "anode_electrode_reactivity"
        case cathodeElectrodeReactivity = "cathode_electrode_reactivity"
        case worstElectrodeReactionEnergy = "worst_electrode_reaction_energy"
        case worstDecompositionEnergy = "worst_decomposition_energy"
        case electrolyteReactionEnergy = "electrolyte_reaction_energy"
        case electrolyteReactivity = "electrolyte_reactivity"
        case cathodeClosedReactionEnergy = "cathode_closed_reaction_energy"
        case electrolyteClosedReactionEnergy = "electrolyte_closed_reaction_energy"
        case criteriaMet = "criteria_met"
        case criteriaCount = "criteria_count"
        case error
    }
}

extension PhaseDiagramAtlas {
    /// A screen of candidate electrolytes between `anode` and `cathode`, or, given an
    /// `electrolyte`, of candidate coatings between `cathode` and `electrolyte`: the `cell(_:)`
    /// of each (the candidate as the electrolyte, or as the one coating), reduced to its
    /// ``CellScreenRow``, computed concurrently, in the order given (rank them with
    /// ``CellScreenRow/ranked(_:)``). A candidate that cannot be evaluated gets a row with its
    /// error; a bad anode, cathode, electrolyte or voltage throws.
    ///
    /// - Parameters:
    ///   - candidates: The candidates' formulas as written.
    ///   - anode: The anode (`Li`).
    ///   - cathode: The cathode (`LiNi0.5Mn1.5O4`).
    ///   - electrolyte: The electrolyte the candidates coat the cathode against (`Li2PO2N`), or
    ///     `nil` to screen the candidates as electrolytes.
    ///   - cathodeVoltage: The cathode's voltage (V).
    ///   - anodeVoltage: The anode's voltage; `nil` for a metal anode.
    ///   - workingIon: The working ion, or `nil` for `CellQuestion`'s default (a metal anode's
    ///     element, otherwise Li).
    ///   - fixed: Elements held at fixed chemical potentials (`CellQuestion.fixed`).
    /// - Returns: One row per candidate.
    /// - Throws: ``CellError`` for no candidates, and for the electrodes and voltages (checked
    ///   once, before any candidate).
    /// - Complexity: one hull per distinct chemical system (shared), then one cell per candidate.
    package func screen(
        candidates: [String], anode: String, cathode: String, electrolyte: String? = nil, cathodeVoltage: Double,
        anodeVoltage: Double? = nil, workingIon: Element? = nil, fixed: [OpenElement] = []
    ) throws(CellError) -> [CellScreenRow] {
        guard !candidates.isEmpty else { throw .noCandidates(source: "no candidates were given") }
        // The electrodes and voltages, checked once (the anode stands in for a screened electrolyte).
        try checkElectrodes(of: try CellQuestion(
            anode: anode, electrolyte: electrolyte ?? anode, cathode: cathode, cathodeVoltage: cathodeVoltage,
            anodeVoltage: anodeVoltage, workingIon: workingIon, fixed: fixed))
        let role: CellPart = electrolyte == nil ? .electrolyte : .coating
        return concurrentMap(count: candidates.count) { item in
            do throws(CellError) {
                let question = try CellQuestion(
                    anode: anode, electrolyte: electrolyte ?? candidates[item], cathode: cathode,
                    coatings: electrolyte == nil ? [] : [candidates[item]], cathodeVoltage: cathodeVoltage,
                    anodeVoltage: anodeVoltage, workingIon: workingIon, fixed: fixed)
                let report = try self.cell(question)
                return electrolyte == nil ? CellScreenRow(report) : CellScreenRow(coating: report)
            } catch {
                return CellScreenRow(candidate: candidates[item], role: role, error: error.description)
            }
        }
    }

    /// The formulas of every stable compound (pure elements excluded) of the data whose elements
    /// all lie in `elements`, in entry order: the candidates of a screen over a chemical space.
    ///
    /// - Parameter elements: The elements (at most `hullElementLimit`).
    /// - Returns: Their stable compounds' formulas.
    /// - Throws: ``StabilityError`` from building the hull.
    package func stableCompounds(within elements: Set<Element>) throws(StabilityError) -> [String] {
        let diagram = try diagram(for: elements).diagram
        return diagram.stableEntries.filter { !$0.isElement && Set($0.composition.elements).isSubset(of: elements) }.map(\.formula)
    }
}
