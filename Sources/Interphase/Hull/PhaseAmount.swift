/// A phase named in a result: its id, reduced formula and an amount whose unit the owner states
/// (atom fraction in hull decompositions; formula units per formula unit of the input in
/// decompositions at fixed chemical potentials).
public struct PhaseAmount: Codable, Equatable, Sendable {
    /// The entry's id, or `nil`.
    @NullWhenAbsent public var id: String?
    /// Reduced formula (`P2O5`).
    public var formula: String
    /// The amount; see the owning result for its unit.
    public var amount: Double

    /// A phase and its amount.
    /// - Parameters:
    ///   - id: The entry's id, or `nil`.
    ///   - formula: Reduced formula.
    ///   - amount: The amount, in the owning result's unit.
    package init(id: String?, formula: String, amount: Double) {
        self.id = id
        self.formula = formula
        self.amount = amount
    }
}
