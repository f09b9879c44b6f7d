import Interphase

extension LiponStudy {
    /// How to regenerate the study.
    func reproduction(_ out: inout StudyOutput) throws {
        out.heading(2, "Reproducing this page")
        out.code("swift run interphase-study Notebooks-export lipon-study", language: "sh")
        out.paragraph("""
            writes this `README.md` and `figures/*.svg` from the data compiled into the library (`\(dataset.name)`); the \
            output is byte-identical on every run, and CI regenerates it into a temporary directory and fails when it differs \
            from the committed copy. The generator (`Sources/InterphaseStudy`) only formats: windows, profiles, \
            decompositions and diagrams come from the `Interphase` library. Each section is one function; published numbers \
            are in `PublishedValues.swift`.
            """)
    }

    /// Sources.
    func references(_ out: inout StudyOutput) throws {
        out.heading(2, "References")
        out.bullets([
            Published.Source.zhu2015.citation,
            Published.Source.richards2016.citation,
            Published.cryoEMCitation,
            "C. J. Bartel et al., *npj Comput. Mater.* **6**, 97 (2020): the formation energies of the bundled data (CC BY 4.0).",
            "A. Jain et al., *APL Mater.* **1**, 011002 (2013): the Materials Project.",
            "J. B. Bates et al., *Solid State Ionics* **53–56**, 647 (1992): LiPON, Li2.88PO3.73N0.14.",
        ])
    }
}
