/// Published numbers the study compares with, as given in the project's science notes
/// (`shared/notes/science.md`). These are the only numbers typed in by hand; every computed
/// value comes from the library at generation time.
enum Published {
    /// A source of published windows.
    enum Source: String {
        case zhu2015 = "Zhu 2015"
        case richards2016 = "Richards 2016"

        /// The citation, for the references list.
        var citation: String {
            switch self {
            case .zhu2015:
                return "Y. Zhu, X. He, Y. Mo, *ACS Appl. Mater. Interfaces* **7**, 23685 (2015): Materials Project data of 2015; compounds above the hull first put onto it."
            case .richards2016:
                return "W. D. Richards, L. J. Miara, Y. Wang, J. C. Kim, G. Ceder, *Chem. Mater.* **28**, 266 (2016): a hull mixing experimental and DFT energies; LiPON modelled as Li3.2PO3.8N0.2."
            }
        }
    }

    /// A published window, V vs Li/Li⁺.
    struct Window {
        var source: Source
        var reduction: Double
        var oxidation: Double
        /// Products beyond each limit, as published (empty when not given).
        var reductionProducts: [String] = []
        var oxidationProducts: [String] = []
        /// How precisely the number can be read: ±0.005 for a table to 0.01 V, ±0.02 / ±0.03 V
        /// for values read from a figure.
        var uncertainty: Double
        /// Where the number comes from.
        var origin: String
    }

    /// Published windows by formula as the study writes it.
    static let windows: [String: [Window]] = [
        "Li2PO2N": [
            Window(source: .zhu2015, reduction: 0.68, oxidation: 2.63,
                   reductionProducts: ["Li3P", "LiPN2", "Li2O"], oxidationProducts: ["P3N5", "Li4P2O7", "N2"],
                   uncertainty: 0.005, origin: "Table 1"),
        ],
        "Li3PO4": [
            Window(source: .zhu2015, reduction: 0.69, oxidation: 4.21,
                   reductionProducts: ["Li3P", "Li2O"], oxidationProducts: ["Li4P2O7", "O2"],
                   uncertainty: 0.005, origin: "SI"),
            Window(source: .richards2016, reduction: 0.75, oxidation: 4.21, uncertainty: 0.03, origin: "figure"),
        ],
        "Li3N": [
            Window(source: .zhu2015, reduction: 0, oxidation: 0.45, uncertainty: 0.02, origin: "figure"),
            Window(source: .richards2016, reduction: 0, oxidation: 0.57, uncertainty: 0.03, origin: "figure"),
        ],
        "Li2O": [
            Window(source: .zhu2015, reduction: 0, oxidation: 2.90, uncertainty: 0.02, origin: "figure"),
            Window(source: .richards2016, reduction: 0, oxidation: 3.11, uncertainty: 0.03, origin: "figure"),
        ],
        "Li3P": [
            Window(source: .zhu2015, reduction: 0, oxidation: 0.85, uncertainty: 0.02, origin: "figure"),
        ],
        "Li3.2PO3.8N0.2": [
            Window(source: .richards2016, reduction: 0.75, oxidation: 1.23,
                   oxidationProducts: ["Li3PO4", "Li2PO2N"], uncertainty: 0.03, origin: "figure and text"),
        ],
    ]

    /// Formation energies (eV/atom) quoted from the Materials Project in the cryo-EM paper.
    static let cryoEMFormationEnergies: [(formula: String, value: Double)] = [
        ("Li3PO4", -2.769),
        ("Li3P", -0.698),
    ]

    /// What cryo-EM found between Li metal and LiPON.
    static let cryoEMObserved = ["Li2O", "Li3N", "Li3PO4"]
    static let cryoEMNotObserved = ["Li3P"]
    /// The layers cryo-EM resolved between Li metal and LiPON, from the Li side to LiPON (the
    /// phases of each layer, Li metal included where it is mixed in); no Li3P anywhere.
    static let cryoEMLayers: [[String]] = [
        ["Li", "Li2O"],
        ["Li", "Li2O", "Li3N"],
        ["Li2O", "Li3N", "Li3PO4"],
    ]
    static let cryoEMCitation = "D. Cheng et al., *Joule* **4**, 2484 (2020): cryogenic electron microscopy of the interphase between Li metal and LiPON (the cryo-EM paper)."
}
