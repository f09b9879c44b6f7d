/// A phase named without an amount.
public struct PhaseName: Codable, Equatable, Sendable {
    /// The entry's id, or `nil`.
    @NullWhenAbsent public var id: String?
    /// Reduced formula.
    public var formula: String

    /// A phase by id and reduced formula.
    ///
    /// - Parameters:
    ///   - id: The entry's id, or `nil`.
    ///   - formula: Reduced formula.
    package init(id: String?, formula: String) {
        self.id = id
        self.formula = formula
    }
}
