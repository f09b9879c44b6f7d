/// One element of a ``Composition`` and its amount (atoms per formula unit as written).
package struct ElementAmount: Hashable, Sendable {
    /// The element.
    package var element: Element
    /// Atoms of ``element`` per formula unit; positive and finite in a ``Composition``.
    package var amount: Double
}
