import Interphase

extension LiponStudy {
    /// The Li2PO2N voltage profile and which end of a step a label refers to.
    func readingTheLimits(_ out: inout StudyOutput) throws {
        let window = window("Li2PO2N")
        out.heading(2, "Reading the limits: the voltage profile of Li2PO2N")
        out.paragraph("""
            A window is the flat, zero-uptake step of a staircase: the Li taken up (positive) or released (negative) per \
            formula unit at each voltage, every step with its own products. The profile is exact: its steps begin and end at \
            facet chemical potentials of the hull.
            """)
        out.figure("li2po2n-voltage-profile.svg", svg: try VoltageProfileFigure(window: window).svg(),
                   alt: "Voltage profile of Li2PO2N",
                   caption: "Li uptake of Li2PO2N against voltage; the stability window \(Self.range(window)) is shaded. Narrow steps carry numbers explained under the plot.")
        // The steps on each side of the window, and how each convention labels them.
        guard let start = window.profile.firstIndex(where: { abs($0.openElementUptake) < 1e-9 }) else { return }
        let shown = window.profile[max(0, start - 2)...min(window.profile.count - 1, start + 1)]
        var rows: [[String]] = []
        for step in shown {
            rows.append([
                "\(NumberFormat.fixed(step.voltageLow ?? 0, decimals: 3, minus: .typographic))–\(step.voltageHigh.map { NumberFormat.fixed($0, decimals: 3, minus: .typographic) } ?? "∞")",
                NumberFormat.signed(step.openElementUptake, decimals: 3, minus: .typographic),
                Self.amounts(step.products),
                step.voltageHigh.map { NumberFormat.fixed($0, decimals: 3, minus: .typographic) } ?? "–",
                NumberFormat.fixed(step.voltageLow ?? 0, decimals: 3, minus: .typographic),
            ])
        }
        out.table(["step (V)", "Li uptake", "products per Li2PO2N", "labelled by its high end (Zhu et al.)", "labelled by its low end (pymatgen `get_element_profile`)"],
                  [.left, .right, .left, .right, .right], rows)
        let below = window.stepBeyondReduction
        out.paragraph("""
            Zhu et al. label a step by its high-voltage end, so their "0.68 V → Li3P, LiPN2, Li2O" is the step *ending* at the \
            reduction limit (\(below.map { "\(NumberFormat.fixed($0.voltageLow ?? 0, decimals: 3, minus: .typographic))–\(NumberFormat.fixed($0.voltageHigh ?? 0, decimals: 3, minus: .typographic)) V" } ?? "–") here). \
            pymatgen's `get_element_profile` labels rows by their low end, so the row it prints at \
            \(NumberFormat.fixed(window.reductionLimitVoltage ?? 0, decimals: 3, minus: .typographic)) V holds Li2PO2N itself and the reduction products appear one row \
            earlier, at \(NumberFormat.fixed(below?.voltageLow ?? 0, decimals: 3, minus: .typographic)) V: reading "the products at the limit" off that table gives an \
            answer one step off. This study labels every step by its whole range and always gives the products of the first \
            step *beyond* a limit.
            """)
    }
}
