import Interphase

extension LiponStudy {
    /// Nominal charge of a composition with Li⁺, P⁵⁺, O²⁻, N³⁻ (a check of charge balance).
    func nominalCharge(_ formula: String) throws -> Double {
        let composition = try Composition(parsing: formula)
        return composition[lithium] + 5 * composition[phosphorus] - 2 * composition[oxygen] - 3 * composition[nitrogen]
    }

    /// The windows of bulk (amorphous) LiPON compositions.
    func bulkLiPONWindows(_ out: inout StudyOutput) throws {
        out.heading(2, "Bulk LiPON compositions")
        out.paragraph("""
            Amorphous LiPON has no entry in the data; its composition is placed in the Li–P–O–N hull and its own profile \
            gives the window (Zhu et al.'s stabilisation does not apply to a composition that is not in the data).
            """)
        var rows: [[String]] = []
        for (formula, origin) in Self.bulkCompositions {
            let window = window(formula)
            let inside = window.profile.first { ($0.voltageLow ?? 0) >= (window.reductionLimitVoltage ?? 0) - 1e-9 }
            rows.append([
                "**\(formula)**", origin, NumberFormat.signed(try nominalCharge(formula), decimals: 2, minus: .typographic),
                Self.range(window) + (window.windowWithinTolerance ? " *" : ""),
                inside.map { Self.amounts($0.products).replacingOccurrences(of: "Li2PNO2", with: "Li2PO2N") } ?? "–",
                Self.names(window.reductionProducts), Self.names(window.oxidationProducts),
                Self.publishedRanges(formula),
            ])
        }
        out.table(["composition", "origin", "nominal charge", "window", "phases inside the window (per formula unit)",
                   "reduction →", "oxidation →", "published"],
                  [.left, .left, .right, .left, .left, .left, .left, .left], rows)

        // What the numbers say, checked rather than assumed.
        let bulk = Self.bulkCompositions.map { window($0.formula) }
        let phosphate = window("Li3PO4")
        let sameLimits = bulk.allSatisfy {
            abs(($0.reductionLimitVoltage ?? 0) - (bulk[0].reductionLimitVoltage ?? 0)) < 1e-9
                && abs(($0.oxidationLimitVoltage ?? 0) - (bulk[0].oxidationLimitVoltage ?? 0)) < 1e-9
        }
        let reductionIsPhosphate = bulk.allSatisfy {
            abs(($0.reductionLimitVoltage ?? 0) - (phosphate.reductionLimitVoltage ?? 0)) < 1e-9
        }
        let richards = window("Li3.2PO3.8N0.2")
        var explanation: [String] = []
        let insidePhases = bulk.map { w in
            Set(w.profile.first { ($0.voltageLow ?? 0) >= (w.reductionLimitVoltage ?? 0) - 1e-9 }?.products.map { Self.literatureName($0.formula) } ?? [])
        }
        if sameLimits, insidePhases.allSatisfy({ $0 == insidePhases[0] }) {
            explanation.append("All three compositions have the same limits: inside the window each is a mixture of the same phases (\(insidePhases[0].sorted().joined(separator: ", "))), only in different amounts, and the limits belong to that region of the phase diagram, not to the composition.")
        }
        if reductionIsPhosphate {
            explanation.append("The reduction limit (\(NumberFormat.fixed(phosphate.reductionLimitVoltage ?? 0, decimals: 3, minus: .typographic)) V) is that of Li3PO4: the Li3PO4 in the mixture is reduced first, \(Self.reaction(beyondReductionOf: richards)).")
        }
        explanation.append("Above the oxidation limit (\(richards.oxidationLimitVoltage.map { NumberFormat.fixed($0, decimals: 3, minus: .typographic) } ?? "–") V) Li2O and Li2PO2N react and release Li: \(Self.reaction(beyondOxidationOf: richards)). Nitrogen leaves as LiN3 just above the limit and as N2 at higher voltages.")
        let published = Published.windows["Li3.2PO3.8N0.2"]!.first!
        let shift = try richardsShiftSentence()
        explanation.append("""
            Richards et al. find \(NumberFormat.fixed(published.reduction, decimals: 2, minus: .typographic))–\(NumberFormat.fixed(published.oxidation, decimals: 2, minus: .typographic)) V for the same \
            composition (Δ \(NumberFormat.signed((richards.reductionLimitVoltage ?? 0) - published.reduction, decimals: 3, minus: .typographic)) and \
            \(NumberFormat.signed((richards.oxidationLimitVoltage ?? 0) - published.oxidation, decimals: 3, minus: .typographic)) V) and the same mechanism: oxidation \
            to \(published.oxidationProducts.joined(separator: " + ")), and a reduction limit equal to their Li3PO4's \
            (\(NumberFormat.fixed(Published.windows["Li3PO4"]!.first { $0.source == .richards2016 }!.reduction, decimals: 2, minus: .typographic)) V). The numbers \
            differ because their hull takes experimental formation energies where they exist\(shift); the \
            window's *structure* is the same.
            """)
        // The composition that is not charge-balanced.
        if let (formula, _) = Self.bulkCompositions.first(where: { window($0.formula).windowWithinTolerance }) {
            let w = window(formula)
            let inside = w.profile.first { ($0.voltageLow ?? 0) >= (w.reductionLimitVoltage ?? 0) - 1e-9 }
            let atZero = w.profile.first
            explanation.append("""
                \(formula) is not charge-balanced: with Li⁺, P⁵⁺, O²⁻ and N³⁻ its nominal charge is \
                \(NumberFormat.signed(try nominalCharge(formula), decimals: 2, minus: .typographic)) (its measured stoichiometry is rounded). No step of its profile \
                has exactly zero uptake — in the step that should be the window it releases \
                \(NumberFormat.fixed(-(inside?.openElementUptake ?? 0), decimals: 3, minus: .typographic)) Li per formula unit, and at 0 V it takes up \
                \(NumberFormat.fixed(atZero?.openElementUptake ?? 0, decimals: 3, minus: .typographic)) Li instead of 8 — so the library falls back to the range where \
                |uptake| ≤ \(NumberFormat.fixed(w.uptakeTolerance ?? 0, decimals: 2, minus: .typographic)) Li per formula unit and flags it \
                (`window_within_tolerance: true`, marked * above). The fallback picks exactly that one step, so the window is the \
                one its charge-balanced neighbours have.
                """)
        }
        out.bullets(explanation)
    }

    /// Whether every Richards et al. limit lies on the same side of ours, in words.
    func richardsShiftSentence() throws -> String {
        var differences: [Double] = []
        for formula in Self.compounds {
            differences += try comparisons(formula).filter { $0.published.source == .richards2016 && !$0.agrees }.map { -$0.difference }
        }
        guard !differences.isEmpty else { return "" }
        if differences.allSatisfy({ $0 > 0 }) {
            return " (where their limits for the crystalline compounds differ from ours they are all higher, by \(NumberFormat.fixed(differences.min()!, decimals: 2, minus: .typographic))–\(NumberFormat.fixed(differences.max()!, decimals: 2, minus: .typographic)) V)"
        }
        return ""
    }
}
