import Interphase

extension LiponStudy {
    /// Windows at fixed nitrogen and oxygen chemical potentials set by a gas (issue 17).
    func underGases(_ out: inout StudyOutput) throws {
        out.heading(2, "Under nitrogen and oxygen: windows at fixed chemical potentials")
        out.paragraph("""
            The windows above hold every element but Li closed: N and O can leave only as N2 or O2 at their \
            references. LiPON is made by sputtering Li3PO4 in nitrogen, and a cathode surface may release oxygen, \
            so here N or O is held at the chemical potential of a gas at 298.15 K (NIST-JANAF tables; the data's \
            fitted N2 and O2 references stand for the gas at 298.15 K, the solids' entropy is neglected) while Li \
            is swept. A window is then the range over which the compound exchanges neither Li nor the gas's \
            element; phases made only of Li and that element (Li3N, Li2O2, …) drop out, as in pymatgen's \
            `GrandPotentialPhaseDiagram` with both open.
            """)
        let conditions: [(formula: String, gas: Gas, pressure: Double, label: String)] = [
            ("Li2PO2N", .N2, 1, "1 bar N2"),
            ("Li2PO2N", .N2, 1e-6, "10⁻⁶ bar N2"),
            ("Li3PO4", .N2, 1, "1 bar N2"),
            ("Li3PO4", .O2, 0.21, "0.21 bar O2 (air)"),
        ]
        var rows: [[String]] = []
        for condition in conditions {
            let gas = try condition.gas.openElement(pressure: condition.pressure)
            let closed = window(condition.formula)
            let fixed = try atlas.stabilityWindow(
                of: try Composition(parsing: condition.formula), formula: condition.formula, openElement: lithium, fixed: [gas])
            rows.append([
                Self.literatureName(condition.formula), condition.label,
                NumberFormat.fixed(gas.chemicalPotential, decimals: 4, minus: .typographic),
                fixed.windowEmpty ? "empty" : Self.range(fixed),
                fixed.windowEmpty ? "–" : Self.names(fixed.reductionProducts),
                fixed.windowEmpty ? "–" : Self.names(fixed.oxidationProducts),
                Self.range(closed),
            ])
        }
        out.table(["compound", "atmosphere", "μ − μ⁰ (eV per atom)", "window (V)", "reduction products", "oxidation products", "window, N and O closed (V)"],
                  [.left, .left, .right, .left, .left, .left, .left], rows)
        out.paragraph("""
            Under nitrogen Li2PO2N is reduced at a higher voltage than with N closed: its first reduction step takes \
            up N2 as well as Li (Li2PO2N + 3 Li + ½ N2 → 2 Li2O + LiPN2), and its oxidation releases N2 to the \
            atmosphere a little earlier. Li3PO4 under 1 bar N2 takes up nitrogen on reduction (to Li2PO2N and Li2O). \
            In air Li3PO4 is oxidised where it releases O2, below Zhu et al.'s 4.21 V with O closed, and it takes up \
            no Li down to 0 V: Li and O combine to Li2O2 or Li2O, made only of open elements, which the reservoirs exchange. \
            Li2O itself is made only of Li and O: with O fixed it has no closed element left, so its limit under O2 \
            is a boundary of its domain in the μLi–μO plane, not a window of this kind: the next section reads it \
            off the chemical-potential diagram.
            """)
    }
}
