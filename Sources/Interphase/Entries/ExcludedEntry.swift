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

    /// An excluded entry from its fields.
    ///
    /// - Parameters:
    ///   - id: The entry's id, or `nil`.
    ///   - formula: Its reduced formula.
    ///   - matchedBy: `"id"` or `"formula"`: how the token matched.
    ///   - token: The token as given.
    public init(id: String?, formula: String, matchedBy: String, token: String) {
        self.id = id
        self.formula = formula
        self.matchedBy = matchedBy
        self.token = token
    }

    enum CodingKeys: String, CodingKey {
        case id, formula, token
        case matchedBy = "matched_by"
    }
}
