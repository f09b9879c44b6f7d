import Interphase

/// "Coated cathodes": LiCoO2 | LiNbO3 | Li6PS5Cl, asked as `interphase cell --coating`, beside
/// what Richards et al. (2016) and Xiao et al. (2019) report.
extension CellStudy {
    static func energy(_ value: Double) -> String { NumberFormat.fixed(value, decimals: 3, minus: .typographic) }

    /// One row per interface of `report`: what it is, the outer layer alone, the closed and the open reaction.
    static func interfaceRows(_ report: CellReport) -> [[String]] {
        report.cathodeInterfaces.map { side in
            ["\(side.label): \(side.electrode) | \(side.decomposition.formula)", side.windowPosition.rawValue,
             energy(side.decompositionEnergy), products(side.decomposition.products),
             energy(side.closed.mostExothermic.energyPerAtom), products(side.closed.mostExothermic.products),
             side.open.map { energy($0.mostExothermic.energyPerAtom) } ?? "–", side.open.map { products($0.mostExothermic.products) } ?? "–"]
        }
    }

    func coatedCells(_ out: inout StudyOutput) throws {
        out.heading(2, "Coated cathodes: LiCoO2 | LiNbO3 | Li6PS5Cl")
        let bare = try atlas.cell(try CellQuestion(anode: "Li", electrolyte: "Li6PS5Cl", cathode: "LiCoO2", cathodeVoltage: 4.2))
        let coated = try atlas.cell(try CellQuestion(
            anode: "Li", electrolyte: "Li6PS5Cl", cathode: "LiCoO2", coatings: ["LiNbO3"], cathodeVoltage: 4.2))
        let niobate = coated.coatingWindows[0]
        let (withCathode, withSulfide) = (coated.cathodeInterfaces[0], coated.cathodeInterfaces[1])
        out.paragraph("""
            The first cell a sulfide-battery user asks about: LiCoO2 charged to 4.2 V, coated with LiNbO3, against the \
            argyrodite Li6PS5Cl — `interphase cell --anode Li --electrolyte Li6PS5Cl --coating LiNbO3 --cathode LiCoO2 \
            --cathode-voltage 4.2 --data mp-legacy`. Both faces of the coating sit at the cathode's potential, so every \
            interface below is at 4.2 V with Li open. Each row is one interface A | B, labelled by what it is: B alone at \
            4.2 V (ΔΦ per atom of B, against B's own window), and A's reaction with B closed (ΔE per atom of the mixture) \
            and with Li open (ΔΦ per atom of the closed elements, beyond each one's own equilibrium at 4.2 V) — the same \
            numbers as `interphase react A B` and `react A B --open Li --voltage 4.2` (a test checks it, kink for kink). \
            The uncoated cell is the last row.
            """)
        out.table(["interface", "B at 4.2 V", "B alone ΔΦ", "B alone →", "closed ΔE", "closed products", "Li-open ΔΦ", "Li-open products"],
                  [.left, .left, .right, .left, .right, .left, .right, .left],
                  Self.interfaceRows(coated) + Self.interfaceRows(bare))
        let windowText = "\(Self.energy(niobate.reductionLimitVoltage ?? 0))–\(niobate.oxidationLimitVoltage.map(Self.energy) ?? "never") V"
        out.paragraph("""
            **What the data say.** Li6PS5Cl's window is \(Self.energy(coated.window.reductionLimitVoltage ?? 0))–\
            \(coated.window.oxidationLimitVoltage.map(Self.energy) ?? "never") V, so at 4.2 V it is oxidised by itself whatever it \
            touches (ΔΦ \(Self.energy(withSulfide.decompositionEnergy)) eV/atom, to \(Self.products(withSulfide.decomposition.products))): \
            a coating cannot change that number, only what the cathode adds to it. Uncoated, LiCoO2 adds \
            \(Self.energy(bare.cathodeSide.electrodeReactionEnergy)) eV per closed atom beyond it (closed, with no Li exchanged: \
            \(Self.energy(bare.cathodeSide.closed.mostExothermic.energyPerAtom)) eV/atom, to \
            \(Self.products(bare.cathodeSide.closed.mostExothermic.products))). LiNbO3 against LiCoO2 gives \
            \(Self.energy(withCathode.closed.mostExothermic.energyPerAtom)) closed and \(Self.energy(withCathode.electrodeReactionEnergy)) \
            with Li open: the two oxides do not react. LiNbO3's own window in mp-legacy is \(windowText), so at 4.2 V it is \
            \(withCathode.windowPosition == .inside ? "stable by itself" : "itself oxidised, \(withCathode.decompositionReactivity.rawValue)ly (ΔΦ \(Self.energy(withCathode.decompositionEnergy)) eV per atom of LiNbO3, to \(Self.products(withCathode.decomposition.products)))"). \
            Against the sulfide, LiNbO3 adds \(Self.energy(withSulfide.electrodeReactionEnergy)) eV per closed atom with Li open \
            (to \(Self.products(withSulfide.open!.mostExothermic.products))) and \(Self.energy(withSulfide.closed.mostExothermic.energyPerAtom)) \
            eV/atom closed, against LiCoO2's \(Self.energy(bare.cathodeSide.electrodeReactionEnergy)) and \
            \(Self.energy(bare.cathodeSide.closed.mostExothermic.energyPerAtom)): the oxide–sulfide exchange of O for S that \
            drives the bare interface is \(withSulfide.closed.mostExothermic.energyPerAtom > bare.cathodeSide.closed.mostExothermic.energyPerAtom ? "milder" : "not milder") \
            with the niobate than with the cobaltate.
            """)
        out.paragraph("""
            **Beside the papers.** Richards et al. (*Chem. Mater.* 28, 266 (2016)) find the sulfide electrolytes strongly \
            reactive with LiCoO2 and LiNbO3 inert against LiCoO2 (its bars are zero in both of their series, as the section \
            above notes); both hold here (LiCoO2 | Li6PS5Cl \(Self.energy(bare.cathodeSide.electrodeReactionEnergy)) with Li open, \
            LiNbO3 | LiCoO2 \(Self.energy(withCathode.closed.mostExothermic.energyPerAtom)) closed). Their numbers are for their own \
            electrolytes and data, so none is set beside ours. Xiao et al. (*Joule* 3, 1252 (2019)) screen coatings by \
            phase stability, an electrochemical window that contains the cathode's voltage, and small reaction energies with \
            the cathode and with the electrolyte — the criteria of `cell`'s coating screen, phase stability there coming from \
            the candidates (`--candidates` lists stable phases only). Qualitatively, as we read them, they find polyanionic \
            oxides (phosphates, borates) the more stable coatings against sulfide electrolytes and the common LiNbO3 less \
            so; we quote none of their numbers. Here too LiNbO3 reacts with Li6PS5Cl (\(withSulfide.electrodeReactivity.rawValue)ly \
            with Li open, \(withSulfide.closed.mostExothermic.energyPerAtom <= -CellReactivity.weakLimit ? "and clearly when closed" : "within the data's error when closed")) \
            while it is inert against LiCoO2: the coating moves the reaction from the cathode to itself and makes it milder, \
            but does not remove it. Where numbers would differ, three things differ: the data (mp-legacy, Bartel et al.'s \
            formation energies with MP's legacy corrections, against the Materials Project of each paper's day), the \
            electrolyte, and the reference of the Li-open energy (`cell` counts what mixing adds beyond each reactant's own \
            equilibrium at 4.2 V; Richards et al.'s reference also counts each reactant's own reaction with the reservoir, as \
            the section above shows for LiPON | LiCoO2, so theirs is the more negative for any reactant outside its window, \
            as LiNbO3 (ΔΦ \(Self.energy(withCathode.decompositionEnergy)) alone) and Li6PS5Cl are at 4.2 V here).
            """)
    }
}
