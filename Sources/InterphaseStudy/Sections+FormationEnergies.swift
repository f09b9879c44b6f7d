import Interphase

extension LiponStudy {
    /// Formation energies of Li3PO4 and Li3P against the values quoted in the cryo-EM paper.
    func formationEnergies(_ out: inout StudyOutput) throws {
        out.heading(2, "Formation energies of Li3PO4 and Li3P")
        var rows: [[String]] = []
        var notes: [String] = []
        for (formula, quoted) in Published.cryoEMFormationEnergies {
            guard let index = try entryIndex(formula) else { continue }
            let ours = diagram.formationEnergiesPerAtom[index]
            let difference = ours - quoted
            rows.append([
                "**\(formula)**", diagram.entries[index].id ?? "–", NumberFormat.fixed(ours, decimals: 4, minus: .typographic), NumberFormat.fixed(quoted, decimals: 3, minus: .typographic),
                NumberFormat.signed(difference * 1000, decimals: 1, minus: .typographic),
                NumberFormat.fixed(diagram.energyAboveHull(ofEntryAt: index) * 1000, decimals: 1, minus: .typographic),
            ])
            if abs(difference) <= 0.0005 {
                notes.append("**\(formula)**: the same number; the difference is the rounding of the quoted value to 0.001 eV/atom.")
            } else {
                let window = window(formula)
                let step = window.stepBeyondReduction
                let atoms = diagram.entries[index].composition.numberOfAtoms
                let shift = step.map { difference * atoms / abs($0.openElementUptake) }
                notes.append("""
                    **\(formula)**: \(NumberFormat.fixed(abs(difference) * 1000, decimals: 1, minus: .typographic)) meV/atom \(difference > 0 ? "less" : "more") negative \
                    here. Both are GGA+U energies with MP's legacy oxide correction; the cryo-EM paper quoted the Materials \
                    Project of its day, the bundled set is MP of about 2019 (Bartel et al. 2020) — a recalculation between the \
                    two releases, not a different method. It matters little: moved by that much, the reduction limit of \
                    \(formula) would shift by \(shift.map { NumberFormat.fixed(abs($0) * 1000, decimals: 1, minus: .typographic) } ?? "–") mV.
                    """)
            }
        }
        out.table(["phase", "MP id", "this study (eV/atom)", "cryo-EM paper (eV/atom)", "Δ (meV/atom)", "E above hull (meV/atom)"],
                  [.left, .left, .right, .right, .right, .right], rows)
        out.paragraph("Formation energies per atom relative to the elements (Li metal, black P, O2, N2), read from the library's phase diagram of the bundled data.")
        out.bullets(notes)
    }
}
