/// Writes balanced reactions: `Li3PO4 + 8 Li -> Li3P + 4 Li2O`.
enum ReactionFormatter {
    /// `coefficient formula` as people write it (`8 Li`, `0.3333 O2`, `Li` for one), the
    /// coefficient from ``NumberFormat/coefficient(_:decimals:)`` with up to `decimals` decimals.
    static func term(_ amount: Double, _ formula: String, decimals: Int = 4) -> String {
        let coefficient = NumberFormat.coefficient(amount, decimals: decimals)
        return coefficient.isEmpty ? formula : coefficient + " " + formula
    }

    /// `left -> right`, each side a `+`-joined list of `coefficient formula`.
    static func reaction(reactants: [(formula: String, amount: Double)], products: [(formula: String, amount: Double)]) -> String {
        func side(_ terms: [(formula: String, amount: Double)]) -> String {
            terms.isEmpty ? "0" : terms.map { term($0.amount, $0.formula) }.joined(separator: " + ")
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
