/// A chemical element of the periodic table, from hydrogen (Z = 1) to oganesson (Z = 118).
///
/// Elements compare by atomic number, so sorting a set of elements gives periodic-table order.
public struct Element: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Atomic number Z (1 for H, 3 for Li, 94 for Pu).
    package let atomicNumber: Int

    /// The element with atomic number `atomicNumber`, or `nil` outside 1...118.
    ///
    /// - Parameter atomicNumber: Z, from 1 (H) to the last element of the table.
    package init?(atomicNumber: Int) {
        guard Element.symbols.indices.contains(atomicNumber - 1) else { return nil }
        self.atomicNumber = atomicNumber
    }

    /// The element with chemical symbol `symbol` (case-sensitive: `"Li"`, not `"LI"`), or `nil`.
    ///
    /// - Parameter symbol: The symbol, case-sensitive (`Li`, not `LI`).
    public init?(symbol: String) {
        guard let number = Element.numberBySymbol[symbol] else { return nil }
        self.atomicNumber = number
    }

    /// The chemical symbol, e.g. `"Li"`.
    public var symbol: String { Element.symbols[atomicNumber - 1] }

    /// One line for the user.
    public var description: String { symbol }

    /// Pauling electronegativity, used to order elements in formulas (pymatgen's convention:
    /// the least electronegative first). Elements without a tabulated value sort last.
    package var electronegativity: Double {
        Element.paulingElectronegativities[atomicNumber - 1] ?? .infinity
    }

    /// Orders by atomic number.
    public static func < (lhs: Element, rhs: Element) -> Bool { lhs.atomicNumber < rhs.atomicNumber }

    /// Decodes an element from its symbol (`"Li"`).
    /// - Throws: `DecodingError.dataCorrupted` for an unknown symbol.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let symbol = try container.decode(String.self)
        guard let element = Element(symbol: symbol) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "unknown element symbol '\(symbol)'")
        }
        self = element
    }

    /// Encodes with the field names of the command-line tool's JSON, writing `null` for absent
    /// values; the synthesised decoder reads the same names.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(symbol)
    }

    /// Every element, in order of atomic number.
    package static let all: [Element] = (1...symbols.count).map { Element(uncheckedAtomicNumber: $0) }

    private init(uncheckedAtomicNumber: Int) { self.atomicNumber = uncheckedAtomicNumber }

    static let symbols: [String] = [
        "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne",
        "Na", "Mg", "Al", "Si", "P", "S", "Cl", "Ar", "K", "Ca",
        "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn",
        "Ga", "Ge", "As", "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr",
        "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In", "Sn",
        "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd",
        "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb",
        "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg",
        "Tl", "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th",
        "Pa", "U", "Np", "Pu", "Am", "Cm", "Bk", "Cf", "Es", "Fm",
        "Md", "No", "Lr", "Rf", "Db", "Sg", "Bh", "Hs", "Mt", "Ds",
        "Rg", "Cn", "Nh", "Fl", "Mc", "Lv", "Ts", "Og",
    ]

    private static let numberBySymbol: [String: Int] = Dictionary(
        uniqueKeysWithValues: symbols.enumerated().map { ($0.element, $0.offset + 1) })

    /// Pauling electronegativities (as tabulated by pymatgen's periodic table data); `nil` where
    /// none is tabulated (noble gases He, Ne, Ar and the heaviest elements).
    private static let paulingElectronegativities: [Double?] = [
        2.20, nil, 0.98, 1.57, 2.04, 2.55, 3.04, 3.44, 3.98, nil,
        0.93, 1.31, 1.61, 1.90, 2.19, 2.58, 3.16, nil, 0.82, 1.00,
        1.36, 1.54, 1.63, 1.66, 1.55, 1.83, 1.88, 1.91, 1.90, 1.65,
        1.81, 2.01, 2.18, 2.55, 2.96, 3.00, 0.82, 0.95, 1.22, 1.33,
        1.60, 2.16, 1.90, 2.20, 2.28, 2.20, 1.93, 1.69, 1.78, 1.96,
        2.05, 2.10, 2.66, 2.60, 0.79, 0.89, 1.10, 1.12, 1.13, 1.14,
        1.13, 1.17, 1.20, 1.20, 1.10, 1.22, 1.23, 1.24, 1.25, 1.10,
        1.27, 1.30, 1.50, 2.36, 1.90, 2.20, 2.20, 2.28, 2.54, 2.00,
        1.62, 2.33, 2.02, 2.00, 2.20, 2.20, 0.70, 0.90, 1.10, 1.30,
        1.50, 1.38, 1.36, 1.28, 1.30, 1.30, 1.30, 1.30, 1.30, 1.30,
        1.30, 1.30, 1.30, nil, nil, nil, nil, nil, nil, nil,
        nil, nil, nil, nil, nil, nil, nil, nil,
    ]
}
