import Foundation
import Interphase

/// Why a call through the C interface failed, as the status it returns: the Python layer raises
/// `ValueError` for ``invalidInput`` and a `ValueError` that is also a `KeyError` for
/// ``elementNotInDiagram`` (pymatgen raises `KeyError` for an element without reference).
enum CStatus: Int32 {
    case success = 0
    case invalidInput = 1
    case elementNotInDiagram = 2
}

/// A failure with the library's message.
struct CFailure: Error {
    let status: CStatus
    let message: String

    /// The failure for any error the library threw: its message (`description`), and whether it
    /// is an element missing from the diagram.
    init(_ error: any Error) {
        if let failure = error as? CFailure {
            self = failure
            return
        }
        message = String(describing: error)
        let missingElement: Bool =
            switch error {
            case PhaseDiagramError.elementNotInDiagram: true
            case StabilityError.elementNotInData, StabilityError.phaseDiagram(.elementNotInDiagram): true
            default: false
            }
        status = missingElement ? .elementNotInDiagram : .invalidInput
    }

    init(invalidInput message: String) {
        status = .invalidInput
        self.message = message
    }
}

/// Runs `body`; on failure writes the library's message (a `malloc`ed C string, freed by
/// `interphase_string_free`) to `error` and returns its status.
func withCStatus(_ message: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ body: () throws -> Void) -> Int32 {
    do {
        try body()
        return CStatus.success.rawValue
    } catch {
        let failure = CFailure(error)
        message?.pointee = strdup(failure.message)
        return failure.status.rawValue
    }
}

/// The element symbols of a space-separated C string (`"Li O P"`).
func elements(ofSymbols symbols: UnsafePointer<CChar>) throws -> [Element] {
    try String(cString: symbols).split(separator: " ").map { symbol in
        guard let element = Element(symbol: String(symbol)) else {
            throw CFailure(invalidInput: "\(symbol) is not an element symbol")
        }
        return element
    }
}

/// A composition from `count` element symbols (space-separated) and their amounts; an element
/// given twice gets the sum of its amounts.
func composition(symbols: UnsafePointer<CChar>, amounts: UnsafePointer<Double>, count: Int) throws -> Composition {
    let elements = try elements(ofSymbols: symbols)
    guard elements.count == count else { throw CFailure(invalidInput: "\(elements.count) element symbols for \(count) amounts") }
    var table: [Element: Double] = [:]
    for (position, element) in elements.enumerated() { table[element, default: 0] += amounts[position] }
    return try Composition(table)
}

/// Writes a decomposition (caller positions and atom fractions) into arrays of `capacity`
/// slots, and its length to `count`.
func write(
    _ components: [DecompositionComponent], positions: UnsafeMutablePointer<Int32>, fractions: UnsafeMutablePointer<Double>,
    capacity: Int, count: UnsafeMutablePointer<Int32>
) throws {
    guard components.count <= capacity else { throw CFailure(invalidInput: "a decomposition of \(components.count) phases does not fit \(capacity) slots") }
    for (slot, component) in components.enumerated() {
        positions[slot] = DiagramHandle.position(ofID: component.entry.id)
        fractions[slot] = component.fraction
    }
    count.pointee = Int32(components.count)
}

/// The JSON text of a Codable result, encoded as `interphase … --format json` prints it.
func jsonText<Value: Encodable>(_ value: Value) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}
