/// The library's one JSON policy for optional values: an absent value is written as `null`,
/// never left out, so that every field of a result appears in its JSON whether or not it has a
/// value (a reader sees `"oxidation_limit_V": null`, not a missing key).
///
/// Mark an optional stored property of a `Codable` type with `@NullWhenAbsent` and let the
/// compiler synthesise `encode(to:)` and `init(from:)`:
///
/// ```swift
/// public struct PhaseName: Codable, Equatable, Sendable {
///     @NullWhenAbsent public var id: String?
///     public var formula: String
/// }
/// // {"formula":"Li3P","id":null}
/// ```
///
/// The synthesised encoder always writes the key (with `null` for `nil`); the synthesised decoder
/// reads `null` and also a missing key as `nil` (through the `KeyedDecodingContainer` overload
/// below), so JSON written before this policy still reads. The property keeps its type
/// (`String?`) and its `CodingKeys` name; only its coding changes.
@propertyWrapper
public struct NullWhenAbsent<Value> {
    /// The value, or `nil` when absent.
    public var wrappedValue: Value?

    /// Wraps a value.
    ///
    /// - Parameter wrappedValue: The value, or `nil` when absent.
    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }
}

extension NullWhenAbsent: Sendable where Value: Sendable {}
extension NullWhenAbsent: Equatable where Value: Equatable {}
extension NullWhenAbsent: Hashable where Value: Hashable {}

extension NullWhenAbsent: Encodable where Value: Encodable {
    /// Writes the value, or `null` when it is absent.
    ///
    /// - Parameter encoder: The encoder to write to.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encode(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}

extension NullWhenAbsent: Decodable where Value: Decodable {
    /// Reads the value, or `nil` from `null`.
    ///
    /// - Parameter decoder: The decoder to read from.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }
}

extension KeyedDecodingContainer {
    /// Reads a ``NullWhenAbsent`` property, a missing key as `nil` (the synthesised decoder calls
    /// this overload instead of the generic `decode(_:forKey:)`, which would reject the missing key).
    ///
    /// - Parameters:
    ///   - type: The wrapper's type.
    ///   - key: The property's key.
    /// - Returns: The value; `nil` for `null` or a missing key.
    package func decode<Value: Decodable>(
        _ type: NullWhenAbsent<Value>.Type, forKey key: Key
    ) throws -> NullWhenAbsent<Value> {
        try decodeIfPresent(type, forKey: key) ?? NullWhenAbsent(wrappedValue: nil)
    }
}
