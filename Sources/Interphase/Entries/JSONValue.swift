import Foundation

/// Any JSON value, decoded with Foundation's `JSONDecoder` so that loaders can inspect documents
/// of several shapes (pymatgen entries, Materials Project documents) without per-shape types.
enum JSONValue: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            do {
                self = .object(try container.decode([String: JSONValue].self))
            } catch {
                // Not an object either. A number beyond Double's range (1e400) fails every
                // attempt; its own error says so, the object attempt's would not.
                if case .failure(let numberError as DecodingError) = Result(catching: { try container.decode(Double.self) }),
                    case .dataCorrupted = numberError
                {
                    throw numberError
                }
                throw error
            }
        }
    }

    /// Parses a whole JSON document.
    ///
    /// - Throws: ``DataError`` saying the text is not valid JSON.
    static func parse(_ data: Data, file: String) throws(DataError) -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            // JSONDecoder says only "not valid JSON" for syntax errors; JSONSerialization says
            // what and where ("Too many nested arrays or dictionaries around character 513.").
            var reason = JSONValue.describe(error)
            do {
                _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            } catch {
                if let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String { reason = detail }
            }
            throw DataError(file: file, problem: "is not valid JSON (\(reason))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? context.debugDescription
        }
        return "\(error)"
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

    /// The value as text for an attribute: strings as they are, numbers and booleans printed.
    var attributeText: String? {
        switch self {
        case .string(let value): return value
        case .number(let value): return "\(value)"
        case .bool(let value): return "\(value)"
        default: return nil
        }
    }
}
