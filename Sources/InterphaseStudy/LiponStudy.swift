import Interphase

/// The LiPON study: the library computes, this type only formats.
///
/// The document is a list of sections, each one function that appends Markdown (and figures) to a
/// ``StudyOutput``. To add a section (interface reactions, error bars, ...), write a function
/// `func mySection(_ out: inout StudyOutput) throws` in its own file and list it in
/// ``sections``.
struct LiponStudy: StudyElements {
    /// The bundled dataset, as loaded.
    let dataset: Dataset
    /// Its atlas: the questions' diagrams, cached by chemical system.
    let atlas: PhaseDiagramAtlas
    /// Its phase diagram.
    let diagram: PhaseDiagram

    /// Crystalline compounds, as written in the study (Zhu et al.'s notation, `Li2PO2N`).
    static let compounds = ["Li2PO2N", "Li3PO4", "Li3N", "Li2O", "Li3P", "LiPN2", "Li7PN4"]

    /// Bulk (amorphous) LiPON compositions, absent from the data, with where they come from.
    static let bulkCompositions: [(formula: String, origin: String)] = [
        ("Li2.94PO3.50N0.31", "a measured composition, rounded (not exactly charge-balanced)"),
        ("Li2.88PO3.73N0.14", "Bates et al.'s LiPON"),
        ("Li3.2PO3.8N0.2", "Richards et al.'s LiPON model"),
    ]

    /// The voltages of the grand-potential diagrams (V vs Li/Li⁺).
    static let grandPotentialVoltages = [0.0, 2.0]

    /// Every window of the study, compounds then bulk compositions, by formula as written.
    let windows: [(formula: String, window: StabilityWindow)]

    init() throws {
        dataset = try BundledDataset.liponMPLegacy.load()
        // The hull of the Li–P–O–N system (small data: one hull over all of it).
        atlas = PhaseDiagramAtlas(dataset: dataset)
        diagram = try atlas.diagram(for: Set(dataset.elements)).diagram
        var windows: [(String, StabilityWindow)] = []
        for formula in Self.compounds + Self.bulkCompositions.map(\.formula) {
            windows.append((formula, try atlas.stabilityWindow(
                of: try Composition(parsing: formula), formula: formula, openElement: Self.lithium)))
        }
        self.windows = windows
    }

    /// The sections, in order.
    var sections: [(inout StudyOutput) throws -> Void] {
        [
            introduction,
            dataAndConventions,
            compoundWindows,
            readingTheLimits,
            bulkLiPONWindows,
            underGases,
            chemicalPotentialDiagrams,
            lithiumMetalContact,
            interphaseAgainstCryoEM,
            formationEnergies,
            phaseDiagrams,
            reproduction,
            references,
        ]
    }

    /// The whole study.
    func render() throws -> StudyOutput {
        var output = StudyOutput()
        for section in sections { try section(&output) }
        return output
    }

    // MARK: Helpers shared by sections

    /// The window of `formula` (one of ``compounds`` or ``bulkCompositions``).
    func window(_ formula: String) -> StabilityWindow {
        windows.first { $0.formula == formula }!.window
    }

    /// The index of the lowest entry of `formula`'s composition in the diagram.
    func entryIndex(_ formula: String) throws -> Int? {
        diagram.indexOfLowestEntry(matching: try Composition(parsing: formula))
    }

    /// The step whose range contains `voltage` (its interior).
    func step(of window: StabilityWindow, at voltage: Double) -> ProfileStep? {
        window.profile.first { ($0.voltageLow ?? 0) <= voltage && voltage < ($0.voltageHigh ?? .infinity) }
    }

    /// Products without amounts, as Zhu et al. list them: `Li2O, Li3P, LiPN2`.
    static func names(_ products: [PhaseAmount]) -> String {
        products.isEmpty ? "–" : products.map { literatureName($0.formula) }.joined(separator: ", ")
    }

    /// Products with amounts per formula unit: `2 Li2O + Li3N + Li3P`.
    static func amounts(_ products: [PhaseAmount]) -> String { PhaseAmount.formatted(products) }

    /// Zhu et al.'s and MP's formula for Li2PO2N is written `Li2PNO2` by pymatgen's reduced
    /// formulas; the text names it the same way the literature does.
    static func literatureName(_ formula: String) -> String { formula == "Li2PNO2" ? "Li2PO2N" : formula }

    /// A window as `0.677–2.638 V` (`–` for no oxidation limit).
    static func range(_ window: StabilityWindow) -> String {
        "\(NumberFormat.fixed(window.reductionLimitVoltage ?? 0, decimals: 3, minus: .typographic))–\(window.oxidationLimitVoltage.map { NumberFormat.fixed($0, decimals: 3, minus: .typographic) } ?? "∞") V"
    }
}
