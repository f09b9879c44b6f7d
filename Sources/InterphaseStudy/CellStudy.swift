import Interphase
import InterphaseMPLegacy

/// "The whole cell: Li | LiPON | LiNi0.5Mn1.5O4", from the whole-MP data (`mp-legacy`) through
/// ``PhaseDiagramAtlas/cell(_:)``: the library computes, this type only formats.
struct CellStudy: StudyElements {
    let atlas: PhaseDiagramAtlas
    /// The cell of the study: Li | Li2PO2N | LiNi0.5Mn1.5O4 at 4.7 V.
    let cell: CellReport

    static let lnmo = "LiNi0.5Mn1.5O4"
    /// LiPON compositions whose windows are shown (Zhu et al.'s crystalline model, Richards et al.'s, Bates et al.'s).
    static let liponCompositions = ["Li2PO2N", "Li3.2PO3.8N0.2", "Li2.88PO3.73N0.14", "Li3PO4"]
    /// The cathodes against which LiPON is set, at their top-of-charge voltages (V vs Li/Li⁺).
    static let cathodes: [(formula: String, voltage: Double)] = [("LiNi0.5Mn1.5O4", 4.7), ("LiCoO2", 4.2), ("LiMn2O4", 4.0)]
    /// Voltages of the LiPON | LNMO interface with Li open.
    static let lnmoVoltages = [4.0, 4.7, 5.0]
    /// The metals M of the Li–M–O coatings screened between LiPON and LNMO.
    static let coatingMetals = ["B", "Al", "Si", "Ti", "Zr", "Nb", "Ta", "W", "La", "Zn", "Ge", "Mg"]

    init() throws {
        atlas = PhaseDiagramAtlas(dataset: try MPLegacyDataset.load())
        cell = try atlas.cell(try CellQuestion(anode: "Li", electrolyte: "Li2PO2N", cathode: Self.lnmo, cathodeVoltage: 4.7))
    }

    func render() throws -> StudyOutput {
        var out = StudyOutput()
        for section in [introduction, windows, cathodeInterface, otherCathodes, richardsComparison, gases, passivation, coatedCells, coatings] { try section(&out) }
        return out
    }

    static func products(_ list: [PhaseAmount]) -> String { list.isEmpty ? "–" : list.map(\.formula).joined(separator: " + ") }
    static func products(_ list: [PhaseName]) -> String { list.map(\.formula).joined(separator: " + ") }
    static let gasFormulas: Set<String> = ["N2", "O2", "N2O", "NO", "NO2", "N2O5", "N2O3", "N2O4"]

    func introduction(_ out: inout StudyOutput) throws {
        out.heading(1, "The whole cell: Li | LiPON | LiNi0.5Mn1.5O4")
        out.paragraph("""
            LiPON is famous for one cell: lithium metal | LiPON | the 5 V spinel LiNi0.5Mn1.5O4 (LNMO), which kept 90 % of its \
            capacity over 10,000 cycles (Li et al., *Adv. Energy Mater.* 2015) cycled to 4.7 V and more. The LiPON study \
            resolves the anode side; this one asks both sides at once, from the whole Materials Project (`mp-legacy`: \
            Bartel et al.'s formation energies with MP's legacy corrections; LNMO is there as Li2Mn3NiO8, mp-771112, a \
            stable phase; reactants are taken at the hull, as pymatgen's `use_hull_energy=True` does). Every number below is computed by \
            `PhaseDiagramAtlas.cell` — the same as `interphase cell --anode Li --electrolyte Li2PO2N --cathode LiNi0.5Mn1.5O4 \
            --cathode-voltage 4.7 --data mp-legacy` prints — and its reactions equal pymatgen's (Scripts/check_cell.py).
            """)
        out.paragraph("**The verdict, as the library states it:** " + cell.verdict)
        out.bullets([
            "Closed reactions: pymatgen's `InterfacialReactivity(norm=True, use_hull_energy=True)`, ΔE in eV per atom of the mixture x·electrode + (1 − x)·LiPON, each reactant normalised to one atom.",
            "Li open at the electrode's voltage: `GrandPotentialInterfacialReactivity(norm=True, include_no_mixing_energy=False, use_hull_energy=True)`, ΔΦ in eV per atom of the closed elements; each reactant is first taken at its own equilibrium at that voltage, so ΔΦ counts only what mixing adds.",
            "The electrolyte alone at a voltage (ΔΦ per atom of LiPON): what it becomes with Li exchanged, zero inside its window.",
        ])
    }

    func windows(_ out: inout StudyOutput) throws {
        out.heading(2, "The windows of LiPON beside the electrode potentials")
        var bars: [StabilityWindowsFigure.Bar] = []
        var rows: [[String]] = []
        for formula in Self.liponCompositions {
            let window = try atlas.stabilityWindow(of: try Composition(parsing: formula), formula: formula, openElement: lithium)
            bars.append(try StabilityWindowsFigure.Bar(window: window))
            rows.append([formula, NumberFormat.fixed(window.reductionLimitVoltage ?? 0, decimals: 2, minus: .typographic), window.oxidationLimitVoltage.map { NumberFormat.fixed($0, decimals: 2, minus: .typographic) } ?? "never",
                         Self.products(window.oxidationProducts), window.windowWithinTolerance ? "within tolerance (not charge-balanced)" : "exact"])
        }
        out.table(["composition", "reduction (V)", "oxidation (V)", "products above the oxidation limit", "window"],
                  [.left, .right, .right, .left, .left], rows)
        var figure = StabilityWindowsFigure(bars: bars, openElement: lithium, maximumVoltage: 5.5)
        figure.title = "LiPON windows and the electrode potentials (mp-legacy)"
        figure.markers = [StabilityWindowsFigure.Marker(name: "Li metal 0 V", voltage: 0)]
            + Self.cathodes.map { StabilityWindowsFigure.Marker(name: "\($0.formula) \(NumberFormat.fixed($0.voltage, decimals: 1, minus: .typographic)) V", voltage: $0.voltage) }
        let lowest = bars.map(\.reductionLimit).min()!, highest = bars.compactMap(\.oxidationLimit).max()!
        out.figure("cell-windows.svg", svg: try figure.svg(), alt: "LiPON windows beside the electrode potentials",
                   caption: "Windows of LiPON compositions and of Li3PO4, its phosphate end member, from \(NumberFormat.fixed(lowest, decimals: 2, minus: .typographic)) to at most \(NumberFormat.fixed(highest, decimals: 2, minus: .typographic)) V; dashed: the electrode potentials. Lithium (0 V) lies below every window; LNMO at 4.7 V above every one.")
        out.paragraph("""
            No LiPON composition covers either electrode. Against lithium it is reduced (the LiPON study follows that side layer \
            by layer); at every 4–5 V cathode it is oxidised, far outside its window: at 4.7 V Li2PO2N alone would release its \
            lithium and become \(Self.products(cell.cathodeSide.decomposition.products)) (ΔΦ = \
            \(NumberFormat.fixed(cell.cathodeSide.decomposition.grandPotentialChangePerAtom, decimals: 3, minus: .typographic)) eV/atom).
            """)
    }

    func cathodeInterface(_ out: inout StudyOutput) throws {
        out.heading(2, "LiPON | LNMO: closed, and with Li open at 4.0, 4.7 and 5.0 V")
        let lipon = try Composition(parsing: "Li2PO2N"), lnmo = try Composition(parsing: Self.lnmo)
        var reactions = [("closed", try atlas.interfaceReaction(lnmo, lipon, formulaA: Self.lnmo, formulaB: "Li2PO2N"))]
        for voltage in Self.lnmoVoltages {
            reactions.append(("Li open, \(NumberFormat.fixed(voltage, decimals: 1, minus: .typographic)) V", try atlas.interfaceReaction(
                lnmo, lipon, formulaA: Self.lnmo, formulaB: "Li2PO2N", openElement: try OpenElement(lithium, voltage: voltage))))
        }
        out.table(["condition", "kinks", "most exothermic x", "energy (eV/atom)", "reaction"], [.left, .right, .right, .right, .left],
                  reactions.map { name, reaction in
                      [name, String(reaction.kinks.count), NumberFormat.fixed(reaction.mostExothermic.x, decimals: 3, minus: .typographic),
                       NumberFormat.fixed(reaction.mostExothermic.energyPerAtom, decimals: 3, minus: .typographic), "`" + reaction.mostExothermic.reaction.replacingOccurrences(of: "->", with: "→") + "`"]
                  })
        for (name, reaction) in [reactions[0], reactions[2]] {
            var figure = InterfaceReactionFigure(reaction)
            figure.productLabel = { kink in kink.products.map(\.formula).joined(separator: " + ") }
            out.figure("lipon-lnmo-\(name.hasPrefix("closed") ? "closed" : "4.7V").svg", svg: try figure.svg(),
                       alt: "LiPON | LNMO interface reaction, \(name)",
                       caption: "Li2PO2N | LiNi0.5Mn1.5O4, \(name): reaction energy against x, the atom fraction of LNMO; every kink with its products.")
        }
        out.paragraph("""
            Closed, LiPON reduces the spinel's Mn and Ni and is itself oxidised: phosphate (Li3PO4, LiMnPO4) forms, nitrogen \
            leaves as N2, and the transition metals drop to MnO and Ni nitride or phosphide. With Li open at the cathode's \
            voltage the lithium of both goes to the reservoir and the products are lithium-free phosphates (Mn2P2O7, \
            Ni2P2O7) with N2O or N2; the driving force grows from 4.0 to 4.7 V and is the same at 5.0 V, where the \
            most exothermic mixture already holds no lithium to lose. ΔE (closed) is per atom of the mixture, ΔΦ (open) \
            per atom of the closed elements; both are pymatgen's normalisations, so the numbers can be set beside its own.
            """)
    }

    func otherCathodes(_ out: inout StudyOutput) throws {
        out.heading(2, "LiCoO2 at 4.2 V and LiMn2O4 at 4.0 V")
        var rows: [[String]] = []
        for electrolyte in ["Li2PO2N", "Li3.2PO3.8N0.2"] {
            for (cathode, voltage) in Self.cathodes {
                let report = try atlas.cell(try CellQuestion(anode: "Li", electrolyte: electrolyte, cathode: cathode, cathodeVoltage: voltage))
                let side = report.cathodeSide
                rows.append([electrolyte, "\(cathode) (\(NumberFormat.fixed(voltage, decimals: 1, minus: .typographic)) V)",
                             NumberFormat.fixed(side.closed.mostExothermic.energyPerAtom, decimals: 3, minus: .typographic), Self.products(side.closed.mostExothermic.products),
                             NumberFormat.fixed(side.open!.mostExothermic.energyPerAtom, decimals: 3, minus: .typographic), Self.products(side.open!.mostExothermic.products)])
            }
        }
        out.table(["LiPON", "cathode", "closed ΔE (eV/atom)", "closed products", "Li-open ΔΦ (eV/atom)", "Li-open products"],
                  [.left, .left, .right, .left, .right, .left], rows)
        out.paragraph("""
            A closed ΔE is per atom of the mixture and an open ΔΦ per atom of the closed elements: different numbers for the \
            same reaction, so a value quoted "per atom" must say which. Richards et al.'s LiPON model against LiCoO2 is the \
            next section.
            """)
    }

    func gases(_ out: inout StudyOutput) throws {
        out.heading(2, "Which products are gases")
        var found: [String: Set<String>] = [:]
        let lipon = try Composition(parsing: "Li2PO2N")
        for (cathode, voltage) in Self.cathodes {
            let electrode = try Composition(parsing: cathode)
            let closed = try atlas.interfaceReaction(electrode, lipon, formulaA: cathode, formulaB: "Li2PO2N")
            let open = try atlas.interfaceReaction(electrode, lipon, formulaA: cathode, formulaB: "Li2PO2N",
                                                   openElement: try OpenElement(lithium, voltage: voltage))
            for (label, reaction) in [("\(cathode) closed", closed), ("\(cathode) at \(NumberFormat.fixed(voltage, decimals: 1, minus: .typographic)) V", open)] {
                for kink in reaction.kinks { for product in kink.products where Self.gasFormulas.contains(product.formula) { found[product.formula, default: []].insert(label) } }
            }
        }
        let decomposition = cell.cathodeSide.decomposition.products.map(\.formula).filter(Self.gasFormulas.contains)
        out.table(["gas", "among the kinks of"], [.left, .left],
                  found.keys.sorted().map { [$0, found[$0]!.sorted().joined(separator: "; ")] })
        out.paragraph("""
            LiPON alone at 4.7 V releases \(decomposition.isEmpty ? "no gas" : decomposition.joined(separator: " and ")); its \
            reactions with the cathodes release \(found.keys.sorted().joined(separator: ", ")) at some mixing ratio (table). \
            Nitrogen has nowhere to go in an oxidising cathode but into N2 or an N-oxide. These gases are solids' partners in MP's data only through MP's fitted O2 and N2 references: fitted to experimental \
            formation enthalpies at 298.15 K, they stand for the gas's enthalpy, not its free energy. At 298 K and 1 bar the \
            entropy term lowers μ_N by 0.30 eV/atom and μ_O by 0.32 eV/atom (science notes), which makes every \
            gas-releasing decomposition here more favourable still; at lower partial pressure more so. The cell can be asked \
            at a gas pressure with `--gas` (or any fixed potential with `--fix`); without them these numbers hold for gases \
            at MP's fitted references, and the gas-releasing reactions are, if anything, understated.
            """)
    }

    func passivation(_ out: inout StudyOutput) throws {
        out.heading(2, "What would passivate, and why the real cell survives")
        let layers = cell.anodeSide.layers!.layers.map { Self.products($0.phases) }
        out.paragraph("""
            **In plain words.** Thermodynamics condemns LiPON on both sides. At the lithium side the layers run \
            \(layers.joined(separator: " → ")), as the LiPON study describes. At the LNMO side, at 4.7 V, LiPON should \
            release its lithium and turn into P2O5-like phosphates and nitrogen, and mix with the spinel into Mn and Ni \
            phosphates (ΔΦ \(NumberFormat.fixed(cell.cathodeSide.open!.mostExothermic.energyPerAtom, decimals: 3, minus: .typographic)) eV/atom). Yet the cell \
            cycles 10,000 times. The first products of LiPON's oxidation — Li4P2O7 beside P3N5 just above \
            \(NumberFormat.fixed(cell.window.oxidationLimitVoltage!, decimals: 2, minus: .typographic)) V, then ever more lithium-poor phosphates — and the Mn and Ni \
            phosphates of its reaction with the spinel are wide-gap insulators: a few nanometres of them stop electrons from reaching \
            LiPON, and the oxidation needs electrons to leave. The reaction is then self-limiting, like the anode's. The \
            oxidation also needs N to leave as N2 or N2O, breaking strong P–N bonds, which is slow at room temperature. So \
            the calculation gives the end point and the driving force; the real interface stops at a thin, electronically \
            insulating phosphate layer that still conducts Li⁺. What would passivate is that phosphate layer; what would \
            not is anything that conducts electrons, such as the metallic nitrides Ni3N and CoN among the closed-mixture \
            products — they would be the warning sign if they were seen.
            """)
    }

    func coatings(_ out: inout StudyOutput) throws {
        out.heading(2, "LiNi0.5Mn1.5O4 | coating | LiPON: a short screen of coatings")
        var candidates: [String] = []
        for metal in Self.coatingMetals {
            let elements: Set<Element> = [lithium, oxygen, Element(symbol: metal)!]
            candidates += try atlas.stableCompounds(within: elements).filter { (try? Composition(parsing: $0))?.elements.count == 3 }
        }
        // The coating screen: each candidate between LNMO and LiPON, both faces at 4.7 V.
        let rows = CellScreenRow.ranked(try atlas.screen(candidates: candidates, anode: "Li", cathode: Self.lnmo, electrolyte: "Li2PO2N", cathodeVoltage: 4.7))
        out.paragraph("""
            Every stable Li–M–O compound of the whole MP (M = \(Self.coatingMetals.joined(separator: ", "))), \(rows.count) in all, \
            ranked as `interphase cell --candidates … --electrolyte Li2PO2N --cathode LiNi0.5Mn1.5O4 --cathode-voltage 4.7` \
            screens coatings (after Xiao et al., *Joule* 3, 1252 (2019)), by three criteria: its window should contain the \
            cathode's 4.7 V, and LNMO and LiPON should each add at most a weak reaction to it beyond each one's own \
            decomposition there. Both faces of a coating sit at the cathode's potential. Each number is compared only \
            with its own kind: the coating alone at 4.7 V is ΔΦ per atom of the coating; what LiPON or LNMO adds beyond each \
            reactant's own equilibrium at 4.7 V is ΔΦ per atom of the closed elements of the mixture. The ranking: criteria \
            met, then the coating alone (how far outside its window 4.7 V lies), then the worse of the two electrode \
            reactions. The ten best:
            """)
        out.table(["rank", "coating", "window (V)", "alone at 4.7 V (eV/atom of coating)", "+ LiPON (eV/closed atom)",
                   "+ LNMO (eV/closed atom)", "criteria met"],
                  [.right, .left, .left, .right, .right, .right, .right],
                  rows.prefix(10).enumerated().map { rank, row in
                      [String(rank + 1), row.candidate,
                       "\(NumberFormat.fixed(row.reductionLimitVoltage ?? 0, decimals: 2, minus: .typographic))–\(row.oxidationLimitVoltage.map { NumberFormat.fixed($0, decimals: 2, minus: .typographic) } ?? "never")",
                       NumberFormat.fixed(row.cathodeDecompositionEnergy ?? 0, decimals: 3, minus: .typographic), NumberFormat.fixed(row.electrolyteReactionEnergy ?? 0, decimals: 3, minus: .typographic),
                       NumberFormat.fixed(row.cathodeElectrodeReactionEnergy ?? 0, decimals: 3, minus: .typographic), "\(row.criteriaMet)/\(row.criteriaCount)"]
                  })
        let best = rows.compactMap(\.oxidationLimitVoltage).max()!
        let covering = rows.filter(\.coversCathode).map(\.candidate)
        let top = Array(rows.prefix(10))
        let lnmoWorst = top.compactMap(\.cathodeElectrodeReactionEnergy).min()!
        let liponRange = (top.compactMap(\.electrolyteReactionEnergy).max()!, top.compactMap(\.electrolyteReactionEnergy).min()!)
        out.paragraph("""
            \(covering.isEmpty ? "None of these oxides covers 4.7 V in mp-legacy: the highest oxidation limit is \(NumberFormat.fixed(best, decimals: 2, minus: .typographic)) V, so each is itself oxidised (releasing O2) at the LNMO surface; that is its own number (the \"alone\" column), kept apart from what the electrodes add." : "Covering 4.7 V: \(covering.joined(separator: ", ")).") \
            The lithium borates rank first: the highest oxidation limits, so the mildest decomposition by themselves at \
            4.7 V, within the data's error for Li3B11O18 and Li3B7O12 (|ΔΦ| < \(NumberFormat.fixed(CellReactivity.weakLimit, decimals: 2, minus: .typographic)) \
            eV/atom). Beyond their own decompositions, LNMO adds at most \(NumberFormat.fixed(lnmoWorst, decimals: 3, minus: .typographic)) eV per closed atom to \
            any of the ten — nothing to speak of — while LiPON adds \(NumberFormat.fixed(liponRange.0, decimals: 3, minus: .typographic)) to \
            \(NumberFormat.fixed(liponRange.1, decimals: 3, minus: .typographic)): the coatings' trouble at this interface is their own oxidation and their mixing \
            with LiPON, not the cathode. A few tens of meV/atom is within the data's error, so the ranking separates \
            classes, not neighbours; and it is thermodynamics only — Li⁺ conduction, which Xiao et al. also weigh, is not in it.
            """)
        out.paragraph("""
            **Beside the papers.** That no Li–M–O oxide covers 4.7 V agrees with Richards et al.'s windows: in their data \
            Li3PO4, the phosphate end member of LiPON, is oxidised above 4.21 V and their LiPON model above 1.23 V (the \
            windows section of the LiPON study), both below LNMO's 4.7 V. Xiao et al. rank coatings by the same three \
            kinds of number; the difference from their ranking, which we do not reproduce number by number, is traced to \
            the data (mp-legacy against the Materials Project of their day), to the electrolyte (LiPON as Li2PO2N, Zhu et \
            al.'s crystalline model) and to the candidates (only the ternary Li–M–O phases above, no quaternary phosphates \
            or other mixed polyanions).
            """)
    }
}
