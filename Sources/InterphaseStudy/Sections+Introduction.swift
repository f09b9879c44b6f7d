import Interphase

extension LiponStudy {
    /// Title, what the study is, and its main numbers.
    func introduction(_ out: inout StudyOutput) throws {
        let lipon = window("Li2PO2N")
        let bulk = window("Li3.2PO3.8N0.2")
        let atZero = try contactDecomposition("Li2PO2N")
        let phosphate = try phosphateAgainstLithiumWithoutPhosphides()
        out.heading(1, "LiPON against lithium: stability windows, interphase products and phase diagrams")
        out.paragraph("""
            A study of the solid electrolyte LiPON and its relatives with **Interphase**, from the Li–P–O–N data bundled with \
            the library. Every number below is computed by the library when this page is generated (`swift run interphase-study \
            Notebooks-export lipon-study`) and set beside the published number it should be compared with; the difference is \
            explained. Voltages are in V vs Li/Li⁺.
            """)
        out.bullets([
            "Crystalline LiPON (Li2PO2N) is stable between **\(Self.range(lipon))**; Zhu et al. (2015) report \(Self.publishedRanges("Li2PO2N", source: .zhu2015)).",
            "Bulk LiPON (Richards et al.'s Li3.2PO3.8N0.2) is stable between **\(Self.range(bulk))**; Richards et al. (2016) report \(Self.publishedRanges("Li3.2PO3.8N0.2", source: .richards2016)).",
            "In contact with lithium metal (0 V) Li2PO2N becomes **\(Self.amounts(atZero.products))**; cryo-EM sees \(Published.cryoEMObserved.joined(separator: ", ")) but no \(Published.cryoEMNotObserved.joined(separator: ", ")): the interphase stops before equilibrium.",
            "Li3PO4, which cryo-EM finds in the layer next to LiPON, is never in equilibrium with Li metal, not even with every Li–P phase excluded (`\(phosphate.reaction.replacingOccurrences(of: "->", with: "→"))`): the observed interphase is kinetically limited, phosphorus reduction being the step that does not happen.",
        ])
    }

    /// The dataset and the conventions every number follows.
    func dataAndConventions(_ out: inout StudyOutput) throws {
        let compounds = dataset.entries.filter { !$0.isElement }.count
        let stableCompounds = diagram.stableIndices.filter { !diagram.entries[$0].isElement }.count
        let aboveHull = try Self.compounds.filter { formula in
            try entryIndex(formula).map { diagram.energyAboveHull(ofEntryAt: $0) > 0 } ?? true
        }
        let stabilisationSentence = aboveHull.isEmpty
            ? "Every crystalline compound here is on the hull of the bundled data, so Zhu et al.'s stabilisation (lowering a compound onto the hull first) changes nothing; the bulk LiPON compositions are not in the data at all."
            : "Above the hull or absent from the data: \(aboveHull.joined(separator: ", ")); Zhu et al. would first lower them onto the hull."
        out.heading(2, "Data and conventions")
        out.paragraph("""
            **Data.** The bundled set `\(dataset.name)`: the ground-state formation energies of the \(compounds) Materials Project \
            compositions made only of Li, P, O and N (plus the four elements at 0 eV/atom), GGA/GGA+U with MP's legacy \
            (pre-2020) corrections, as extracted by Bartel et al. (2020) from MP of about 2019. \(stableCompounds) compounds are on \
            the hull. Zhu et al. used MP of 2015, Richards et al. a hull mixing experimental and DFT energies, so small \
            differences are expected and are mostly differences of data, not of method: a limit moves by ΔV when the energy of \
            the material relative to the products beyond that limit moves by n·ΔV per formula unit (n = Li atoms exchanged), so \
            the tables also give each difference as an energy (meV per atom of the material).
            """)
        out.bullets([
            "**Window**: the voltage range over which the material neither takes up nor releases Li. Reduction limit = the highest voltage below which it takes up Li (0 when stable against Li metal); oxidation limit = the lowest voltage above which it releases Li.",
            "**Products at a limit** are those of the first step of the voltage profile *beyond* it (below the reduction limit, above the oxidation limit), the convention of Zhu et al.",
            "**Exact**: every step boundary is a facet chemical potential of the Li–P–O–N hull; no voltage grid is used.",
            "**Metastable or absent compositions**: the window is the zero-uptake step of the composition's own profile. " + stabilisationSentence,
            "**Formulas**: pymatgen's reduced formula of Li2PO2N is `Li2PNO2` (mp-1020019); both name the same phase.",
        ])
    }
}
