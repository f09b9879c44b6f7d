/// An entry left out by an exclusion.
public struct ExcludedEntry: Codable, Equatable, Sendable {
    /// The entry's id, or `nil`.
    @NullWhenAbsent public var id: String?
    /// Its reduced formula.
    public var formula: String
    /// `"id"` or `"formula"`: how the token matched.
    public var matchedBy: String
    /// The token as given.
    public var token: String

    enum CodingKeys: String, CodingKey {
        case id, formula, token
        case matchedBy = "matched_by"
    }
}
