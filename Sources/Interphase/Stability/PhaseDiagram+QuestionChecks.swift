extension PhaseDiagram {
    /// Checks a question against the data before any work: the open (swept) elements have entries,
    /// the fixed chemical potentials are valid (``FixedPotentialHull/validate(_:open:available:)``),
    /// and every element of every composition has entries.
    ///
    /// - Parameters:
    ///   - compositions: The question's compositions, each with its formula as the user wrote it.
    ///   - open: The open or swept elements.
    ///   - fixed: The fixed chemical potentials.
    /// - Throws: ``StabilityError/openElementNotInData(_:)``, the fixed potentials' errors, or
    ///   ``StabilityError/elementNotInData(formula:element:)``, in that order.
    func checkQuestion(
        _ compositions: [(formula: String, composition: Composition)], open: [Element], fixed: [OpenElement]
    ) throws(StabilityError) {
        for element in open where !elements.contains(element) { throw .openElementNotInData(element) }
        try FixedPotentialHull.validate(fixed, open: open, available: Set(elements))
        for (formula, composition) in compositions {
            for element in composition.elements where !elements.contains(element) {
                throw .elementNotInData(formula: formula, element: element)
            }
        }
    }
}
