/// The range of common oxidation states of each element, used only to decide from a formula
/// whether an element is an anion (see ``ChargeBalance``).
///
/// `positive` is the lowest…highest common positive state (a single value for fixed-valence
/// cations such as Li⁺, Mg²⁺, Al³⁺), `negative` the range of common negative states (N: −3;
/// S: −2…−1, covering polysulfides). Mixed valence (Fe₃O₄) is covered because a whole element's
/// average state may lie anywhere within its range. Values are the common states of standard
/// inorganic-chemistry texts (e.g. Greenwood & Earnshaw, *Chemistry of the Elements*), kept
/// deliberately narrow; elements without an entry (noble gases other than Kr and Xe, the
/// heaviest elements) have no common state and make every assignment involving them fail.
struct CommonOxidationStates: Sendable {
    /// Lowest…highest common positive state, or `nil`.
    var positive: ClosedRange<Int>?
    /// Most negative…least negative common negative state, or `nil`.
    var negative: ClosedRange<Int>?

    /// The states of `element`, or `nil` when none is tabulated.
    static func of(_ element: Element) -> CommonOxidationStates? { table[element.symbol] }

    /// Whether the element has exactly one common state, positive (Li, Na, Mg, Al, Zn, La, …):
    /// only such cations let a formula alone reveal a peroxide or superoxide.
    var isFixedValenceCation: Bool {
        guard let positive else { return false }
        return positive.lowerBound == positive.upperBound
    }

    private static func states(_ positive: ClosedRange<Int>?, _ negative: ClosedRange<Int>? = nil) -> CommonOxidationStates {
        CommonOxidationStates(positive: positive, negative: negative)
    }

    private static let table: [String: CommonOxidationStates] = [
        "H": states(1...1, -1 ... -1),
        "Li": states(1...1), "Na": states(1...1), "K": states(1...1), "Rb": states(1...1), "Cs": states(1...1),
        "Fr": states(1...1),
        "Be": states(2...2), "Mg": states(2...2), "Ca": states(2...2), "Sr": states(2...2), "Ba": states(2...2),
        "Ra": states(2...2),
        "B": states(3...3, -3 ... -3), "C": states(2...4, -4 ... -4), "N": states(1...5, -3 ... -3),
        "O": states(2...2, -2 ... -1), "F": states(nil, -1 ... -1),
        "Al": states(3...3), "Si": states(4...4, -4 ... -4), "P": states(3...5, -3 ... -3),
        "S": states(4...6, -2 ... -1), "Cl": states(1...7, -1 ... -1),
        "Sc": states(3...3), "Ti": states(2...4), "V": states(2...5), "Cr": states(2...6), "Mn": states(2...7),
        "Fe": states(2...3), "Co": states(2...3), "Ni": states(2...4), "Cu": states(1...2), "Zn": states(2...2),
        "Ga": states(3...3), "Ge": states(2...4, -4 ... -4), "As": states(3...5, -3 ... -3),
        "Se": states(4...6, -2 ... -1), "Br": states(1...5, -1 ... -1), "Kr": states(2...2),
        "Y": states(3...3), "Zr": states(2...4), "Nb": states(2...5), "Mo": states(2...6), "Tc": states(4...7),
        "Ru": states(2...8), "Rh": states(1...4), "Pd": states(2...4), "Ag": states(1...3), "Cd": states(2...2),
        "In": states(1...3), "Sn": states(2...4, -4 ... -4), "Sb": states(3...5, -3 ... -3),
        "Te": states(4...6, -2 ... -1), "I": states(1...7, -1 ... -1), "Xe": states(2...8),
        "La": states(3...3), "Ce": states(3...4), "Pr": states(3...4), "Nd": states(3...3), "Pm": states(3...3),
        "Sm": states(2...3), "Eu": states(2...3), "Gd": states(3...3), "Tb": states(3...4), "Dy": states(3...3),
        "Ho": states(3...3), "Er": states(3...3), "Tm": states(2...3), "Yb": states(2...3), "Lu": states(3...3),
        "Hf": states(4...4), "Ta": states(3...5), "W": states(2...6), "Re": states(3...7), "Os": states(2...8),
        "Ir": states(1...6), "Pt": states(2...4), "Au": states(1...3), "Hg": states(1...2), "Tl": states(1...3),
        "Pb": states(2...4), "Bi": states(3...5, -3 ... -3), "Po": states(2...4, -2 ... -2),
        "Ac": states(3...3), "Th": states(4...4), "Pa": states(4...5), "U": states(3...6), "Np": states(3...7),
        "Pu": states(3...6), "Am": states(3...4),
    ]
}
