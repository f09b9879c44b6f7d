import Foundation

/// Any JSON value, read by ``JSONParser`` so that loaders can inspect documents of several shapes
/// (pymatgen entries, Materials Project documents) without per-shape types.
enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses a whole JSON document.
    ///
    /// - Throws: ``DataError`` saying the text is not valid JSON, and why; or naming the line and
    ///   key of a key that an object gives twice.
    /// - Complexity: O(size of the document), whatever its nesting (up to
    ///   ``JSONParser/maximumDepth`` levels).
    static func parse(_ data: Data, file: String) throws(DataError) -> JSONValue {
        do {
            return try JSONParser.parse(data)
        } catch {
            if let key = error.repeatedKey, let line = error.line {
                throw DataError(file: file, location: .line(line), field: key, problem: JSONParser.Failure.repeatedKeyProblem)
            }
            throw DataError(file: file, problem: "is not valid JSON (\(error.reason))")
        }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    var objectValue: [String: JSONValue]? {
        if case .object(let object) = self { return object }
        return nil
    }

    var doubleValue: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// A JSON number as text: integers without a decimal point (`5`, not `5.0`), others as
    /// Swift prints them.
    static func text(of number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
    }

    /// The value as text for an attribute: strings as they are, numbers and booleans printed.
    var attributeText: String? {
        switch self {
        case .string(let value): return value
        case .number(let value): return JSONValue.text(of: value)
        case .bool(let value): return "\(value)"
        default: return nil
        }
    }
}
