import Foundation
import Testing
@testable import Interphase

/// Figures built from hand-made profiles and windows, and from the bundled Li–P–O–N data.
@Suite("Figures")
struct FiguresTests {
    static let li = Element(symbol: "Li")!
    static let p = Element(symbol: "P")!
    static let o = Element(symbol: "O")!
    static let n = Element(symbol: "N")!
    /// Text classes that are labels placed by the placement pass: none may overlap another.
    static let labelClasses: Set<String> = [
        "step-label", "step-number", "window-limit", "limit", "reduction-products", "oxidation-products",
        "stable-label", "unstable-label", "corner", "material", "kink-label", "best-kink-label",
        "row-name", "layer-phase", "layer-voltage", "metal-label", "electrolyte-label", "domain-label", "marker-label",
        "kink-number", "best-kink-number", "listed-kink", "unstable-number", "listed-phase", "listed-title", "subtitle",
        "key-label", "key-tick",
    ]

    static func bundledDiagram() throws -> PhaseDiagram {
        try PhaseDiagram(entries: BundledDataset.liponMPLegacy.load().allEntries)
    }

    static func amounts(_ pairs: [(String, Double)]) -> [PhaseAmount] {
        pairs.map { PhaseAmount(id: nil, formula: $0.0, amount: $0.1) }
    }

    /// A Li3PO4-like profile written by hand: reduced below 0.69 V, oxidised above 4.21 V.
    static let handProfile = VoltageProfile(formula: "Li3PO4", openElement: li, steps: [
        ProfileStep(voltageLow: 0, voltageHigh: 0.69, chemicalPotentialLow: -0.69, chemicalPotentialHigh: 0,
                    openElementUptake: 8, products: amounts([("Li3P", 1), ("Li2O", 4)]),
                    reaction: "Li3PO4 + 8 Li -> Li3P + 4 Li2O", reactionEnergyPerAtom: -0.3),
        ProfileStep(voltageLow: 0.69, voltageHigh: 4.21, chemicalPotentialLow: -4.21, chemicalPotentialHigh: -0.69,
                    openElementUptake: 0, products: amounts([("Li3PO4", 1)]),
                    reaction: "Li3PO4 -> Li3PO4", reactionEnergyPerAtom: 0),
        ProfileStep(voltageLow: 4.21, voltageHigh: 4.33, chemicalPotentialLow: -4.33, chemicalPotentialHigh: -4.21,
                    openElementUptake: -1, products: amounts([("Li4P2O7", 0.5), ("O2", 0.25)]),
                    reaction: "Li3PO4 -> 0.5 Li4P2O7 + 0.25 O2 + Li", reactionEnergyPerAtom: 0.1),
        ProfileStep(voltageLow: 4.33, voltageHigh: nil, chemicalPotentialLow: nil, chemicalPotentialHigh: -4.33,
                    openElementUptake: -2, products: amounts([("LiPO3", 1), ("O2", 0.5)]),
                    reaction: "Li3PO4 -> LiPO3 + 0.5 O2 + 2 Li", reactionEnergyPerAtom: 0.2),
    ])

    static func checkCanvas(_ parsed: ParsedSVG, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(parsed.viewBox.count == 4, sourceLocation: sourceLocation)
        #expect(parsed.textsOutsideViewBox.map(\.content) == [], sourceLocation: sourceLocation)
        #expect(parsed.textBoxesOutsideViewBox.map(\.content) == [], sourceLocation: sourceLocation)
        let overlaps = parsed.overlappingTexts(classes: labelClasses)
        #expect(overlaps.isEmpty, "overlapping labels: \(overlaps)", sourceLocation: sourceLocation)
    }

    // MARK: Voltage profile

    @Test("Profile by hand: one staircase line per step, every step's products shown, window shaded")
    func handProfile() throws {
        let figure = VoltageProfileFigure(profile: Self.handProfile)
        #expect(figure.resolvedMaximumVoltage == 5)  // max(5, 4.33 + 0.5)
        let limits = try #require(figure.windowLimits)
        #expect(limits.reduction == 0.69 && limits.oxidation == 4.21)
        let parsed = try #require(ParsedSVG(try figure.svg()))
        Self.checkCanvas(parsed)
        let steps = parsed.nodes(ofClass: "step")
        #expect(steps.count == 4)
        #expect(parsed.nodes(ofClass: "riser").count == 3)
        #expect(parsed.nodes(ofClass: "window").count == 1)
        // Steps are horizontal, left to right, and the last one reaches the 5 V end of the axis.
        let ends = steps.map(ParsedSVG.endpoints)
        for (index, end) in ends.enumerated() {
            #expect(end[1] == end[3])
            if index > 0 { #expect(abs(end[0] - ends[index - 1][2]) < 0.01) }
        }
        let tick5 = try #require(parsed.texts.first { $0.className == "tick" && $0.anchor == "middle" && $0.content == "5" })
        #expect(abs(ends[3][2] - tick5.x) < 0.01)
        // Uptake 8 is above uptake 0 is above uptake −2 (y grows downward).
        #expect(ends[0][1] < ends[1][1] && ends[1][1] < ends[3][1])
        let text = parsed.allText.joined(separator: "\n")
        for label in ["Li3P + 4 Li2O", "Li3PO4", "0.5 Li4P2O7 + 0.25 O2", "LiPO3 + 0.5 O2", "reduction 0.69 V", "oxidation 4.21 V"] {
            #expect(text.contains(label), "missing \(label)")
        }
        #expect(parsed.texts(ofClass: "title") == ["Voltage profile of Li3PO4 vs Li/Li⁺"])
        #expect(text.contains("Voltage (V vs Li/Li⁺)"))
    }

    @Test("Profile: an explicit maximum voltage moves the end of the last step; bad input throws")
    func profileOptions() throws {
        let parsed = try #require(ParsedSVG(try VoltageProfileFigure(profile: Self.handProfile, maximumVoltage: 7).svg()))
        let tick7 = try #require(parsed.texts.first { $0.className == "tick" && $0.anchor == "middle" && $0.content == "7" })
        let last = ParsedSVG.endpoints(parsed.nodes(ofClass: "step").last!)
        #expect(abs(last[2] - tick7.x) < 0.01)
        #expect(VoltageProfileFigure(profile: Self.handProfile, maximumVoltage: 9).resolvedMaximumVoltage == 9)
        #expect(throws: FigureError.invalidVoltageRange(4)) {
            try VoltageProfileFigure(profile: Self.handProfile, maximumVoltage: 4).svg()
        }
        #expect(throws: FigureError.emptyProfile(formula: "X")) {
            try VoltageProfileFigure(profile: VoltageProfile(formula: "X", openElement: Self.li, steps: [])).svg()
        }
        var oxygen = Self.handProfile
        oxygen.openElement = Self.o
        oxygen.steps = oxygen.steps.map { var step = $0; step.voltageLow = nil; step.voltageHigh = nil; return step }
        #expect(throws: FigureError.noVoltages(formula: "Li3PO4", openElement: Self.o)) {
            try VoltageProfileFigure(profile: oxygen).svg()
        }
        // Far from the 5 V default: max(5, last critical + 0.5).
        var high = Self.handProfile
        high.steps[2].voltageHigh = 5.8
        #expect(VoltageProfileFigure(profile: high).resolvedMaximumVoltage == 6.3)
    }

    @Test("Profile of Li2PO2N from the bundled data: as many steps as the profile, window limits annotated")
    func liponProfile() throws {
        let diagram = try Self.bundledDiagram()
        let window = try diagram.stabilityWindow(of: Composition(parsing: "Li2PO2N"), formula: "Li2PO2N", openElement: Self.li)
        let reduction = try #require(window.reductionLimitVoltage)
        let oxidation = try #require(window.oxidationLimitVoltage)
        #expect(abs(reduction - 0.68) < 0.01)  // Zhu et al. 2015: 0.68 V
        let figure = VoltageProfileFigure(window: window)
        let parsed = try #require(ParsedSVG(try figure.svg()))
        Self.checkCanvas(parsed)
        #expect(window.profile.count > 5)
        #expect(parsed.nodes(ofClass: "step").count == window.profile.count)
        #expect(parsed.nodes(ofClass: "riser").count == window.profile.count - 1)
        let text = parsed.allText
        #expect(text.contains("reduction \(String(format: "%.2f", reduction)) V"))
        #expect(text.contains("oxidation \(String(format: "%.2f", oxidation)) V"))
        #expect(figure.resolvedMaximumVoltage == max(5, window.profile.compactMap(\.voltageHigh).max()! + 0.5))
        // Every step's products appear (inline or in the legend), e.g. Li3P + Li3N + 2 Li2O at 0 V.
        for step in window.profile {
            #expect(text.contains(VoltageProfileFigure.label(of: step)), "missing products of step at \(step.voltageLow!) V")
        }
        #expect(Set(window.profile[0].products.map(\.formula)) == ["Li3P", "Li3N", "Li2O"])
        // Numbers in the plot match legend rows one to one.
        let numbers = parsed.texts(ofClass: "step-number")
        let legendNumbers = parsed.texts.filter { $0.className == "legend" && Int($0.content) != nil }.map(\.content)
        #expect(numbers.sorted() == legendNumbers.sorted())
        #expect(numbers.count + parsed.texts(ofClass: "step-label").count == window.profile.count)
    }

    // MARK: Stability windows

    @Test("Windows by hand: one bar per material, products at the ends, error bars when given")
    func handWindows() throws {
        let bars = [
            StabilityWindowsFigure.Bar(name: "Li3PO4", reductionLimit: 0.69, oxidationLimit: 4.21,
                                       reductionProducts: "Li3P, Li2O", oxidationProducts: "Li4P2O7, O2",
                                       reductionUncertainty: .init(lower: 0.6, upper: 0.8),
                                       oxidationUncertainty: .init(around: 4.21, lowSpread: 0.1, highSpread: 0.15)),
            StabilityWindowsFigure.Bar(name: "Li3N", reductionLimit: 0, oxidationLimit: 0.45, oxidationProducts: "N2"),
            StabilityWindowsFigure.Bar(name: "LiF", reductionLimit: 0, oxidationLimit: 6.38, oxidationProducts: "F2"),
            StabilityWindowsFigure.Bar(name: "Li7P3S11", reductionLimit: 2.28, oxidationLimit: 2.31,
                                       reductionProducts: "Li3PS4, P4S9", oxidationProducts: "S, P2S5"),
            StabilityWindowsFigure.Bar(name: "X", reductionLimit: 1, oxidationLimit: nil, reductionProducts: "Y"),
        ]
        let figure = StabilityWindowsFigure(bars: bars, openElement: Self.li)
        #expect(figure.resolvedMaximumVoltage == 7)  // 6.38 + 0.5 rounded up
        let parsed = try #require(ParsedSVG(try figure.svg()))
        Self.checkCanvas(parsed)
        #expect(parsed.nodes(ofClass: "window-bar").count == 5)
        #expect(parsed.texts(ofClass: "material") == ["Li3PO4", "Li3N", "LiF", "Li7P3S11", "X"])
        #expect(parsed.nodes(ofClass: "error-bar").count == 2)
        let errorBar = ParsedSVG.endpoints(parsed.nodes(ofClass: "error-bar")[1])
        let tick = { (label: String) in parsed.texts.first { $0.className == "tick" && $0.content == label }!.x }
        let pixelsPerVolt = tick("1") - tick("0")
        #expect(abs(errorBar[0] - (tick("4") + 0.11 * pixelsPerVolt)) < 0.02)
        #expect(abs(errorBar[2] - (tick("4") + 0.36 * pixelsPerVolt)) < 0.02)
        #expect(Set(parsed.texts(ofClass: "reduction-products")) == ["Li3P, Li2O", "Li3PS4, P4S9", "Y"])
        #expect(Set(parsed.texts(ofClass: "oxidation-products")) == ["Li4P2O7, O2", "N2", "F2", "S, P2S5"])
        #expect(Set(parsed.texts(ofClass: "limit")) == ["0.69", "4.21", "0.00", "0.45", "6.38", "2.28", "2.31", "1.00", "> 7.00"])
        #expect(throws: FigureError.noData("no stability windows")) {
            try StabilityWindowsFigure(bars: [], openElement: Self.li).svg()
        }
    }

    @Test("Windows of Li–P–O–N phases from the bundled data")
    func liponWindows() throws {
        let diagram = try Self.bundledDiagram()
        let formulas = ["Li3PO4", "Li2PO2N", "Li3N", "Li2O", "Li3P"]
        let windows = try formulas.map {
            try diagram.stabilityWindow(of: Composition(parsing: $0), formula: $0, openElement: Self.li)
        }
        let parsed = try #require(ParsedSVG(try StabilityWindowsFigure(windows: windows).svg()))
        Self.checkCanvas(parsed)
        #expect(parsed.texts(ofClass: "material") == formulas)
        #expect(parsed.nodes(ofClass: "window-bar").count == 5)
        let limits = Set(parsed.texts(ofClass: "limit"))
        for window in windows {
            #expect(limits.contains(String(format: "%.2f", window.reductionLimitVoltage!)))
            #expect(limits.contains(String(format: "%.2f", window.oxidationLimitVoltage!)))
        }
        // Li3PO4 is reduced to Li3P and Li2O (Zhu et al. 2015).
        #expect(parsed.texts(ofClass: "reduction-products").contains("Li2O, Li3P")
                || parsed.texts(ofClass: "reduction-products").contains("Li3P, Li2O"))
    }

    // MARK: Ternary

    @Test("Li–P–O ternary: stable phases labelled, tie lines = facet edges, unstable coloured")
    func ternary() throws {
        let diagram = try Self.bundledDiagram()
        let figure = TernaryPhaseDiagramFigure(diagram: diagram, elements: [Self.li, Self.p, Self.o])
        let sub = try figure.subsystem()
        #expect(sub.elements == [Self.li, Self.o, Self.p])
        let parsed = try #require(ParsedSVG(try figure.svg()))
        Self.checkCanvas(parsed)
        let stableLabels = Set(parsed.texts(ofClass: "stable-label"))
        for formula in ["Li3PO4", "Li3P", "Li2O", "Li4P2O7", "LiPO3", "P2O5", "Li", "P", "O2"] {
            #expect(stableLabels.contains(formula), "missing \(formula)")
        }
        #expect(!stableLabels.contains("Li2PO2N"))  // N is not in the subsystem
        #expect(parsed.nodes(ofClass: "stable").count == sub.stableIndices.count)
        #expect(stableLabels.count == sub.stableIndices.count)
        let edges = Set(sub.facets.flatMap { facet in
            facet.vertices.flatMap { a in facet.vertices.filter { $0 > a }.map { [a, $0] } }
        })
        #expect(parsed.nodes(ofClass: "tie-line").count == edges.count)
        // Li3PO4–Li2O is a tie line in MP data.
        #expect(edges.contains { Set($0.map { sub.entries[$0].formula }) == ["Li3PO4", "Li2O"] })
        let unstable = parsed.nodes(ofClass: "unstable")
        #expect(unstable.count == sub.entries.indices.filter { !sub.isStable(entryAt: $0) }.count)
        #expect(Set(unstable.compactMap { $0.attributes["fill"] }).count > 3)
        #expect(parsed.nodes(ofClass: "colour-bar").count == 1)
        #expect(parsed.allText.contains("E above hull (eV/atom)"))
        #expect(throws: FigureError.needsThreeElements([Self.li, Self.p])) {
            try TernaryPhaseDiagramFigure(diagram: diagram, elements: [Self.li, Self.p]).svg()
        }
        #expect(throws: FigureError.elementNotInData(Element(symbol: "S")!)) {
            try TernaryPhaseDiagramFigure(diagram: diagram, elements: [Self.li, Self.p, Element(symbol: "S")!]).svg()
        }
    }

    // MARK: Grand potential

    @Test("Grand potential at 0 V: Li3P, Li2O and Li3N at the P, O and N corners")
    func grandAtZero() throws {
        let diagram = try Self.bundledDiagram()
        let figure = try GrandPotentialFigure(diagram: diagram, openElement: OpenElement(Self.li, voltage: 0))
        let parsed = try #require(ParsedSVG(try figure.svg()))
        Self.checkCanvas(parsed)
        #expect(Set(parsed.texts(ofClass: "stable-label")) == ["Li3P", "Li2O", "Li3N"])
        #expect(parsed.texts(ofClass: "title") == ["Grand potential diagram of Li–N–O–P at 0.00 V vs Li/Li⁺"])
        #expect(Set(parsed.texts(ofClass: "corner")) == ["N corner", "O corner", "P corner"])
        #expect(parsed.nodes(ofClass: "tie-line").count == 3)
        // Li3P sits at the top (P) corner: the highest point.
        let points = parsed.nodes(ofClass: "stable").map { Double($0.attributes["cy"]!)! }
        let li3p = try #require(parsed.texts.first { $0.content == "Li3P" })
        #expect(abs(li3p.y - points.min()!) < 30)
    }

    @Test("Grand potential at 2 V: Li2PNO2 and Li3PO4 stable; two closed elements draw a line; one throws")
    func grandOther() throws {
        let diagram = try Self.bundledDiagram()
        let atTwo = try GrandPotentialFigure(diagram: diagram, openElement: OpenElement(Self.li, voltage: 2))
        let parsed = try #require(ParsedSVG(try atTwo.svg()))
        Self.checkCanvas(parsed)
        let labels = Set(parsed.texts(ofClass: "stable-label"))
        #expect(labels == Set(atTwo.grandDiagram.stableEntries.map(\.formula)))
        #expect(labels.isSuperset(of: ["Li2PNO2", "Li3PO4", "LiPN2"]))
        #expect(parsed.allText.contains { $0.contains("μLi − μ⁰ = −2.00 eV") })

        let lipo = try PhaseDiagram(entries: diagram.entries.filter { Set($0.composition.elements).isSubset(of: [Self.li, Self.p, Self.o]) })
        let line = try GrandPotentialFigure(diagram: lipo, openElement: OpenElement(Self.li, voltage: 0))
        let lineParsed = try #require(ParsedSVG(try line.svg()))
        Self.checkCanvas(lineParsed)
        #expect(Set(lineParsed.texts(ofClass: "stable-label")) == ["Li3P", "Li2O"])
        #expect(lineParsed.nodes(ofClass: "tie-line").count == 1)

        let lip = try PhaseDiagram(entries: diagram.entries.filter { Set($0.composition.elements).isSubset(of: [Self.li, Self.p]) })
        #expect(throws: FigureError.unsupportedClosedElementCount([Self.p])) {
            try GrandPotentialFigure(diagram: lip, openElement: OpenElement(Self.li, voltage: 0)).svg()
        }
    }

    // MARK: Interface reactions and interphase layers

    @Test("Interface reaction Li | Li2PO2N: every kink a point with its products, the most exothermic highlighted, no overlaps")
    func interfaceReaction() throws {
        let diagram = try Self.bundledDiagram()
        let reaction = try diagram.interfaceReaction(
            try Composition(parsing: "Li"), try Composition(parsing: "Li2PO2N"), formulaA: "Li", formulaB: "Li2PO2N")
        let figure = InterfaceReactionFigure(reaction)
        let parsed = try #require(ParsedSVG(try figure.svg()))
        Self.checkCanvas(parsed)
        let points = parsed.nodes(ofClass: "kink") + parsed.nodes(ofClass: "best-kink")
        #expect(points.count == reaction.kinks.count)
        let labels = parsed.texts(ofClass: "kink-label") + parsed.texts(ofClass: "best-kink-label")
        #expect(labels.count == reaction.kinks.count)
        for kink in reaction.kinks {
            #expect(labels.contains { $0.hasPrefix(figure.label(of: kink)) }, "missing label of the kink at x = \(kink.x)")
        }
        // The highlighted point is the lowest one (y grows downward).
        let best = try #require(parsed.nodes(ofClass: "best-kink").first)
        let lowest = points.map { Double($0.attributes["cy"]!)! }.max()!
        #expect(Double(best.attributes["cy"]!)! == lowest)
        // Labels stay clear of the points.
        let marks = points.map { node in
            FigureRect(around: Double(node.attributes["cx"]!)!, Double(node.attributes["cy"]!)!, radius: Double(node.attributes["r"]!)!)
        }
        for text in parsed.texts where text.className == "kink-label" || text.className == "best-kink-label" {
            #expect(marks.allSatisfy { $0.overlapArea(with: text.box) == 0 }, "\(text.content) covers a point")
        }
        // A custom label and a title with an open element.
        var renamed = figure
        renamed.productLabel = { kink in kink.products.map { $0.formula == "Li2PNO2" ? "Li2PO2N" : $0.formula }.joined(separator: " + ") }
        let renamedParsed = try #require(ParsedSVG(try renamed.svg()))
        #expect(renamedParsed.texts(ofClass: "kink-label").contains("Li2PO2N"))
        let grand = try diagram.interfaceReaction(
            try Composition(parsing: "Li3N"), try Composition(parsing: "Li3PO4"), openElement: OpenElement(Self.li, voltage: 1))
        let grandParsed = try #require(ParsedSVG(try InterfaceReactionFigure(grand).svg()))
        Self.checkCanvas(grandParsed)
        #expect(grandParsed.texts(ofClass: "title") == ["Interface reaction Li3N | Li3PO4, Li open at 1.00 V vs Li/Li⁺"])
        #expect(grandParsed.allText.contains("ΔΦ (eV/atom of closed elements)"))
        var empty = reaction
        empty.kinks = []
        #expect(throws: FigureError.noData("an interface reaction without kinks")) { try InterfaceReactionFigure(empty).svg() }
    }

    @Test("Interphase layers: one band per layer in order from the metal, phases and voltages inside, hand-written rows too")
    func interphaseLayers() throws {
        let diagram = try Self.bundledDiagram()
        let profile = try diagram.interphaseProfile(of: Composition(parsing: "Li3.2PO3.8N0.2"), formula: "Li3.2PO3.8N0.2", metal: Self.li)
        let observed = InterphaseLayersFigure.Row(name: "observed", metal: "Li", electrolyte: "LiPON", layers: [
            .init(phases: ["Li", "Li2O"]), .init(phases: ["Li", "Li2O", "Li3N"]), .init(phases: ["Li2O", "Li3N", "Li3PO4"]),
        ])
        var figure = InterphaseLayersFigure(profiles: [profile])
        figure.rows.append(observed)
        figure.emphasizedPhases = ["Li3PO4"]
        let parsed = try #require(ParsedSVG(try figure.svg()))
        Self.checkCanvas(parsed)
        let bands = parsed.nodes(ofClass: "layer")
        #expect(bands.count == profile.layers.count + 3)
        #expect(parsed.nodes(ofClass: "metal").count == 2 && parsed.nodes(ofClass: "electrolyte").count == 2)
        // The first row's bands run left to right from the metal block, in the profile's order.
        let xs = bands.prefix(profile.layers.count).map { Double($0.attributes["x"]!)! }
        #expect(xs == xs.sorted() && Set(xs).count == xs.count)
        #expect(Double(parsed.nodes(ofClass: "metal")[0].attributes["x"]!)! < xs[0])
        // Every phase of every layer is written, once per layer; voltages only for computed rows.
        let phases = parsed.texts(ofClass: "layer-phase")
        #expect(phases.count == profile.layers.map(\.phases.count).reduce(0, +) + 8)
        #expect(parsed.texts(ofClass: "layer-voltage").count == profile.layers.count)
        #expect(parsed.texts(ofClass: "layer-voltage").first == "0.000 V")
        #expect(parsed.texts(ofClass: "row-name") == ["Li | Li3.2PO3.8N0.2, equilibrium", "observed"])
        let emphasized = parsed.nodes.filter { $0.name == "text" && $0.attributes["font-weight"] == "bold" && $0.attributes["class"] == "layer-phase" }
        #expect(emphasized.count == 2)  // Li3PO4 next to the electrolyte, and in the observed row
        // Band text fits its band.
        for (band, text) in zip(bands, parsed.texts.filter { $0.className == "layer-phase" }.prefix(1)) {
            let left = Double(band.attributes["x"]!)!, width = Double(band.attributes["width"]!)!
            #expect(text.box.minX >= left && text.box.maxX <= left + width)
        }
        // Excluded phases name the row.
        let noLi3P = try EntryConstraints(exclude: ["Li3P"]).apply(to: BundledDataset.liponMPLegacy.load().allEntries)
        var constrained = try PhaseDiagram(entries: noLi3P.entries).interphaseProfile(of: Composition(parsing: "Li2PO2N"), metal: Self.li)
        constrained.constraints = noLi3P.record
        #expect(InterphaseLayersFigure.Row(profile: constrained).name == "Li | Li2PNO2, equilibrium without Li3P")
        #expect(throws: FigureError.noData("no interphase layers")) { try InterphaseLayersFigure(rows: []).svg() }
    }

    // MARK: Chemical-potential map

    @Test("Chemical-potential map, μLi–μN slice at μO = −4 eV projected over P: every domain drawn and labelled once, zoomed as pymatgen, a marker")
    func chemicalPotentialSlice() throws {
        let atlas = try PhaseDiagramAtlas(dataset: BundledDataset.liponMPLegacy.load())
        let map = try atlas.chemicalPotentialMap(
            of: [Self.li, Self.p, Self.o, Self.n], axes: [Self.li, Self.n], fixed: [try OpenElement(Self.o, chemicalPotential: -4)],
            minimumChemicalPotential: -15)
        var figure = ChemicalPotentialMapFigure(map)
        figure.markers = [.init(name: "N2, 1 bar", element: Self.n, chemicalPotential: -0.29605),
                          .init(name: "not an axis", element: Self.o, chemicalPotential: -1)]
        let parsed = try #require(ParsedSVG(try figure.svg()))
        Self.checkCanvas(parsed)
        #expect(parsed.texts(ofClass: "title") == ["Chemical-potential diagram of Li–P–O–N: μLi–μN"])
        #expect(parsed.texts(ofClass: "subtitle").first == "slice at μO = −4.00 eV; projected over P")
        #expect(parsed.texts(ofClass: "axis-title") == ["μLi − μ⁰Li (eV/atom)", "μN − μ⁰N (eV/atom)"])
        #expect(parsed.texts(ofClass: "domain-label").sorted() == map.domains.map(\.formula).sorted())
        #expect(parsed.nodes(ofClass: "domain").count == map.domains.filter { $0.vertices.count > 2 }.count)
        #expect(parsed.nodes(ofClass: "domain-segment").count == map.domains.filter { $0.vertices.count == 2 }.count)
        #expect(parsed.texts(ofClass: "marker-label") == ["N2, 1 bar"])
        // pymatgen's padding: 1 eV below the lowest vertex off the bound (μLi −2.574 of P3N5 and
        // LiPN2, μN −1.029 of Li3PO4 and Li2PNO2), rounded down to 0.5 eV.
        #expect(figure.axisLowerEnd(0) == -4 && figure.axisLowerEnd(1) == -2.5)
        #expect(parsed.texts(ofClass: "tick").compactMap { Double($0) }.min() == -4)
        var whole = figure
        whole.padding = nil
        let unzoomed = try #require(ParsedSVG(try whole.svg()))
        Self.checkCanvas(unzoomed)
        #expect(unzoomed.texts(ofClass: "tick").compactMap { Double($0) }.min() == -14)
    }

    @Test("Chemical-potential maps: a projection over two elements and a binary diagram, every domain labelled, no overlaps")
    func chemicalPotentialProjection() throws {
        let atlas = try PhaseDiagramAtlas(dataset: BundledDataset.liponMPLegacy.load())
        let projection = try atlas.chemicalPotentialMap(of: [Self.li, Self.p, Self.o, Self.n], axes: [Self.li, Self.o], minimumChemicalPotential: -15)
        let parsed = try #require(ParsedSVG(try ChemicalPotentialMapFigure(projection).svg()))
        Self.checkCanvas(parsed)
        #expect(parsed.texts(ofClass: "subtitle").first == "projected over P, N")
        #expect(parsed.texts(ofClass: "domain-label").sorted() == projection.domains.map(\.formula).sorted())
        let binary = try atlas.chemicalPotentialMap(of: [Self.li, Self.o], axes: [Self.o, Self.li])
        let binaryParsed = try #require(ParsedSVG(try ChemicalPotentialMapFigure(binary).svg()))
        Self.checkCanvas(binaryParsed)
        #expect(binaryParsed.texts(ofClass: "subtitle").first == "the whole diagram")
        #expect(Set(binaryParsed.texts(ofClass: "domain-label")) == ["Li", "Li2O", "Li2O2", "O2"])
        #expect(binaryParsed.nodes(ofClass: "domain").isEmpty)
    }
}
