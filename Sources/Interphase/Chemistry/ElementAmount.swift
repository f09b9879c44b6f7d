/// One element of a ``Composition`` and its amount (atoms per formula unit as written).
public struct ElementAmount: Hashable, Sendable {
    /// The element.
    public var element: Element
    /// Atoms of ``element`` per formula unit; positive and finite in a ``Composition``.
    public var amount: Double
}
