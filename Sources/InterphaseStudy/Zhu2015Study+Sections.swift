import Interphase

extension Zhu2015Study {
    /// The result of `Scripts/check_mp_windows.py` (pymatgen 2026.10.24, 20 random stable Li
    /// compounds, seed 2015) when this study was last regenerated: the generator cannot run
    /// pymatgen, so this one number is quoted, with the command that reproduces it.
    static let pymatgenCheck = (command: "python3 Scripts/check_mp_windows.py --count 20 --seed 2015",
                                compounds: 20, maxDifference: "2.4e-14 V")

    var sections: [(inout StudyOutput) throws -> Void] {
        [introduction, table, figure, causes, notReproduced, pymatgenAgreement, reproduction]
    }

    func render() throws -> StudyOutput {
        var output = StudyOutput()
        for section in sections { try section(&output) }
        return output
    }

    // MARK: Formatting helpers

    static func names(_ formulas: [String]) -> String {
        formulas.isEmpty ? "–" : formulas.map(LiponStudy.literatureName).joined(separator: ", ")
    }

    static func range(_ window: StabilityWindow) -> String {
        "\(NumberFormat.fixed(window.reductionLimitVoltage ?? 0, decimals: 3, minus: .typographic))–\(window.oxidationLimitVoltage.map { NumberFormat.fixed($0, decimals: 3, minus: .typographic) } ?? "∞")"
    }

    static func publishedRange(_ w: Published.Window) -> String {
        "\(NumberFormat.fixed(w.reduction, decimals: 2, minus: .typographic))–\(NumberFormat.fixed(w.oxidation, decimals: 2, minus: .typographic))"
    }

    static func verdict(_ check: LimitCheck) -> String {
        var parts: [String] = []
        parts.append(check.valueMatches ? "✓" : "Δ \(check.difference.map { NumberFormat.signed($0, decimals: 3, minus: .typographic) } ?? "–")")
        if let products = check.productsMatch { parts.append(products ? "same products" : "other products") }
        return parts.joined(separator: ", ")
    }

    // MARK: Sections

    func introduction(_ out: inout StudyOutput) throws {
        out.heading(1, "Zhu et al. 2015, Table 1, reproduced")
        out.paragraph("""
            Y. Zhu, X. He and Y. Mo (*ACS Appl. Mater. Interfaces* **7**, 23685 (2015)) computed the electrochemical \
            stability windows of solid electrolytes and coatings from the Materials Project (MP) data of 2015, after putting \
            compounds above the hull onto it. This page computes the same windows with Interphase from `\(dataset.name)` \
            (\(dataset.entries.count) MP compositions of about 2019–2020, Bartel et al. 2020, with MP's legacy corrections), \
            sets them beside the published ones, and traces every difference to its cause by recomputing with the cause \
            removed. Every number below except the published ones (`Sources/InterphaseStudy/PublishedValues.swift`) is \
            computed by the library when this page is generated.
            """)
        out.bullets([
            "**Convention**: Zhu et al.'s — a compound above the hull is first lowered onto it by its energy above hull plus 1e-8 eV/atom (`interphase window --stabilize`); each window uses the hull of the compound's chemical system plus Li (`PhaseDiagramAtlas`). Products are those of the first step beyond each limit.",
            "**Matches** means: both limits within \(NumberFormat.fixed(Published.zhuMatchTolerance, decimals: 2, minus: .typographic)) V of the published ones and, where the paper lists products, the same set of products.",
            "**Causes tried** for a mismatch, in this order: (b) for a sulfide, MP's legacy sulfide correction (\(NumberFormat.fixed(Published.mpLegacySulfideCorrection, decimals: 5, minus: .typographic)) eV per S atom, fitted after 2015) removed — +\(NumberFormat.fixed(-Published.mpLegacySulfideCorrection, decimals: 5, minus: .typographic)) eV per S atom added back to every compound containing S and no O; (a) phases of our data left out (`EntryConstraints`, `--exclude`): the products beyond a mismatching limit that the paper does not list there *and names nowhere in the table* (a phase it names was in its data), round after round while new ones appear, also on top of (b) when (b) alone does not match; (c) otherwise the energy by which the material would have to move relative to its products to give the published limit (|ΔV| × Li exchanged / atoms per formula unit).",
        ])
    }

    func table(_ out: inout StudyOutput) throws {
        out.heading(2, "The table: ours beside Zhu et al.'s")
        var rows: [[String]] = []
        for m in materials {
            let w = m.asGiven.window
            let published = m.row.window
            let hull: String
            if !m.inData {
                hull = "absent"
            } else {
                let ours = NumberFormat.fixed((w.energyAboveHull ?? 0) * 1000, decimals: 0, minus: .typographic)
                hull = ours + (m.row.energyAboveHull.map { " (\(NumberFormat.fixed($0, decimals: 0, minus: .typographic)))" } ?? "")
            }
            rows.append([
                "**\(LiponStudy.literatureName(m.row.formula))**" + (m.row.isCoating ? " (coating)" : ""),
                m.materialID ?? (m.inData ? "no id" : "–"),
                hull,
                Self.range(w),
                Self.publishedRange(published),
                Self.names(m.asGiven.checks[0].computedProducts),
                Self.names(published.reductionProducts),
                Self.names(m.asGiven.checks[1].computedProducts),
                Self.names(published.oxidationProducts),
                m.asGiven.matches ? "matches" : (m.explanation.map { $0.label } ?? "(c)"),
            ])
        }
        out.table(["material", "MP id", "E_hull meV/atom (Zhu)", "ours (V)", "Zhu (V)", "ours: reduction →", "Zhu: reduction →",
                   "ours: oxidation →", "Zhu: oxidation →", "verdict"],
                  [.left, .left, .right, .right, .right, .left, .left, .left, .left, .left], rows)
        let stabilized = materials.filter { $0.asGiven.window.stabilized }
        out.paragraph("""
            "Ours" is `\(dataset.name)` as given, with `--stabilize`. \(stabilized.count) compounds are above the hull of \
            these data and were put onto it first: \(stabilized.map { "\($0.row.formula) (\(NumberFormat.fixed(($0.asGiven.window.energyAboveHull ?? 0) * 1000, decimals: 1, minus: .typographic)) meV/atom)" }.joined(separator: ", ")); \
            Zhu et al. report \(Published.zhuTable1.compactMap { r in r.energyAboveHull.map { "\(r.formula) \(NumberFormat.fixed($0, decimals: 0, minus: .typographic))" } }.joined(separator: ", ")) \
            meV/atom. \(materials.filter { !$0.inData }.map(\.row.formula).joined(separator: ", ")) is absent from the data: its window is \
            the zero-uptake step of its (charge-balanced) composition on the hull of the others. Zhu et al. give no products for \
            the coatings LiNbO3, Li4Ti5O12, Li2SiO3 and LiTaO3; there only the voltages are compared. The verdict names the \
            first treatment of the data under which the window matches (next sections).
            """)
    }

    func figure(_ out: inout StudyOutput) throws {
        var bars: [StabilityWindowsFigure.Bar] = []
        for m in materials {
            let name = LiponStudy.literatureName(m.row.formula)
            var ours = try StabilityWindowsFigure.Bar(window: m.asGiven.window)
            ours.name = name + " · ours"
            ours.reductionProducts = ours.reductionProducts.replacingOccurrences(of: "Li2PNO2", with: "Li2PO2N")
            bars.append(ours)
            if let explained = m.explanation, !m.asGiven.matches {
                var bar = try StabilityWindowsFigure.Bar(window: explained.window)
                bar.name = name + " · " + String(explained.label.prefix { $0 != " " })
                bars.append(bar)
            }
            let p = m.row.window
            bars.append(StabilityWindowsFigure.Bar(
                name: name + " · Zhu", reductionLimit: p.reduction, oxidationLimit: p.oxidation,
                reductionProducts: p.reductionProducts.joined(separator: ", "),
                oxidationProducts: p.oxidationProducts.joined(separator: ", ")))
        }
        var figure = StabilityWindowsFigure(bars: bars, openElement: lithium, maximumVoltage: 5)
        figure.width = 1000
        figure.title = "Zhu et al. 2015, Table 1: ours (mp-legacy, stabilised) beside the published windows"
        out.figure("zhu2015-windows.svg", svg: try figure.svg(), alt: "Stability windows: ours beside Zhu et al.'s",
                   caption: "For each material: our window from mp-legacy as given (· ours), the window under the treatment that explains the difference where there is one ((a) phases left out, (b) sulfide correction removed), and Zhu et al.'s published window (· Zhu; products as published, none given for the coatings).")
    }

    func causes(_ out: inout StudyOutput) throws {
        out.heading(2, "Every difference and its cause")
        let differing = materials.filter { !$0.asGiven.matches }
        let matching = materials.filter(\.asGiven.matches)
        out.paragraph("""
            Matching as given (\(matching.count) of \(materials.count)): \(matching.map { LiponStudy.literatureName($0.row.formula) }.joined(separator: ", ")). \
            The \(differing.count) others, each recomputed with the candidate causes removed:
            """)
        var rows: [[String]] = []
        for m in differing {
            for e in [m.asGiven] + m.tried {
                rows.append([
                    LiponStudy.literatureName(m.row.formula), e.label,
                    e.excluded.isEmpty ? "–" : e.excluded.joined(separator: ", "),
                    Self.range(e.window),
                    Self.names(e.checks[0].computedProducts) + " (" + Self.verdict(e.checks[0]) + ")",
                    Self.names(e.checks[1].computedProducts) + " (" + Self.verdict(e.checks[1]) + ")",
                    e.matches ? "**matches**" : "no",
                ])
            }
        }
        out.table(["material", "data", "left out", "window (V)", "reduction → (vs Zhu)", "oxidation → (vs Zhu)", "matches Zhu"],
                  [.left, .left, .left, .right, .left, .left, .left], rows)
        var items: [String] = []
        for m in differing { items.append(explanation(of: m)) }
        out.bullets(items)
        let sulfides = materials.filter { m in
            let c = try? Composition(parsing: m.row.formula)
            return c?.contains(sulfur) == true && c?.contains(oxygen) == false
        }
        let explainedByB = sulfides.filter { $0.explanation?.label.hasPrefix("(b)") == true }
        out.paragraph("""
            **Summary.** \(explainedByB.count) of \(sulfides.count) sulfides match Zhu et al. — limits and products — once MP's \
            legacy sulfide correction is taken out, and no phase has to be left out for them: the polysulfides (LiS4) and \
            S-rich thiophosphates (P2S7) that appear among our oxidation products are stable only *because* of the \
            correction, which lowers every sulfide by \(NumberFormat.fixed(-Published.mpLegacySulfideCorrection, decimals: 3, minus: .typographic)) eV per S and \
            so favours S-rich compounds over elemental S. Reduction limits conserve S among sulfides (no S is released), so \
            the correction cancels in them, which is why they matched already. Leaving LiS4 out while keeping the correction \
            does not help: the oxidation limits then sit \(NumberFormat.fixed(-Published.mpLegacySulfideCorrection, decimals: 3, minus: .typographic)) eV per S \
            released too high\(lithiumSulfideExample).
            """)
    }

    /// ` (Li2S → S at 2.341 V instead of 2.01 V)`, from Li2S's evaluation with phases left out.
    var lithiumSulfideExample: String {
        guard let m = materials.first(where: { $0.row.formula == "Li2S" }),
              let e = m.tried.first(where: { !$0.excluded.isEmpty && !$0.removesSulfideCorrection }),
              let v = e.window.oxidationLimitVoltage else { return "" }
        return " (Li2S → \(Self.names(e.checks[1].computedProducts)) at \(NumberFormat.fixed(v, decimals: 3, minus: .typographic)) V instead of \(NumberFormat.fixed(m.row.window.oxidation, decimals: 2, minus: .typographic)) V: \(NumberFormat.fixed(-Published.mpLegacySulfideCorrection, decimals: 3, minus: .typographic)) eV per S over 2 Li)"
    }

    /// One material's difference in words, from what was computed.
    func explanation(of m: Material) -> String {
        let name = "**\(LiponStudy.literatureName(m.row.formula))**"
        let failing = m.asGiven.checks.filter { !$0.matches }
        func limitName(_ c: LimitCheck) -> String { c.isReduction ? "reduction" : "oxidation" }
        var text = "\(name): " + failing.map { c in
            "\(limitName(c)) \(c.computed.map { NumberFormat.fixed($0, decimals: 3, minus: .typographic) } ?? "never") V vs \(NumberFormat.fixed(c.published, decimals: 2, minus: .typographic)) V" +
                (c.productsMatch == false ? " (→ \(Self.names(c.computedProducts)) vs \(Self.names(c.publishedProducts)))" : "")
        }.joined(separator: "; ") + ". "
        guard let e = m.explanation else {
            let shifts = failing.map { c in
                "\(limitName(c)): \(NumberFormat.fixed(c.energyPerAtom * 1000, decimals: 1, minus: .typographic)) meV/atom (Li exchanged \(NumberFormat.fixed(c.exchanged, decimals: 3, minus: .typographic)) per formula unit, → \(Self.names(c.computedProducts)))"
            }
            let excludedTry = m.tried.first { !$0.excluded.isEmpty }
            text += (excludedTry.map { "Leaving out \($0.excluded.joined(separator: ", ")) does not restore it (\(Self.range($0.window)) V). " } ?? "")
            text += "No phase or correction accounts for it, so it is (c) a revision of the energies between the MP of 2015 and these data; the material would have to move relative to its products by " + shifts.joined(separator: "; ") + " — the size of an MP recalculation or a changed polymorph."
            return text
        }
        if e.removesSulfideCorrection && e.excluded.isEmpty {
            text += "(b): with the sulfide correction removed the window is \(Self.range(e.window)) V → \(Self.names(e.checks[0].computedProducts)) / \(Self.names(e.checks[1].computedProducts)), matching Zhu et al. with the same products."
            return text
        }
        let lacksProducts = m.row.window.reductionProducts.isEmpty && m.row.window.oxidationProducts.isEmpty
        text += "(a): leaving out \(e.excluded.joined(separator: ", "))\(e.removesSulfideCorrection ? " (with the sulfide correction removed)" : "") gives \(Self.range(e.window)) V → \(Self.names(e.checks[0].computedProducts)) / \(Self.names(e.checks[1].computedProducts))"
        text += lacksProducts ? ", Zhu et al.'s voltages (they give no products, so the agreement is on the voltage alone)." : ", Zhu et al.'s limits and products."
        if let rise = m.requiredRise {
            text += " The same happens if \(e.excluded.count == 1 ? "it lies" : "they lie") at least \(NumberFormat.fixed(rise * 1000, decimals: 1, minus: .typographic)) meV/atom higher than in these data"
        }
        let ids = e.excluded.map { formula in
            let id = dataset.entries.filter { $0.formula == formula }.compactMap(\.id).first
            return "\(formula): \(id ?? "no id in these data")"
        }
        text += " (\(ids.joined(separator: "; "))). "
        let binary = e.excluded.allSatisfy { (try? Composition(parsing: $0).elements.count) == 2 }
        text += binary
            ? "A binary such as this was surely in MP in 2015, so the likelier reading is a revised energy of it (c) rather than a new phase."
            : "Either it was not in MP's data of 2015 or it lay higher there."
        return text
    }

    func notReproduced(_ out: inout StudyOutput) throws {
        out.heading(2, "Not reproduced")
        out.bullets(Published.zhuNotReproduced.map { "**\($0.formula)** (Zhu: \($0.published)): \($0.reason)." })
    }

    func pymatgenAgreement(_ out: inout StudyOutput) throws {
        out.heading(2, "Any other lithium compound: agreement with pymatgen")
        out.paragraph("""
            Windows of any other lithium compound in the set agree with pymatgen on the same data: \
            `Scripts/check_mp_windows.py` takes \(Self.pymatgenCheck.compounds) random stable lithium compounds of \
            `mp-legacy`, computes each window with `interphase window --data mp-legacy --format json` and with pymatgen's \
            `PhaseDiagram.get_element_profile` on the same entries (pymatgen 2026.10.24, a check only, not a dependency), and \
            reports the largest difference of any limit: **max |ΔV| = \(Self.pymatgenCheck.maxDifference)** (compounds from \
            binaries to KLi3Zr2(Si2O5)6 and Li8V3P8O29). This number is quoted from the script's last run, not recomputed by \
            the generator:
            """)
        out.code("swift build -c release && \(Self.pymatgenCheck.command)", language: "sh")
    }

    func reproduction(_ out: inout StudyOutput) throws {
        out.heading(2, "Reproducing this page")
        out.code("swift run interphase-study Notebooks-export zhu2015-table1", language: "sh")
        out.paragraph("""
            writes this `README.md` and `figures/*.svg` from the data compiled into the library (`\(dataset.name)`); \
            byte-identical on every run, and CI regenerates it and fails when it differs from the committed copy. Any \
            single window can be checked with the CLI, e.g. `interphase window Li4Ti5O12 --data mp-legacy --stabilize \
            --exclude Li7Ti10O24`. References: Zhu, He & Mo 2015 (above); C. J. Bartel et al., *npj Comput. Mater.* **6**, 97 \
            (2020) (the data, CC BY 4.0); A. Jain et al., *APL Mater.* **1**, 011002 (2013) (the Materials Project).
            """)
    }
}
