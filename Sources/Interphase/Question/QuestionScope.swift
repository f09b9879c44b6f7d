import Foundation

/// The part of the data a question needs (what the command-line tool's `DataOptions` and the
/// Python bridge read of the whole Materials Project): the whole data, or only the entries made
/// of the question's elements (every chemical system within them, as every answer of the atlas
/// reads only those).
package enum QuestionScope {
    /// Every entry: the question is about the whole data (`hull` of the data, `window
    /// --all-stable`, `plot grand` without `--elements`).
    case wholeData
    /// The entries made only of the elements of `compositions` and `elements` and of the
    /// conditions (see ``elements(under:)``).
    case elements(of: [Composition], plus: [Element] = [])

    /// The elements whose entries the question needs under `conditions`, or `nil` for all of the
    /// data: those of the compositions and elements, the open element (the default one when a
    /// potential or a sweep range is given without one), the fixed elements, the
    /// gases' elements, and those of the formulas `--exclude` names (so that each is checked
    /// against the data as it would be against the whole). An excluded id (not a formula) needs
    /// all of the data: its elements are known only once read.
    ///
    /// This is the one rule of what each command reads: the commands give their compositions and
    /// elements, and this adds what the conditions involve.
    package func elements(under conditions: Conditions) -> Set<Element>? {
        guard case .elements(let compositions, let elements) = self else { return nil }
        var result = Set(elements).union(compositions.flatMap(\.elements))
        if let open = conditions.openElement {
            result.insert(open)
        } else if conditions.openPotential != nil || conditions.sweepRange != nil {
            // A potential with no element named holds the library's default open element.
            result.insert(QuestionKind.defaultOpenElement)
        }
        result.formUnion(conditions.fixedChemicalPotentials.map(\.element))
        result.formUnion(conditions.gases.map(\.gas.element))
        for token in conditions.constraints.exclude.flatMap({ $0.split(separator: ",") }) {
            let token = token.trimmingCharacters(in: .whitespaces)
            if token.isEmpty { continue }
            guard let composition = try? Composition(parsing: token) else { return nil }
            result.formUnion(composition.elements)
        }
        return result
    }
}
