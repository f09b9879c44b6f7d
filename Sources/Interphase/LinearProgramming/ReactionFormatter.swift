/// Writes balanced reactions: `Li3PO4 + 8 Li -> Li3P + 4 Li2O`.
enum ReactionFormatter {
    /// A coefficient as people write it: omitted when 1, an integer when it is one (within
    /// `Tolerance.displayedInteger`), otherwise up to `decimals` decimals; followed by a space.
    static func coefficient(_ value: Double, decimals: Int = 4) -> String {
        let rounded = value.rounded()
        if abs(value - rounded) <= Tolerance.displayedInteger {
            return rounded == 1 ? "" : "\(Int(rounded)) "
        }
        var text = String(format: "%.\(decimals)f", value)
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

    /// `left -> right` with open elements exchanged with their reservoirs: an uptake (atoms per
    /// the reaction as written) above zero joins the reactants, one below zero the products,
    /// each in units of the element's reduced formula (`Li`, `O2`), in the order given.
    static func reaction(
        reactants: [(formula: String, amount: Double)], products: [(formula: String, amount: Double)],
        uptakes: [(element: Element, atoms: Double)]
    ) -> String {
        var left = reactants, right = products
        for (element, atoms) in uptakes where atoms != 0 {
            let unit = Composition.element(element).reducedCompositionAndFactor.composition
            if atoms > 0 {
                left.append((unit.reducedFormula, atoms / unit.numberOfAtoms))
            } else {
                right.append((unit.reducedFormula, -atoms / unit.numberOfAtoms))
            }
        }
        return reaction(reactants: left, products: right)
    }
}

import Foundation
