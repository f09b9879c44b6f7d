/// Writes balanced reactions: `Li3PO4 + 8 Li -> Li3P + 4 Li2O`.
enum ReactionFormatter {
    /// A coefficient as people write it: omitted when 1, an integer when it is one (within
    /// 1e-6), otherwise up to 4 decimals.
    static func coefficient(_ value: Double) -> String {
        let rounded = value.rounded()
        if abs(value - rounded) <= 1e-6 {
            return rounded == 1 ? "" : "\(Int(rounded)) "
        }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text + " "
    }

    /// `left -> right`, each side a `+`-joined list of `coefficient formula`.
    static func reaction(reactants: [(formula: String, amount: Double)], products: [(formula: String, amount: Double)]) -> String {
        func side(_ terms: [(formula: String, amount: Double)]) -> String {
            terms.isEmpty ? "0" : terms.map { coefficient($0.amount) + $0.formula }.joined(separator: " + ")
        }
        return side(reactants) + " -> " + side(products)
    }
}

import Foundation
