import Interphase

extension LiponStudy {
    /// One set of data the interphase is computed with: the full data or the data without some phases.
    struct InterphaseScenario {
        /// Short name for tables and figures.
        var name: String
        /// Formulas excluded (empty: full equilibrium).
        var excluded: [String]
        /// The phase diagram of the remaining entries.
        var diagram: PhaseDiagram
        /// What the exclusions did (`nil` for the full equilibrium).
        var record: ConstraintRecord?
    }

    /// The electrolytes whose interphase with Li metal is computed.
    static let interphaseElectrolytes = ["Li2PO2N", "Li3.2PO3.8N0.2"]

    /// Energy uncertainty of every compound for the Monte Carlo window (eV/atom), samples, seed.
    static let monteCarloSigma = 0.025
    static let monteCarloSamples = 2000
    static let monteCarloSeed: UInt64 = 2020
    /// The compounds whose windows get error bars.
    static let monteCarloCompounds = ["Li2PO2N", "Li3PO4", "Li3N", "Li2O"]

    /// Every Li–P binary of the data (reduced formulas, most Li first), whatever the data contain.
    func lithiumPhosphides() -> [String] {
        var formulas: [String: Double] = [:]
        for entry in dataset.allEntries where Set(entry.composition.elements) == [lithium, phosphorus] {
            let reduced = entry.composition.reducedCompositionAndFactor.composition
            formulas[reduced.reducedFormula] = reduced.atomicFraction(of: lithium)
        }
        return formulas.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    /// Full equilibrium, without Li3P, without every Li–P phase.
    func interphaseScenarios() throws -> [InterphaseScenario] {
        let phosphides = lithiumPhosphides()
        let cases: [(String, [String])] = [
            ("equilibrium", []),
            ("without Li3P", ["Li3P"]),
            ("without Li–P phases", phosphides),
        ]
        return try cases.map { name, excluded in
            // The Li–P–O–N data are small: the atlas answers with one hull over all of them.
            let system = try PhaseDiagramAtlas(dataset: dataset, constraints: EntryConstraints(exclude: excluded))
                .diagram(for: Set(dataset.elements))
            return InterphaseScenario(name: name, excluded: excluded, diagram: system.diagram,
                                      record: system.record)
        }
    }

    /// What Li3PO4 becomes against Li metal (0 V) with every Li–P phase excluded.
    func phosphateAgainstLithiumWithoutPhosphides() throws -> GrandCanonicalDecomposition {
        let scenario = try interphaseScenarios().last!
        return try GrandCanonicalLP(diagram: scenario.diagram).decompose(
            try Composition(parsing: "Li3PO4"), formula: "Li3PO4", openElements: [try OpenElement(lithium, voltage: 0)])
    }

    /// `2nd`, `3rd`, `4th`, ...
    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }

    /// `Li2PNO2` written as the literature does, in a list of phases joined by ` + `.
    static func phaseList(_ formulas: [String]) -> String {
        formulas.map(literatureName).joined(separator: " + ")
    }

    /// Li | LiPON: the interface reaction, the equilibrium layer sequences, cryo-EM, and the
    /// window of Li2PO2N with its uncertainty.
    func interphaseAgainstCryoEM(_ out: inout StudyOutput) throws {
        out.heading(2, "The Li | LiPON interphase: equilibrium against cryo-EM")
        out.paragraph("""
            The section above gives the end point: LiPON that has taken up all the Li it can. Between the metal and the \
            electrolyte there is a range of mixtures, and local equilibrium at each of them gives a sequence of layers. This \
            section computes that sequence (with the interface reaction it comes from), removes phosphide phases to see \
            whether the observed layers can be explained by a constrained equilibrium, and sets the result beside the layers \
            cryo-EM resolved.
            """)
        try interfaceReactionPart(&out)
        let scenarios = try interphaseScenarios()
        let summaries = try monteCarloWindows()
        let profiles = try layerSequencePart(&out, scenarios: scenarios)
        try comparisonPart(&out, scenarios: scenarios, profiles: profiles, summaries: summaries)
        try uncertaintyPart(&out, summaries: summaries)
    }

    // MARK: (a) Interface reaction

    func interfaceReactionPart(_ out: inout StudyOutput) throws {
        let reaction = try diagram.interfaceReaction(
            try Composition(parsing: "Li"), try Composition(parsing: "Li2PO2N"), formulaA: "Li", formulaB: "Li2PO2N")
        out.heading(3, "The interface reaction Li | Li2PO2N")
        out.paragraph("""
            Mix x of Li with 1 − x of Li2PO2N, both counted per atom (x = the fraction of the mixture's atoms that come from \
            the metal), and let the mixture reach equilibrium: ΔE is the hull energy of the mixture minus the atom-weighted \
            energies of Li and Li2PO2N, in eV per atom of the mixture (Richards et al.'s construction, pymatgen's \
            `InterfacialReactivity`). The energy is piecewise linear in x; its kinks are where the equilibrium products change, \
            found exactly from the facets of the hull.
            """)
        var rows: [[String]] = []
        for kink in reaction.kinks {
            let best = kink == reaction.mostExothermic
            let products = Self.phaseList(kink.products.map(\.formula))
            rows.append([
                NumberFormat.fixed(kink.x, decimals: 4, minus: .typographic), (best ? "**" : "") + NumberFormat.fixed(kink.energyPerAtom, decimals: 4, minus: .typographic) + (best ? "**" : ""),
                products, "`" + kink.reaction.replacingOccurrences(of: "->", with: "→").replacingOccurrences(of: "Li2PNO2", with: "Li2PO2N") + "`",
                best ? "most exothermic" : "",
            ])
        }
        out.table(["x (Li)", "ΔE (eV/atom)", "products", "reaction", ""], [.right, .right, .left, .left, .left], rows)
        var figure = InterfaceReactionFigure(reaction)
        figure.productLabel = { kink in LiponStudy.phaseList(kink.products.map(\.formula)) }
        let best = reaction.mostExothermic
        let full = reaction.kinks.filter { $0.x < 1 - 1e-9 }.last!
        out.figure("li-li2po2n-interface-reaction.svg", svg: try figure.svg(), alt: "Interface reaction Li | Li2PO2N",
                   caption: "Reaction energy of x Li + (1 − x) Li2PO2N (per atom) against x; kinks labelled with their equilibrium products, the most exothermic in red.")
        out.paragraph("""
            The most exothermic reaction is at x = \(NumberFormat.fixed(best.x, decimals: 4, minus: .typographic)): \
            `\(best.reaction.replacingOccurrences(of: "->", with: "→"))`, \(NumberFormat.fixed(best.energyPerAtom, decimals: 4, minus: .typographic)) eV per atom \
            of the mixture. The last kink before pure Li (x = \(NumberFormat.fixed(full.x, decimals: 4, minus: .typographic))) is the full reduction \
            `\(full.reaction.replacingOccurrences(of: "->", with: "→"))` at \(NumberFormat.fixed(full.energyPerAtom, decimals: 4, minus: .typographic)) eV/atom: more \
            Li than that has nothing left to react with. Every kink between them contains Li3P: in these data phosphorus is \
            reduced to Li3P from the first Li taken up onwards.
            """)
    }

    // MARK: (b) Layers

    /// The layers of one electrolyte in one scenario.
    func interphase(_ formula: String, _ scenario: InterphaseScenario) throws -> InterphaseProfile {
        var profile = try scenario.diagram.interphaseProfile(of: try Composition(parsing: formula), formula: formula, metal: lithium)
        profile.constraints = scenario.record
        return profile
    }

    func layerSequencePart(_ out: inout StudyOutput, scenarios: [InterphaseScenario]) throws -> [[InterphaseProfile]] {
        out.heading(3, "Layers from Li metal to LiPON")
        let phosphides = scenarios.last!.record?.excluded.map(\.formula) ?? []
        var distinct: [String] = []
        for formula in phosphides where !distinct.contains(formula) { distinct.append(formula) }
        out.paragraph("""
            Along the same tie line, each segment between two kinks is a layer in which the same phases coexist at one Li \
            chemical potential; read from the metal (x = 1) to the electrolyte (x = 0) the segments are the layers an \
            interphase in local equilibrium would show. Each is computed for crystalline Li2PO2N and for Richards et al.'s \
            bulk LiPON composition Li3.2PO3.8N0.2, with the full data, without Li3P, and without every Li–P phase of the \
            data (\(distinct.joined(separator: ", "))); phosphorus can then only be reduced to the element, which cannot be \
            excluded. V is the voltage (Li chemical potential) of each layer; the metal's layer is at 0 V.
            """)
        var profiles: [[InterphaseProfile]] = []
        var rows: [[String]] = []
        for formula in Self.interphaseElectrolytes {
            var perScenario: [InterphaseProfile] = []
            for scenario in scenarios {
                let profile = try interphase(formula, scenario)
                perScenario.append(profile)
                for (index, layer) in profile.layers.enumerated() {
                    rows.append([
                        index == 0 ? "**\(formula)**, \(scenario.name)" : "", "\(index + 1)",
                        Self.phaseList(layer.phases.map(\.formula)), NumberFormat.fixed(layer.voltage ?? 0, decimals: 3, minus: .typographic),
                    ])
                }
            }
            profiles.append(perScenario)
        }
        for (index, layer) in Published.cryoEMLayers.enumerated() {
            rows.append([index == 0 ? "**LiPON, cryo-EM** (Cheng et al.)" : "", "\(index + 1)", Self.phaseList(layer), "–"])
        }
        out.table(["interphase", "layer (from Li)", "phases", "V"], [.left, .right, .left, .right], rows)

        var figureRows: [InterphaseLayersFigure.Row] = []
        for (formula, perScenario) in zip(Self.interphaseElectrolytes, profiles) {
            for (scenario, profile) in zip(scenarios, perScenario) {
                var row = InterphaseLayersFigure.Row(profile: profile, name: "\(formula), \(scenario.name)")
                row.layers = row.layers.map { InterphaseLayersFigure.Layer(phases: $0.phases.map(Self.literatureName), voltage: $0.voltage) }
                figureRows.append(row)
            }
        }
        figureRows.append(InterphaseLayersFigure.Row(
            name: "observed by cryo-EM (Cheng et al. 2020)", metal: "Li", electrolyte: "LiPON",
            layers: Published.cryoEMLayers.map { InterphaseLayersFigure.Layer(phases: $0) }))
        var figure = InterphaseLayersFigure(rows: figureRows, openElement: lithium)
        figure.emphasizedPhases = ["Li3PO4", "Li3P"]
        figure.title = "Li | LiPON interphase: equilibrium layers and the layers cryo-EM sees"
        out.figure("lipon-interphase-layers.svg", svg: try figure.svg(), alt: "Interphase layers between Li and LiPON",
                   caption: "Equilibrium layers between Li metal (left) and LiPON (right) for Li2PO2N and Li3.2PO3.8N0.2, with all phases, without Li3P and without every Li–P phase; bottom row: the layers cryo-EM resolved (no voltages). Bands are tinted by the voltage of the layer; widths are not thicknesses. Li3PO4 and Li3P in bold red.")
        return profiles
    }

    // MARK: (c) What the comparison says

    func comparisonPart(
        _ out: inout StudyOutput, scenarios: [InterphaseScenario], profiles: [[InterphaseProfile]],
        summaries: [String: MonteCarloWindowSummary]
    ) throws {
        out.heading(3, "What the comparison says")
        let all = profiles.flatMap { $0 }
        func has(_ layer: InterphaseLayer, _ formula: String) -> Bool { layer.phases.contains { $0.formula == formula } }
        func contains(_ formula: String, _ element: Element) -> Bool {
            (try? Composition(parsing: formula))?.elements.contains(element) ?? false
        }
        // Checks, computed rather than assumed.
        let phosphateNextToMetal = all.filter { profile in profile.layers.contains { has($0, "Li3PO4") && has($0, "Li") } }
        let phosphateLayers = all.flatMap { profile in
            profile.layers.enumerated().filter { has($0.element, "Li3PO4") }.map { (profile: profile, index: $0.offset, layer: $0.element) }
        }
        let phosphateOnlyAtElectrolyte = phosphateLayers.allSatisfy { $0.index == $0.profile.layers.count - 1 }
        let phosphateElectrolytes = Set(phosphateLayers.map(\.profile.electrolyte)).sorted()
        let cryoPhases = Set(Published.cryoEMLayers.flatMap { $0 })
        let phosphides = Set(lithiumPhosphides())

        // Li3PO4 and Li3N against Li, and whether they can coexist at any voltage, in each data set.
        var rows: [[String]] = []
        var noLiPReaction: GrandCanonicalDecomposition?
        var gaps: [(scenario: String, phosphateFrom: Double, nitrideUpTo: Double)] = []
        for scenario in scenarios {
            let lp = GrandCanonicalLP(diagram: scenario.diagram)
            let d = try lp.decompose(try Composition(parsing: "Li3PO4"), formula: "Li3PO4",
                                     openElements: [try OpenElement(lithium, voltage: 0)])
            if scenario.name == scenarios.last!.name { noLiPReaction = d }
            let phosphate = try scenario.diagram.stabilityWindow(of: try Composition(parsing: "Li3PO4"), formula: "Li3PO4", openElement: lithium)
            let nitride = try scenario.diagram.stabilityWindow(of: try Composition(parsing: "Li3N"), formula: "Li3N", openElement: lithium)
            let from = phosphate.reductionLimitVoltage ?? 0, upTo = nitride.oxidationLimitVoltage ?? .infinity
            gaps.append((scenario.name, from, upTo))
            rows.append([
                scenario.name, "`" + d.reaction.replacingOccurrences(of: "->", with: "→") + "`",
                NumberFormat.fixed(d.grandPotentialChangePerAtom, decimals: 3, minus: .typographic), NumberFormat.fixed(from, decimals: 3, minus: .typographic), NumberFormat.fixed(upTo, decimals: 3, minus: .typographic),
                upTo < from ? "no (gap \(NumberFormat.fixed(from - upTo, decimals: 3, minus: .typographic)) V)" : "yes",
            ])
        }
        out.paragraph("""
            The observed layer next to LiPON holds Li3PO4 together with Li3N and Li2O, and it touches a layer that still \
            contains Li metal. In equilibrium both would need Li3PO4 to be stable at the metal's potential and Li3PO4 and Li3N \
            to be stable at one common voltage. Li3PO4 and Li3N with each data set:
            """)
        out.table(["data", "Li3PO4 at 0 V (Li metal)", "ΔΦ (eV/atom)", "Li3PO4 stable from (V)", "Li3N stable up to (V)", "Li3PO4 and Li3N both stable at some voltage?"],
                  [.left, .left, .right, .right, .right, .left], rows)

        var findings: [String] = []
        if phosphateNextToMetal.isEmpty {
            findings.append("""
                **Li3PO4 is never in equilibrium with Li metal**, in any of the \(all.count) computed interphases — not even with \
                every Li–P phase removed, where it is reduced to elemental phosphorus instead: \
                `\(noLiPReaction.map { $0.reaction.replacingOccurrences(of: "->", with: "→") } ?? "–")` \
                (ΔΦ = \(NumberFormat.fixed(noLiPReaction?.grandPotentialChangePerAtom ?? 0, decimals: 3, minus: .typographic)) eV/atom at 0 V). Excluding the \
                phosphides changes what phosphorus becomes and lowers the voltage below which the phosphate is reduced, but not \
                whether it is reduced by the metal.
                """)
        } else {
            findings.append("Li3PO4 coexists with Li metal in: \(phosphateNextToMetal.map(\.electrolyte).joined(separator: ", ")).")
        }
        let disjoint = gaps.allSatisfy { $0.nitrideUpTo < $0.phosphateFrom }
        if disjoint {
            let gapText = gaps.map { "\(NumberFormat.fixed($0.phosphateFrom - $0.nitrideUpTo, decimals: 3, minus: .typographic)) V \($0.scenario)" }.joined(separator: ", ")
            // The Monte Carlo spread of the two limits (full data), combined as independent.
            let a = summaries["Li3PO4"]?.reductionLimitVoltage?.standardDeviation ?? 0
            let b = summaries["Li3N"]?.oxidationLimitVoltage?.standardDeviation ?? 0
            let spread = max((a * a + b * b).squareRoot(), 1e-9)
            let fullGap = gaps[0].phosphateFrom - gaps[0].nitrideUpTo
            let smallest = gaps.map { $0.phosphateFrom - $0.nitrideUpTo }.min()!
            findings.append("""
                **The observed Li2O + Li3N + Li3PO4 layer is not an equilibrium layer at any voltage** with any of the three data \
                sets: Li3N is oxidised above \(NumberFormat.fixed(gaps[0].nitrideUpTo, decimals: 3, minus: .typographic)) V and Li3PO4 reduced below \
                \(NumberFormat.fixed(gaps.map(\.phosphateFrom).min()!, decimals: 3, minus: .typographic))–\(NumberFormat.fixed(gaps.map(\.phosphateFrom).max()!, decimals: 3, minus: .typographic)) V, so there \
                is no voltage at which both are stable (gap: \(gapText)). How firm that is: the Monte Carlo spreads of the \
                two limits (below) combine to \(NumberFormat.fixed(spread, decimals: 3, minus: .typographic)) V, so the gap is \
                \(NumberFormat.fixed(fullGap / spread, decimals: 1, minus: .typographic)) \
                such spreads with the full data but only \(NumberFormat.fixed(smallest / spread, decimals: 1, minus: .typographic)) without Li–P phases — there \
                the argument rests on Li3PO4 meeting Li metal (a margin of \(NumberFormat.fixed(gaps.last!.phosphateFrom, decimals: 3, minus: .typographic)) V), not on \
                the gap.
                """)
        }
        if !phosphateLayers.isEmpty {
            findings.append("""
                Li3PO4 appears \(phosphateOnlyAtElectrolyte ? "only in the layer next to the electrolyte" : "in some layers") and \
                only for \(phosphateElectrolytes.joined(separator: ", ")), at \
                \(Set(phosphateLayers.map { NumberFormat.fixed($0.layer.voltage ?? 0, decimals: 3, minus: .typographic) }).sorted().joined(separator: " / ")) V: the bulk \
                composition is itself, inside its window, a mixture containing Li3PO4, so this Li3PO4 is part of the \
                electrolyte, not a product of reduction by the metal. For Li2PO2N no layer contains Li3PO4.
                """)
        }
        // What sits next to the metal.
        var nextToMetal: [String] = []
        for (scenario, index) in zip(scenarios, scenarios.indices) {
            let first = Set(profiles.map { $0[index].layers.first?.phases.map(\.formula) ?? [] }.map { $0.joined(separator: " + ") })
            let text = first.count == 1 ? Self.phaseList(first.first!.components(separatedBy: " + ")) : first.sorted().joined(separator: " / ")
            nextToMetal.append("\(scenario.name): \(text)")
        }
        let fullFirst = Set(all[0].layers.first?.phases.map(\.formula) ?? [])
        let constrainedFirst = Set(profiles[0].last!.layers.first?.phases.map(\.formula) ?? [])
        let withoutLi3PFirst = Set(profiles[0][1].layers.first?.phases.map(\.formula) ?? [])
        let sameForBoth = scenarios.indices.allSatisfy { index in
            Set(profiles.map { $0[index].layers.first?.phases.map(\.formula) ?? [] }).count == 1
        }
        var metalSentence = "Next to the metal\(sameForBoth ? " (both electrolytes give the same layer)" : ""): " + nextToMetal.joined(separator: "; ") + ". "
        let fullShared = fullFirst.intersection(cryoPhases).subtracting([lithium.symbol]).sorted()
        let fullExtra = fullFirst.subtracting(cryoPhases).sorted()
        metalSentence += "With the full data that layer has the observed \(fullShared.joined(separator: " and ")) plus \(fullExtra.joined(separator: ", ")), which cryo-EM does not see. "
        let replacement = withoutLi3PFirst.intersection(phosphides).sorted()
        if !replacement.isEmpty {
            metalSentence += "Removing Li3P alone only brings in the next phosphide (\(replacement.joined(separator: ", "))). "
        }
        let nitrogenCarriers = constrainedFirst.filter { contains($0, nitrogen) }.sorted()
        if !constrainedFirst.contains("Li3N") {
            metalSentence += "Removing every Li–P phase leaves elemental P, and nitrogen then ends in \(nitrogenCarriers.joined(separator: ", ")) rather than Li3N: the constrained equilibria agree with the observation *less* well, not better."
        }
        findings.append(metalSentence)
        out.bullets(findings)
        guard phosphateNextToMetal.isEmpty, disjoint else {
            out.paragraph("**In plain words.** With these data some computed interphase puts Li3PO4 next to Li metal or beside Li3N; see the findings above.")
            return
        }
        out.paragraph("""
            **In plain words.** No choice of excluded phases turns the calculated interphase into the observed one. In every \
            version of the data Li3PO4 is reduced by lithium, whatever phosphorus may become, and it cannot share a layer \
            with Li3N. So the interphase cryo-EM sees is not a constrained equilibrium but a kinetically limited one: oxygen and \
            nitrogen are reduced all the way (Li2O, Li3N, as in equilibrium), while phosphorus is not reduced at all — every \
            reduction of P⁵⁺, to Li3P or to P, is the step that does not happen. The Li3PO4 units of the glass are left \
            behind, metastable, holding a driving force they cannot act on. The calculation gives the end point and the \
            driving forces; the observed layers are that end point with phosphorus reduction switched off. Why that step is \
            inhibited — it needs the most electrons and all four P–O bonds broken, or the Li2O/Li3N layer stops electrons \
            before it can happen — these calculations cannot tell.
            """)
    }

    // MARK: (d) Uncertainty

    /// The Monte Carlo windows of ``monteCarloCompounds`` (σ, samples and seed fixed above).
    func monteCarloWindows() throws -> [String: MonteCarloWindowSummary] {
        let sigmas = try EnergyUncertainty.sigmas(of: dataset, policy: .global(Self.monteCarloSigma))
        var summaries: [String: MonteCarloWindowSummary] = [:]
        for formula in Self.monteCarloCompounds {
            summaries[formula] = try MonteCarloWindows.run(
                entries: dataset.allEntries, sigmas: sigmas, composition: try Composition(parsing: formula), formula: formula,
                openElement: lithium, samples: Self.monteCarloSamples, seed: Self.monteCarloSeed)
        }
        return summaries
    }

    func uncertaintyPart(_ out: inout StudyOutput, summaries: [String: MonteCarloWindowSummary]) throws {
        out.heading(3, "The window of Li2PO2N with uncertainty")
        out.paragraph("""
            Every compound's formation energy is given an independent normal error of σ = \
            \(NumberFormat.fixed(Self.monteCarloSigma, decimals: 3, minus: .typographic)) eV/atom (the elements are the references and stay fixed); \
            \(Self.monteCarloSamples) perturbed data sets (seed \(Self.monteCarloSeed), so the numbers below are the same on \
            every run) each give a window (`MonteCarloWindows`). Independent errors are a simplification: errors shared by \
            chemically similar compounds (the same oxide correction, say) partly cancel in a reaction, so the spread is \
            indicative, not a calibrated error bar.
            """)
        let lipon = window("Li2PO2N")
        let summary = summaries["Li2PO2N"]!
        func frequencies(_ list: [ProductSetFrequency]) -> String {
            list.prefix(4).map { item in
                (item.products.isEmpty ? "none" : Self.phaseList(item.products)) + " (\(NumberFormat.fixed(100 * item.frequency, decimals: 1, minus: .typographic)) %)"
            }.joined(separator: "; ") + (list.count > 4 ? "; \(list.count - 4) more" : "")
        }
        func statistics(_ s: LimitStatistics?) -> (String, String) {
            guard let s else { return ("–", "–") }
            return ("\(NumberFormat.fixed(s.mean, decimals: 3, minus: .typographic)) ± \(NumberFormat.fixed(s.standardDeviation, decimals: 3, minus: .typographic))", "\(NumberFormat.fixed(s.p05, decimals: 3, minus: .typographic))–\(NumberFormat.fixed(s.p95, decimals: 3, minus: .typographic))")
        }
        let reduction = statistics(summary.reductionLimitVoltage), oxidation = statistics(summary.oxidationLimitVoltage)
        out.table(["Li2PO2N", "exact (V)", "mean ± std (V)", "p05–p95 (V)", "Zhu 2015 (V)", "products beyond the limit (share of samples)"],
                  [.left, .right, .right, .right, .right, .left], [
                      ["reduction", NumberFormat.fixed(lipon.reductionLimitVoltage ?? 0, decimals: 3, minus: .typographic), reduction.0, reduction.1,
                       NumberFormat.fixed(Published.windows["Li2PO2N"]![0].reduction, decimals: 2, minus: .typographic), frequencies(summary.reductionProducts)],
                      ["oxidation", lipon.oxidationLimitVoltage.map { NumberFormat.fixed($0, decimals: 3, minus: .typographic) } ?? "–", oxidation.0, oxidation.1,
                       NumberFormat.fixed(Published.windows["Li2PO2N"]![0].oxidation, decimals: 2, minus: .typographic), frequencies(summary.oxidationProducts)],
                  ])
        var notes: [String] = []
        for (name, stats, published) in [
            ("reduction", summary.reductionLimitVoltage, Published.windows["Li2PO2N"]![0].reduction),
            ("oxidation", summary.oxidationLimitVoltage, Published.windows["Li2PO2N"]![0].oxidation),
        ] {
            guard let stats else { continue }
            let inside = published >= stats.p05 && published <= stats.p95
            notes.append("Zhu et al.'s \(name) limit (\(NumberFormat.fixed(published, decimals: 2, minus: .typographic)) V) is \(inside ? "inside" : "outside") the 5–95 % range of this one (\(NumberFormat.fixed(stats.p05, decimals: 3, minus: .typographic))–\(NumberFormat.fixed(stats.p95, decimals: 3, minus: .typographic)) V).")
        }
        for (name, exact, list) in [
            ("reduction", lipon.reductionProducts, summary.reductionProducts),
            ("oxidation", lipon.oxidationProducts, summary.oxidationProducts),
        ] {
            let key = exact.map(\.formula).sorted()
            guard let rank = list.firstIndex(where: { $0.products == key }) else {
                notes.append("The exact \(name) products (\(Self.names(exact))) occur in none of the samples.")
                continue
            }
            let share = NumberFormat.fixed(100 * list[rank].frequency, decimals: 1, minus: .typographic)
            notes.append(rank == 0
                ? "The exact \(name) products (\(Self.phaseList(key))) are also the most frequent set, in \(share) % of the samples."
                : "The exact \(name) products (\(Self.phaseList(key))) are only the \(Self.ordinal(rank + 1)) most frequent set (\(share) % of the samples): which phases form beyond the \(name) limit is less certain than the limit itself (\(list.count) different sets: several competing oxidation reactions lie within the energy noise of one another).")
        }
        if let stats = summary.oxidationLimitVoltage, let exact = lipon.oxidationLimitVoltage, stats.mean < exact - stats.standardDeviation / 10 {
            notes.append("The mean oxidation limit (\(NumberFormat.fixed(stats.mean, decimals: 3, minus: .typographic)) V) lies below the exact one (\(NumberFormat.fixed(exact, decimals: 3, minus: .typographic)) V): a limit is the first of several competing reactions, so noise in their energies moves it down more often than up.")
        }
        out.bullets(notes)

        var bars: [StabilityWindowsFigure.Bar] = []
        for formula in Self.monteCarloCompounds {
            var bar = try StabilityWindowsFigure.Bar(window: window(formula))
            bar.reductionProducts = bar.reductionProducts.replacingOccurrences(of: "Li2PNO2", with: "Li2PO2N")
            bar.oxidationProducts = bar.oxidationProducts.replacingOccurrences(of: "Li2PNO2", with: "Li2PO2N")
            let s = summaries[formula]!
            // A limit at exactly 0 V (stable against Li) gets no error bar.
            if let r = s.reductionLimitVoltage, r.p95 > 1e-9 { bar.reductionUncertainty = .init(lower: r.p05, upper: r.p95) }
            if let o = s.oxidationLimitVoltage { bar.oxidationUncertainty = .init(lower: o.p05, upper: o.p95) }
            bars.append(bar)
        }
        var figure = StabilityWindowsFigure(bars: bars, openElement: lithium)
        figure.title = "Stability windows with uncertainty (σ = \(NumberFormat.fixed(Self.monteCarloSigma, decimals: 3, minus: .typographic)) eV/atom, \(Self.monteCarloSamples) samples)"
        out.figure("stability-windows-uncertainty.svg", svg: try figure.svg(), alt: "Stability windows with error bars",
                   caption: "Windows from the exact hull (bars) with the 5th–95th percentile of each limit over the Monte Carlo samples (error bars).")
        var rows: [[String]] = []
        for formula in Self.monteCarloCompounds {
            let s = summaries[formula]!
            let r = statistics(s.reductionLimitVoltage), o = statistics(s.oxidationLimitVoltage)
            rows.append([formula, Self.range(window(formula)), r.0, r.1, o.0, o.1])
        }
        out.table(["material", "exact window", "reduction mean ± std (V)", "reduction p05–p95", "oxidation mean ± std (V)", "oxidation p05–p95"],
                  [.left, .left, .right, .right, .right, .right], rows)
    }
}
