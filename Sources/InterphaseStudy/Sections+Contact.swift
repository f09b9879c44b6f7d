import Interphase

extension LiponStudy {
    /// What `formula` becomes in equilibrium with Li metal (0 V).
    func contactDecomposition(_ formula: String, voltage: Double = 0) throws -> GrandCanonicalDecomposition {
        let lp = GrandCanonicalLP(diagram: diagram)
        return try lp.decompose(try Composition(parsing: formula), formula: formula,
                                openElements: [try OpenElement(lithium, voltage: voltage)])
    }

    /// The formulas whose contact with Li metal the study shows.
    static var contactFormulas: [String] {
        ["Li2PO2N", "Li3PO4", "LiPN2", "Li7PN4"] + bulkCompositions.map(\.formula)
    }

    /// LiPON in contact with lithium metal, against cryo-EM.
    func lithiumMetalContact(_ out: inout StudyOutput) throws {
        out.heading(2, "LiPON in contact with lithium metal (0 V)")
        let grand = try GrandPotentialDiagram(diagram: diagram, openElements: [try OpenElement(lithium, voltage: 0)])
        let stableAtZero = grand.stableEntries.filter { !$0.isElement || $0.composition.elements != [lithium] }.map(\.formula).sorted()
        out.paragraph("""
            At 0 V (μLi = μLi⁰) the only Li–P–O–N phases that are stable in contact with lithium are \
            **\(stableAtZero.joined(separator: ", "))**: every P ends as Li3P, every O as Li2O, every N as Li3N. Each material \
            takes up Li until it is that mixture:
            """)
        var rows: [[String]] = []
        var decompositions: [GrandCanonicalDecomposition] = []
        for formula in Self.contactFormulas {
            let d = try contactDecomposition(formula)
            decompositions.append(d)
            rows.append([
                "**\(formula)**", Self.amounts(d.products), NumberFormat.fixed(d.openElementUptake, decimals: 2, minus: .typographic),
                NumberFormat.fixed(d.reactionEnergyPerAtom, decimals: 3, minus: .typographic), NumberFormat.fixed(d.grandPotentialChangePerAtom, decimals: 3, minus: .typographic),
            ])
        }
        out.table(["material", "products at 0 V (per formula unit)", "Li taken up", "ΔE_rxn (eV/atom)", "ΔΦ at 0 V (eV/atom)"],
                  [.left, .left, .right, .right, .right], rows)
        out.paragraph("""
            ΔE_rxn is the reaction energy with Li at its reference, per atom of the reactants (LiPON + Li); ΔΦ the change of \
            the grand potential per atom of the material, the driving force at 0 V. The reactions are balanced by the library, \
            e.g. `\(decompositions[0].reaction.replacingOccurrences(of: "->", with: "→"))`.
            """)

        // Predicted against observed.
        var predicted = Set<String>()
        let liponFormulas = ["Li2PO2N"] + Self.bulkCompositions.map(\.formula)
        for d in decompositions where liponFormulas.contains(d.formula) { predicted.formUnion(d.products.map(\.formula)) }
        let phases = (predicted.union(Published.cryoEMObserved).union(Published.cryoEMNotObserved)).sorted()
        let phosphate = window("Li3PO4")
        let phosphateAtZero = try contactDecomposition("Li3PO4")
        var comparison: [[String]] = []
        for phase in phases {
            let observed = Published.cryoEMObserved.contains(phase) ? "yes" : (Published.cryoEMNotObserved.contains(phase) ? "**no**" : "–")
            var thermodynamics = predicted.contains(phase) ? "yes, stable at 0 V" : "no"
            if phase == "Li3PO4" {
                thermodynamics = "no: reduced below \(NumberFormat.fixed(phosphate.reductionLimitVoltage ?? 0, decimals: 3, minus: .typographic)) V (ΔΦ = \(NumberFormat.fixed(phosphateAtZero.grandPotentialChangePerAtom, decimals: 3, minus: .typographic)) eV/atom at 0 V)"
            }
            comparison.append([phase, thermodynamics, observed])
        }
        out.table(["phase", "equilibrium with Li metal (this study)", "seen by cryo-EM (Cheng et al.)"], [.left, .left, .left], comparison)
        out.paragraph("""
            **In plain words.** Thermodynamics says LiPON cannot survive on lithium: every composition above should turn \
            completely into Li3P, Li3N and Li2O, and so should Li3PO4. The cryo-EM images show a thin interphase of Li2O, \
            Li3N and Li3PO4 and no Li3P: the reaction stopped before its end point. That is kinetics, not a failure of the \
            calculation. Making Li3P means reducing phosphorus from +5 to −3 — eight electrons per P and all four P–O bonds \
            broken — the hardest of these reductions, while the products that did form need far less rearrangement. Once a \
            thin layer of them covers the lithium, electrons no longer reach the LiPON behind it and the reaction stops; the \
            Li3PO4 that is left is metastable, holding a driving force of \
            \(NumberFormat.fixed(-phosphateAtZero.grandPotentialChangePerAtom, decimals: 2, minus: .typographic)) eV/atom towards Li3P + Li2O that it cannot \
            act on. The absence of Li3P is also why the layer can passivate: of the equilibrium products Li3P, a \
            small-gap semiconductor, would conduct electrons best and could feed further reduction, whereas Li2O and \
            Li3PO4 are wide-gap insulators. So the calculation gives the end point \
            and the driving forces; the observed layer is the end point without its hardest, P-reducing step.
            """)
    }
}
