import Foundation

/// Names of materials that look like formulas, or are typed where a formula is expected: LiPON
/// parses as the composition LiP1O1N1, which it is not. ``note(for:)`` says what the user
/// probably meant, for a note beside the answer (or the error).
package enum MaterialName {
    /// Known names with the formula a calculation usually models them by, and where from.
    package static let known: [String: (formula: String, source: String)] = [
        "LiPON": ("Li2PO2N", "crystalline LiPON as modelled by Zhu, He & Mo 2015; the amorphous films are about Li2.9PO3.3N0.46"),
        "LLZO": ("Li7La3Zr2O12", "garnet"),
        "LGPS": ("Li10GeP2S12", "Kamaya et al. 2011"),
        "LATP": ("Li1.3Al0.3Ti1.7(PO4)3", "NASICON"),
        "LAGP": ("Li1.5Al0.5Ge1.5(PO4)3", "NASICON"),
        "LLTO": ("Li0.33La0.56TiO3", "perovskite"),
        "LPS": ("Li3PS4", "β-Li3PS4"),
        "LPSCl": ("Li6PS5Cl", "argyrodite"),
        "NMC": ("LiNi0.33Mn0.33Co0.33O2", "NMC111; NMC811 is LiNi0.8Mn0.1Co0.1O2"),
        "NCM": ("LiNi0.33Co0.33Mn0.33O2", "NCM111; NCM811 is LiNi0.8Co0.1Mn0.1O2"),
        "NCA": ("LiNi0.8Co0.15Al0.05O2", "layered oxide"),
        "LCO": ("LiCoO2", "layered oxide"),
        "LMO": ("LiMn2O4", "spinel"),
        "LNMO": ("LiNi0.5Mn1.5O4", "high-voltage spinel"),
        "LFP": ("LiFePO4", "olivine"),
        "LTO": ("Li4Ti5O12", "spinel"),
    ]

    /// A note when `word` is probably a material's name rather than a formula: a known name (any
    /// case), or a word of three or more capital letters without amounts (`NCO`), which reads as
    /// one atom of each letter.
    ///
    /// - Parameter word: The formula as typed.
    /// - Returns: One line for the user, or `nil` when `word` looks like a formula.
    package static func note(for word: String) -> String? {
        let trimmed = word.trimmingCharacters(in: .whitespaces)
        let match = known.first { $0.key.lowercased() == trimmed.lowercased() }
        if let (name, meaning) = match {
            return "\(name) is a material's name, usually modelled as \(meaning.formula) (\(meaning.source)): give that formula, or the one you mean"
        }
        let letters = trimmed.unicodeScalars
        if letters.count >= 3, letters.allSatisfy({ $0.properties.isUppercase }) {
            return "if \(trimmed) is a material's name, give its formula instead"
        }
        return nil
    }
}
