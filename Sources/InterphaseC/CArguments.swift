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

/// `count` entries whose compositions are given by the slots `offsets[i]..<offsets[i + 1]` of
/// `elementIndices` (positions in the space-separated `symbols`) and `amounts` (atoms per
/// formula unit), with `energies` (eV per formula unit) and the ids `id(i)`.
func entries(
    symbols: UnsafePointer<CChar>, count: Int, offsets: UnsafePointer<Int32>, elementIndices: UnsafePointer<Int32>,
    amounts: UnsafePointer<Double>, energies: UnsafePointer<Double>, id: (Int) -> String?
) throws -> [Entry] {
    let elements = try elements(ofSymbols: symbols)
    var entries: [Entry] = []
    entries.reserveCapacity(count)
    for position in 0..<count {
        var table: [Element: Double] = [:]
        for slot in Int(offsets[position])..<Int(offsets[position + 1]) {
            let element = Int(elementIndices[slot])
            guard elements.indices.contains(element) else { throw CFailure(invalidInput: "element index \(element) out of range") }
            table[elements[element], default: 0] += amounts[slot]
        }
        entries.append(Entry(id: id(position), composition: try Composition(table), energy: energies[position]))
    }
    return entries
}

/// The failure of the first item (by position) among those computed concurrently.
final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var failure: (position: Int, error: any Error)?

    func record(_ error: any Error, at position: Int) {
        lock.withLock { if failure.map({ position < $0.position }) ?? true { failure = (position, error) } }
    }

    var first: CFailure? { lock.withLock { failure.map { CFailure($0.error) } } }
}
