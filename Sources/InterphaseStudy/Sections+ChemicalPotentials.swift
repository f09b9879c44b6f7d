import Interphase

extension LiponStudy {
    /// The lower bound of every chemical potential in the chemical-potential diagrams, the
    /// projected μP included (eV per atom): issue 17's example (pymatgen's default is −50; Li3PO4's
    /// and Li2PO2N's domains reach down to about −12 and −3 eV in μP, above either).
    static let chemicalPotentialFloor = -15.0

    /// Whether `formula` holds both N and P: what Li3PO4 turns into when it takes up nitrogen
    /// with its phosphorus kept.
    static func isNitrogenPhosphorusPhase(_ formula: String) -> Bool {
        guard let composition = try? Composition(parsing: formula) else { return false }
        return composition[nitrogen] > 0 && composition[phosphorus] > 0
    }

    /// Where Li3PO4 first meets a phase holding N and P in a μLi–μN slice (P projected): the
    /// lowest μN on their common boundary, that phase and the μLi there; `nil` when none meets it.
    func nitrogenUptake(in map: ChemicalPotentialMap) throws -> (muN: Double, muLi: Double, formula: String)? {
        guard let li3po4 = map.domain(of: try Composition(parsing: "Li3PO4")) else { return nil }
        var lowest: (muN: Double, muLi: Double, formula: String)?
        for domain in map.domains where Self.isNitrogenPhosphorusPhase(domain.formula) {
            for point in map.contact(between: li3po4, and: domain) where point[1] < lowest?.muN ?? .infinity {
                lowest = (point[1], point[0], domain.formula)
            }
        }
        return lowest
    }

    /// The chemical-potential diagram of Li–P–O–N: how far nitrogen must be driven for Li3PO4 to
    /// take it up, and Li2O's and Li3PO4's oxidation in air (issue 17).
    func chemicalPotentialDiagrams(_ out: inout StudyOutput) throws {
        out.heading(2, "Chemical-potential diagrams: nitrogen uptake and oxidation in air")
        let elements = [lithium, phosphorus, oxygen, nitrogen]
        let floor = Self.chemicalPotentialFloor
        let whole = try ChemicalPotentialDiagram(diagram: diagram, elements: elements, minimumChemicalPotential: floor)
        func domain(_ formula: String) throws -> ChemicalPotentialDomain { whole.domain(of: try Composition(parsing: formula))! }
        func range(_ vertices: [[Double]], _ element: Element) -> ClosedRange<Double> {
            let column = elements.firstIndex(of: element)!
            let values = vertices.map { $0[column] }
            return values.min()!...values.max()!
        }
        func span(_ range: ClosedRange<Double>) -> String { "\(NumberFormat.fixed(range.lowerBound, decimals: 3, minus: .typographic)) to \(NumberFormat.fixed(range.upperBound, decimals: 3, minus: .typographic)) eV" }
        let li3po4 = try domain("Li3PO4"), lipon = try domain("Li2PO2N")
        let ownOxygen = range(li3po4.vertices, oxygen)
        let shared = li3po4.sharedVertices(with: lipon)
        let sharedOxygen = range(shared, oxygen)
        let chosenOxygen = (sharedOxygen.lowerBound + sharedOxygen.upperBound) / 2
        let middleOxygen = (ownOxygen.lowerBound + ownOxygen.upperBound) / 2
        let nitrogenGas = try Gas.N2.openElement(pressure: 1)
        let thinNitrogen = try Gas.N2.openElement(pressure: 1e-6)
        let oxygenGas = try Gas.O2.openElement(pressure: 1)

        out.paragraph("""
            The windows above sweep one chemical potential and hold the others fixed. The chemical-potential diagram \
            (Todd et al. 2021; pymatgen's `ChemicalPotentialDiagram`) shows all of them at once: the domain of each \
            stable phase is the set of formal chemical potentials μ − μ⁰ (eV per atom, relative to the data's \
            references) at which it is in equilibrium with reservoirs of every element, here each bounded to \
            [\(NumberFormat.fixed(floor, decimals: 0, minus: .typographic)), 0] eV. In Li–P–O–N each domain is a three-dimensional polytope, so it is drawn on two \
            axes: the other elements are either fixed (a slice, computed exactly by `ChemicalPotentialMap`) or \
            projected out. Projected over P, each area is the phosphorus compound in equilibrium there with Li, O and N \
            exchanged and P kept, as in a film sputtered from a Li3PO4 target, which keeps its phosphorus and loses \
            oxygen to the plasma; phases without P are lines. As elsewhere, the solids' entropy is neglected and the \
            data's N2 and O2 references are the Materials Project's fitted ones, standing for the gases at 298.15 K.
            """)

        // Which slice: where Li3PO4 and Li2PO2N coexist at all.
        let middleMap = try ChemicalPotentialMap(
            diagram: diagram, elements: elements, axes: [lithium, nitrogen],
            fixed: [try OpenElement(oxygen, chemicalPotential: middleOxygen)], minimumChemicalPotential: floor)
        let middleUptake = try nitrogenUptake(in: middleMap)
        out.paragraph("""
            Li3PO4's domain spans μO from \(span(ownOxygen)) and μLi from \(span(range(li3po4.vertices, lithium))) \
            (its window, \(Self.range(window("Li3PO4"))), read as −μLi). It meets Li2PO2N's domain, the two in \
            equilibrium together, only for μO from \(span(sharedOxygen)). The slice below is taken at the middle of \
            that range, μO = \(NumberFormat.fixed(chosenOxygen, decimals: 3, minus: .typographic)) eV, because it is the boundary between Li3PO4 and LiPON \
            the question is about. At the middle of Li3PO4's own μO range, \(NumberFormat.fixed(middleOxygen, decimals: 3, minus: .typographic)) eV, \
            \(middleUptake.map { "the first nitrogen-bearing phosphorus compound meets Li3PO4 at μN = \(NumberFormat.fixed($0.muN, decimals: 3, minus: .typographic)) eV" } ?? "no phase holding N and P meets Li3PO4 below μN = 0: there Li3PO4 takes up no nitrogen even from N2 at its reference").
            """)

        let slice = try ChemicalPotentialMap(
            diagram: diagram, elements: elements, axes: [lithium, nitrogen],
            fixed: [try OpenElement(oxygen, chemicalPotential: chosenOxygen)], minimumChemicalPotential: floor)
        var figure = ChemicalPotentialMapFigure(slice)
        figure.markers = [
            .init(name: "N2, 1 bar, 298 K", element: nitrogen, chemicalPotential: nitrogenGas.chemicalPotential),
            .init(name: "N2, 10⁻⁶ bar", element: nitrogen, chemicalPotential: thinNitrogen.chemicalPotential),
        ]
        let regions = slice.domains.filter { $0.vertices.count > 2 }.map { Self.literatureName($0.formula) }
        out.figure("chempot-li-n-slice.svg", svg: try figure.svg(), alt: "μLi–μN chemical-potential diagram of Li–P–O–N",
                   caption: "μLi–μN slice of Li–P–O–N at μO = \(NumberFormat.fixed(chosenOxygen, decimals: 3, minus: .typographic)) eV, projected over P: \(regions.joined(separator: ", ")); dashed lines: N2 at 298.15 K.")

        guard let uptake = try nitrogenUptake(in: slice) else {
            out.paragraph("At this μO no phase holding N and P meets Li3PO4's region.")
            return
        }
        var boundary: [String] = []
        for neighbour in slice.domains where Self.isNitrogenPhosphorusPhase(neighbour.formula) {
            let contact = slice.contact(between: slice.domain(of: try Composition(parsing: "Li3PO4"))!, and: neighbour)
            guard !contact.isEmpty else { continue }
            let muN = contact.map { $0[1] }
            boundary.append("\(Self.literatureName(neighbour.formula)) (μN \(NumberFormat.fixed(muN.min()!, decimals: 3, minus: .typographic)) to \(NumberFormat.fixed(muN.max()!, decimals: 3, minus: .typographic)) eV)")
        }
        let above = uptake.muN - nitrogenGas.chemicalPotential

        // The highest μO at which N2 at 1 bar already turns Li3PO4 into an N-bearing compound.
        let underNitrogen = try ChemicalPotentialMap(
            diagram: diagram, elements: elements, axes: [lithium, oxygen], fixed: [nitrogenGas], minimumChemicalPotential: floor)
        let li3po4UnderNitrogen = underNitrogen.domain(of: try Composition(parsing: "Li3PO4"))!
        let highestOxygen = underNitrogen.domains.filter { Self.isNitrogenPhosphorusPhase($0.formula) }
            .flatMap { underNitrogen.contact(between: li3po4UnderNitrogen, and: $0) }.map { $0[1] }.max()

        out.paragraph("""
            **Nitrogen uptake.** Definition used: at this μO, with P kept, the nitrogen chemical potential above which \
            Li3PO4 takes up N is the lowest μN on the boundary between Li3PO4's region and the region of any phase \
            holding both N and P; below it no such phase is in equilibrium with Li3PO4 at any μLi. Li3PO4's region \
            borders \(boundary.joined(separator: ", ")). The lowest point is μN = \(NumberFormat.fixed(uptake.muN, decimals: 3, minus: .typographic)) eV, \
            against \(Self.literatureName(uptake.formula)), at μLi = \(NumberFormat.fixed(uptake.muLi, decimals: 3, minus: .typographic)) eV \
            (\(NumberFormat.fixed(-uptake.muLi, decimals: 3, minus: .typographic)) V vs Li/Li⁺). N2 at 298.15 K and 1 bar is μN = \
            \(NumberFormat.fixed(nitrogenGas.chemicalPotential, decimals: 4, minus: .typographic)) eV (NIST-JANAF), so at this μO the threshold lies \
            \(NumberFormat.fixed(abs(above), decimals: 3, minus: .typographic)) eV \(above > 0 ? "above" : "below") an N2 atmosphere: \
            \(above > 0 ? "reactive sputtering must drive nitrogen that far above N2 gas" : "N2 gas at 1 bar is already enough at this μO"). \
            The threshold moves with μO: \(highestOxygen.map { "under 1 bar N2, Li3PO4 borders a phase holding N and P only where μO is at most \(NumberFormat.fixed($0, decimals: 3, minus: .typographic)) eV, \(NumberFormat.fixed(oxygenGas.chemicalPotential - $0, decimals: 2, minus: .typographic)) eV below O2 at 1 bar and 298.15 K" } ?? "under 1 bar N2 no phase holding N and P borders Li3PO4 at any μO"). \
            In these data, then, N2 turns Li3PO4 into LiPON only where oxygen is held far below any oxygen \
            atmosphere: sputtering must remove oxygen; it need not raise nitrogen's chemical potential above N2 gas. \
            (Closed to oxygen, as in the windows of the previous section, Li3PO4 under 1 bar N2 takes up N, to \
            Li2PO2N and Li2O, below \(NumberFormat.fixed(try atlas.stabilityWindow(of: try Composition(parsing: "Li3PO4"), formula: "Li3PO4", openElement: lithium, fixed: [nitrogenGas]).reductionLimitVoltage ?? 0, decimals: 3, minus: .typographic)) V.)
            """)
        try oxidationInAir(&out)
    }

    /// Li2O's and Li3PO4's oxidation limits under 0.21 bar O2, read off the μLi–μO diagram of
    /// Li–P–O (P projected), against Zhu et al.'s with O closed.
    func oxidationInAir(_ out: inout StudyOutput) throws {
        let air = try Gas.O2.openElement(pressure: 0.21)
        let map = try ChemicalPotentialMap(
            diagram: diagram, elements: [lithium, phosphorus, oxygen], axes: [lithium, oxygen],
            minimumChemicalPotential: Self.chemicalPotentialFloor)
        func domain(_ formula: String) throws -> ChemicalPotentialPolygon { map.domain(of: try Composition(parsing: formula))! }
        let li2o = try domain("Li2O"), li2o2 = try domain("Li2O2"), li3po4 = try domain("Li3PO4")
        let li2oTop = li2o.vertices.map { $0[1] }.max()!
        let li2oInAir = map.range(of: lithium, in: li2o, where: air.chemicalPotential)
        let edgeInAir = map.range(of: lithium, in: li2o2, where: air.chemicalPotential)
        let li3po4InAir = map.range(of: lithium, in: li3po4, where: air.chemicalPotential)
        let windowInAir = try atlas.stabilityWindow(
            of: try Composition(parsing: "Li3PO4"), formula: "Li3PO4", openElement: lithium, fixed: [air])
        func zhu(_ formula: String) -> Published.Window { Published.windows[formula]!.first { $0.source == .zhu2015 }! }

        out.heading(3, "Oxidation in air: Li2O and Li3PO4")
        var figure = ChemicalPotentialMapFigure(map)
        figure.markers = [.init(name: "O2, 0.21 bar, 298 K", element: oxygen, chemicalPotential: air.chemicalPotential)]
        out.figure("chempot-li-o-projection.svg", svg: try figure.svg(), alt: "μLi–μO chemical-potential diagram of Li–P–O",
                   caption: "μLi–μO diagram of Li–P–O, projected over P; dashed line: O2 at 0.21 bar and 298.15 K (μO = \(NumberFormat.fixed(air.chemicalPotential, decimals: 4, minus: .typographic)) eV).")
        let li2oLimit = li2oInAir.map { "\(NumberFormat.fixed(-$0.lowerBound, decimals: 3, minus: .typographic)) V" }
            ?? "none: Li2O's domain ends at μO = \(NumberFormat.fixed(li2oTop, decimals: 3, minus: .typographic)) eV\(edgeInAir.map { "; on air's line Li2O2 takes its place, to \(NumberFormat.fixed(-$0.lowerBound, decimals: 3, minus: .typographic)) V" } ?? "")"
        let li3po4Limit = li3po4InAir.map { "\(NumberFormat.fixed(-$0.lowerBound, decimals: 3, minus: .typographic)) V (the window with μO fixed: \(windowInAir.oxidationLimitVoltage.map { NumberFormat.fixed($0, decimals: 3, minus: .typographic) } ?? "–") V)" } ?? "–"
        let li2oClosed = window("Li2O").oxidationLimitVoltage ?? 0
        let li2oAgrees = abs(li2oClosed - zhu("Li2O").oxidation) <= zhu("Li2O").uncertainty
        out.table(["compound", "Zhu 2015, O closed (V)", "this data, O closed (V)", "this data, 0.21 bar O2 (V)"],
                  [.left, .right, .right, .left], [
                      ["Li2O", "\(NumberFormat.fixed(zhu("Li2O").oxidation, decimals: 2, minus: .typographic)) ± \(NumberFormat.fixed(zhu("Li2O").uncertainty, decimals: 2, minus: .typographic)) (figure)",
                       window("Li2O").oxidationLimitVoltage.map { NumberFormat.fixed($0, decimals: 3, minus: .typographic) } ?? "–", li2oLimit],
                      ["Li3PO4", "\(NumberFormat.fixed(zhu("Li3PO4").oxidation, decimals: 2, minus: .typographic)) (SI)",
                       window("Li3PO4").oxidationLimitVoltage.map { NumberFormat.fixed($0, decimals: 3, minus: .typographic) } ?? "–", li3po4Limit],
                  ])
        out.paragraph("""
            With O closed (Zhu et al.'s setting), an oxidation limit is where the compound starts to give up Li while \
            its oxygen stays in the solids. In air, oxygen is exchanged with an atmosphere at μO = \
            \(NumberFormat.fixed(air.chemicalPotential, decimals: 4, minus: .typographic)) eV, and the limit is where the horizontal line at that μO leaves \
            the compound's domain on the low-μLi (high-voltage) side, V = −μLi. Li3PO4's region spans μLi \
            \(li3po4InAir.map { "\(NumberFormat.fixed($0.lowerBound, decimals: 3, minus: .typographic)) to \(NumberFormat.fixed($0.upperBound, decimals: 3, minus: .typographic)) eV" } ?? "–") on that line: it is \
            oxidised \(li3po4InAir.map { NumberFormat.fixed(zhu("Li3PO4").oxidation + $0.lowerBound, decimals: 2, minus: .typographic) } ?? "–") V below Zhu's \
            \(NumberFormat.fixed(zhu("Li3PO4").oxidation, decimals: 2, minus: .typographic)) V, releasing O2 to the air; the diagram and the window at fixed μO give \
            the same number, as they must. The upper end is Li2O2's line: at higher μLi (below \
            \(edgeInAir.map { NumberFormat.fixed(-$0.lowerBound, decimals: 3, minus: .typographic) } ?? "–") V) lithium and air would form Li2O2 by themselves, so that \
            end is not a limit of Li3PO4. Li2O is made only of Li and O, so in the μLi–μO plane its domain is a line, \
            on which it is in equilibrium with both reservoirs. \(li2oInAir == nil ? "In these data that line stops at μO = \(NumberFormat.fixed(li2oTop, decimals: 3, minus: .typographic)) eV, below air's: at 298.15 K and 0.21 bar Li2O takes up oxygen to Li2O2 at every voltage, so it has no oxidation limit of its own in air. " : "")Its limit with O \
            closed, \(NumberFormat.fixed(li2oClosed, decimals: 3, minus: .typographic)) V, is the upper end of that line, where Li2O gives up Li and becomes Li2O2; \
            \(li2oAgrees ? "it agrees with" : "it differs from") Zhu's \(NumberFormat.fixed(zhu("Li2O").oxidation, decimals: 2, minus: .typographic)) V, read from a figure to \
            ± \(NumberFormat.fixed(zhu("Li2O").uncertainty, decimals: 2, minus: .typographic)) V.
            """)
    }
}
