/// How often one set of products appeared beyond a limit.
public struct ProductSetFrequency: Codable, Equatable, Sendable {
    /// The products' reduced formulas, sorted (amounts are ignored); empty when there is no step
    /// beyond the limit.
    public var products: [String]
    /// Fraction of the samples, 0…1.
    public var frequency: Double

}
