import Interphase

extension LiponStudy {
    /// Ternary phase diagrams and grand-potential diagrams.
    func phaseDiagrams(_ out: inout StudyOutput) throws {
        out.heading(2, "Phase diagrams")
        out.paragraph("""
            The Li–P–O and Li–P–N faces of the Li–P–O–N tetrahedron hold the phases LiPON decomposes into; Li2PO2N itself \
            lies inside the tetrahedron. The grand-potential diagrams project the tetrahedron from the Li corner at a fixed \
            voltage onto the P–O–N triangle (a phase is placed by its P:O:N ratio); the P–O–N ternary is the Li-free face, \
            the high-voltage limit.
            """)
        for (elements, name) in [([lithium, phosphorus, oxygen], "ternary-li-p-o.svg"),
                                 ([lithium, phosphorus, nitrogen], "ternary-li-p-n.svg"),
                                 ([nitrogen, oxygen, phosphorus], "ternary-p-o-n.svg")] {
            let figure = TernaryPhaseDiagramFigure(diagram: try atlas.subsystemDiagram(of: Set(elements)), elements: elements)
            let sub = try figure.subsystem()
            let system = elements.map(\.symbol).joined(separator: "–")
            let stable = sub.stableIndices.map { Self.literatureName(sub.entries[$0].formula) }.sorted()
            out.heading(3, elements == [nitrogen, oxygen, phosphorus] ? "P–O–N (the Li-free face; drawn as the grand-potential diagrams are)" : system)
            out.figure(name, svg: try figure.svg(), alt: "\(system) phase diagram",
                       caption: "\(system): stable phases \(stable.joined(separator: ", ")); tie lines are hull facets; unstable phases are coloured by their energy above the hull.")
            // Unstable phases: the SVG names them only in tooltips, which a code host does not show.
            var lowest: [String: Double] = [:]
            for index in sub.entries.indices where !sub.isStable(entryAt: index) {
                let formula = sub.entries[index].formula
                if sub.stableIndices.contains(where: { sub.entries[$0].formula == formula }) { continue }
                lowest[formula] = min(lowest[formula] ?? .infinity, sub.energyAboveHull(ofEntryAt: index))
            }
            let listed = lowest.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }
                .map { "\($0.key) \(NumberFormat.fixed($0.value * 1000, decimals: 0, minus: .typographic))" }
            if !listed.isEmpty {
                out.paragraph("<details><summary>Unstable phases of \(system) (meV/atom above the hull)</summary>\n\n\(listed.joined(separator: ", "))\n\n</details>")
            }
        }

        out.heading(3, "Grand-potential diagrams, open to Li")
        for voltage in Self.grandPotentialVoltages {
            let open = try OpenElement(lithium, voltage: voltage)
            let grand = try GrandPotentialDiagram(diagram: diagram, openElements: [open])
            let stable = grand.stableEntries.map { Self.literatureName($0.formula) }.sorted()
            let name = "grand-potential-\(NumberFormat.fixed(voltage, decimals: 1, minus: .typographic).replacingOccurrences(of: ".", with: "p"))V.svg"
            out.figure(name, svg: try GrandPotentialFigure(grand).svg(), alt: "Grand-potential diagram at \(NumberFormat.fixed(voltage, decimals: 1, minus: .typographic)) V",
                       caption: "At \(NumberFormat.fixed(voltage, decimals: 2, minus: .typographic)) V vs Li/Li⁺ the stable phases are \(stable.joined(separator: ", ")).\(voltage == 0 ? " Li3P, Li3N and Li2O are the P, N and O corners: every LiPON composition lies inside this one triangle, so it becomes a mixture of those three phases." : "")")
        }
        var rows: [[String]] = []
        for formula in ["Li2PO2N"] + Self.bulkCompositions.map(\.formula) {
            var row = ["**\(formula)**"]
            for voltage in Self.grandPotentialVoltages {
                let d = try contactDecomposition(formula, voltage: voltage)
                row.append(Self.amounts(d.products).replacingOccurrences(of: "Li2PNO2", with: "Li2PO2N") + " (Li \(NumberFormat.signed(d.openElementUptake, decimals: 3, minus: .typographic)))")
            }
            rows.append(row)
        }
        out.paragraph("Where each LiPON composition sits in these diagrams: its equilibrium phases per formula unit and the Li it exchanges with the reservoir (+ taken up, − released).")
        out.table(["composition"] + Self.grandPotentialVoltages.map { "at \(NumberFormat.fixed($0, decimals: 1, minus: .typographic)) V" },
                  [.left] + Self.grandPotentialVoltages.map { _ in .left }, rows)
    }
}
