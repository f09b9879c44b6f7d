/// An entry left out by an exclusion.
package struct ExcludedEntry: Codable, Equatable, Sendable {
    /// The entry's id, or `nil`.
    @NullWhenAbsent package var id: String?
    /// Its reduced formula.
    package var formula: String
    /// `"id"` or `"formula"`: how the token matched.
    package var matchedBy: String
    /// The token as given.
    package var token: String

    enum CodingKeys: String, CodingKey {
        case id, formula, token
        case matchedBy = "matched_by"
    }
}
