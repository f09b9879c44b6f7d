/// A result's JSON object with, after `--samples`, an extra `uncertainty` field holding the Monte
/// Carlo summary; without sampling it is the result's object unchanged.
///
/// The one deliberate exception to the `null` policy of `@NullWhenAbsent`: `uncertainty` is an
/// extra field merged into the result's own object (so it cannot be a synthesised property), and
/// without `--samples` the documented JSON of every command stays exactly the result's.
struct ResultWithUncertainty<Result: Encodable, Uncertainty: Encodable>: Encodable {
    var result: Result
    var uncertainty: Uncertainty?

    func encode(to encoder: any Encoder) throws {
        try result.encode(to: encoder)
        if let uncertainty {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(uncertainty, forKey: Key(stringValue: "uncertainty")!)
        }
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
