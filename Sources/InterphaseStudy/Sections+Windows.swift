import Interphase

extension LiponStudy {
    /// One comparison of a computed limit with a published one.
    struct LimitComparison {
        var formula: String
        var published: Published.Window
        var isReduction: Bool
        var computed: Double
        var publishedValue: Double
        /// Li atoms exchanged per formula unit in the step beyond the limit.
        var exchanged: Double
        var atomsPerFormulaUnit: Double

        var difference: Double { computed - publishedValue }
        /// The difference as an energy of the material relative to the products beyond the limit.
        var energyPerAtom: Double { abs(difference) * exchanged / atomsPerFormulaUnit }
        /// Within the published rounding or reading uncertainty, after rounding ours to 0.001 V.
        var agrees: Bool { abs(difference) <= published.uncertainty + 0.0005 }
    }

    /// Every published limit of `formula` against ours (limits at 0 V on both sides are skipped:
    /// stable against Li metal in both).
    func comparisons(_ formula: String) throws -> [LimitComparison] {
        let window = window(formula)
        let atoms = try Composition(parsing: formula).numberOfAtoms
        var result: [LimitComparison] = []
        for published in Published.windows[formula] ?? [] {
            let ours = window.reductionLimitVoltage ?? 0
            if !(published.reduction == 0 && ours == 0) {
                result.append(LimitComparison(
                    formula: formula, published: published, isReduction: true, computed: ours,
                    publishedValue: published.reduction,
                    exchanged: abs(window.stepBeyondReduction?.openElementUptake ?? 0), atomsPerFormulaUnit: atoms))
            }
            if let oxidation = window.oxidationLimitVoltage {
                result.append(LimitComparison(
                    formula: formula, published: published, isReduction: false, computed: oxidation,
                    publishedValue: published.oxidation,
                    exchanged: abs(window.stepBeyondOxidation?.openElementUptake ?? 0), atomsPerFormulaUnit: atoms))
            }
        }
        return result
    }

    /// `0.68–2.63 V (Zhu 2015)` for every published window of `formula`, or `–`.
    static func publishedRanges(_ formula: String, source: Published.Source? = nil) -> String {
        let windows = (Published.windows[formula] ?? []).filter { source == nil || $0.source == source }
        guard !windows.isEmpty else { return "–" }
        return windows.map { window in
            let text = "\(NumberFormat.fixed(window.reduction, decimals: 2, minus: .typographic))–\(NumberFormat.fixed(window.oxidation, decimals: 2, minus: .typographic)) V"
            return source == nil ? "\(text) (\(window.source.rawValue))" : text
        }.joined(separator: "; ")
    }

    /// The windows of the crystalline compounds against Zhu et al. and Richards et al.
    func compoundWindows(_ out: inout StudyOutput) throws {
        out.heading(2, "Stability windows of the crystalline compounds")
        var rows: [[String]] = []
        for formula in Self.compounds {
            let window = window(formula)
            let index = try entryIndex(formula)
            let decomposition = index.flatMap { diagram.decompositionEnergy(ofEntryAt: $0) }
            rows.append([
                "**\(formula)**",
                index.flatMap { diagram.entries[$0].id } ?? "–",
                decomposition.map { NumberFormat.fixed($0 * 1000, decimals: 1, minus: .typographic) } ?? "–",
                NumberFormat.fixed(window.reductionLimitVoltage ?? 0, decimals: 3, minus: .typographic),
                Self.names(window.reductionProducts),
                window.oxidationLimitVoltage.map { NumberFormat.fixed($0, decimals: 3, minus: .typographic) } ?? "never",
                Self.names(window.oxidationProducts),
                Self.publishedRanges(formula, source: .zhu2015),
                Self.publishedRanges(formula, source: .richards2016),
            ])
        }
        out.table(["material", "MP id", "ΔHd (meV/atom)", "reduction (V)", "→ products", "oxidation (V)", "→ products",
                   "Zhu 2015", "Richards 2016"],
                  [.left, .left, .right, .right, .left, .right, .left, .left, .left], rows)
        out.paragraph("""
            ΔHd is Bartel et al.'s decomposition energy computed by the library (negative: the distance below the hull of all \
            other phases, i.e. how stable the compound is). Products are listed without amounts, as Zhu et al. do; amounts are \
            in the profiles below. LiPN2 and Li7PN4 have no published window in these two papers.
            """)

        out.heading(3, "Against the published limits")
        var comparisonRows: [[String]] = []
        var all: [LimitComparison] = []
        for formula in Self.compounds { all += try comparisons(formula) }
        for c in all {
            comparisonRows.append([
                c.formula, c.published.source.rawValue + " (\(c.published.origin))", c.isReduction ? "reduction" : "oxidation",
                NumberFormat.fixed(c.publishedValue, decimals: 2, minus: .typographic) + " ± " + NumberFormat.fixed(c.published.uncertainty, decimals: 3, minus: .typographic),
                NumberFormat.fixed(c.computed, decimals: 3, minus: .typographic), NumberFormat.signed(c.difference, decimals: 3, minus: .typographic), NumberFormat.fixed(c.energyPerAtom * 1000, decimals: 1, minus: .typographic),
                c.agrees ? "agrees" : "differs",
            ])
        }
        out.table(["material", "published in", "limit", "published (V)", "this study (V)", "Δ (V)", "Δ as energy (meV/atom)", ""],
                  [.left, .left, .left, .right, .right, .right, .right, .left], comparisonRows)
        out.paragraph("""
            ± is the precision of the published number: ±0.005 V for a table given to 0.01 V, ±0.02 or ±0.03 V for a value \
            read from a figure. "Δ as energy" is |Δ| × (Li exchanged in the step beyond the limit) / (atoms per formula unit): \
            how much the energy of the material relative to its products would have to move to account for the difference.
            """)
        out.bullets(try windowExplanations(all))

        let windowsFigure = try StabilityWindowsFigure(windows: windows.map(\.window))
        var figure = windowsFigure
        figure.bars = zip(windows, windowsFigure.bars).map { pair in
            var bar = pair.1
            if pair.0.window.windowWithinTolerance { bar.name += " *" }
            bar.reductionProducts = bar.reductionProducts.replacingOccurrences(of: "Li2PNO2", with: "Li2PO2N")
            bar.oxidationProducts = bar.oxidationProducts.replacingOccurrences(of: "Li2PNO2", with: "Li2PO2N")
            return bar
        }
        figure.title = "Stability windows of LiPON and its relatives vs Li/Li⁺"
        out.figure("stability-windows.svg", svg: try figure.svg(), alt: "Stability windows bar chart",
                   caption: "Stability windows computed from the bundled data: each bar is the zero-uptake range; reduction products at its left end, oxidation products at its right end. The last three rows are bulk LiPON compositions (below); * = window within the uptake tolerance (not exactly charge-balanced).")
    }

    /// Why each computed limit differs from (or agrees with) the published one, in words.
    func windowExplanations(_ all: [LimitComparison]) throws -> [String] {
        func describe(_ c: LimitComparison) -> String {
            "\(c.isReduction ? "reduction" : "oxidation") \(NumberFormat.fixed(c.computed, decimals: 3, minus: .typographic)) vs \(NumberFormat.fixed(c.publishedValue, decimals: 2, minus: .typographic)) V"
        }
        var items: [String] = []
        for formula in Self.compounds {
            let mine = all.filter { $0.formula == formula }
            guard !mine.isEmpty else { continue }
            let window = window(formula)
            var sentences: [String] = []
            for source in [Published.Source.zhu2015, .richards2016] {
                let bySource = mine.filter { $0.published.source == source }
                guard !bySource.isEmpty else { continue }
                let agreeing = bySource.filter(\.agrees), differing = bySource.filter { !$0.agrees }
                if !agreeing.isEmpty {
                    sentences.append("Against \(source.rawValue) the \(agreeing.map(describe).joined(separator: " and ")) agree within the published precision.")
                }
                for c in differing {
                    let reason: String
                    switch source {
                    case .zhu2015:
                        reason = "the data version (MP of 2015 vs MP of about 2019): the difference is \(NumberFormat.fixed(c.energyPerAtom * 1000, decimals: 1, minus: .typographic)) meV/atom, the size of a recalculation or a polymorph change between MP releases"
                    case .richards2016:
                        reason = "Richards et al.'s hull, which takes experimental formation energies where they exist; \(NumberFormat.fixed(c.energyPerAtom * 1000, decimals: 0, minus: .typographic)) meV/atom is a typical DFT–experiment difference"
                    }
                    sentences.append("Against \(source.rawValue) the \(describe(c)) (Δ \(NumberFormat.signed(c.difference, decimals: 3, minus: .typographic)) V) differs; the cause is \(reason).")
                }
                // Products, where published.
                for published in Published.windows[formula] ?? [] where published.source == source {
                    if !published.reductionProducts.isEmpty {
                        sentences.append(productsSentence(published.reductionProducts, window.reductionProducts, "reduction", source))
                    }
                    if !published.oxidationProducts.isEmpty {
                        sentences.append(productsSentence(published.oxidationProducts, window.oxidationProducts, "oxidation", source))
                    }
                }
            }
            if let note = Self.materialNotes[formula] { sentences.append(note(window)) }
            items.append("**\(formula)**: " + sentences.joined(separator: " "))
        }
        return items
    }

    private func productsSentence(_ published: [String], _ computed: [PhaseAmount], _ side: String, _ source: Published.Source) -> String {
        let ours = Set(computed.map { Self.literatureName($0.formula) })
        if ours == Set(published) {
            return "The \(side) products (\(published.joined(separator: ", "))) are the same as \(source.rawValue)'s."
        }
        return "The \(side) products differ: \(source.rawValue) \(published.joined(separator: ", ")), here \(Self.names(computed))."
    }

    /// What sets a limit, per material, in words that use the computed products.
    static let materialNotes: [String: @Sendable (StabilityWindow) -> String] = [
        "Li2PO2N": { window in
            "Li2PO2N is on the hull of the bundled data, so Zhu et al.'s stabilisation changes nothing; its oxidation limit is the reaction \(Self.reaction(beyondOxidationOf: window))."
        },
        "Li3PO4": { window in
            "The reduction limit is the reaction \(Self.reaction(beyondReductionOf: window)) — the same reaction sets the reduction limit of every bulk LiPON composition (below), in both this study and Richards et al.'s."
        },
        "Li3N": { window in
            "The oxidation limit is \(Self.reaction(beyondOxidationOf: window)); nitrogen atoms are conserved in it, so MP's fitted N2 reference cancels and only the GGA energies of Li3N and LiN3 matter."
        },
        "Li2O": { window in
            "The oxidation limit is \(Self.reaction(beyondOxidationOf: window)): oxide and peroxide carry different MP corrections (legacy −0.70229 vs −0.46622 eV per O; MP2020 −0.687 vs −0.465), so this limit is as much a property of the correction scheme as of DFT; newer MP data move oxidation limits up by 0.1–0.4 V."
        },
        "Li3P": { window in
            "The oxidation limit is \(Self.reaction(beyondOxidationOf: window)); neither phase carries an MP correction."
        },
    ]

    static func reaction(beyondOxidationOf window: StabilityWindow) -> String {
        guard let step = window.stepBeyondOxidation else { return "–" }
        return "`" + step.reaction.replacingOccurrences(of: "->", with: "→") + "`"
    }

    static func reaction(beyondReductionOf window: StabilityWindow) -> String {
        guard let step = window.stepBeyondReduction else { return "–" }
        return "`" + step.reaction.replacingOccurrences(of: "->", with: "→") + "`"
    }
}
