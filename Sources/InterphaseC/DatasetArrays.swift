import Foundation
import Interphase

/// A bundled dataset as the plain arrays Python builds its light entries from (no JSON text in
/// between): entry `i`'s composition is the slots `offsets[i]..<offsets[i + 1]` of
/// `elementIndices` (positions in `symbols`) and `amounts` (atoms per formula unit), its energy
/// `energies[i]` (eV per formula unit) and its id the `i`th line of `ids` (empty: none).
/// Behind an opaque pointer from `interphase_dataset_new`, released by `interphase_dataset_free`.
final class DatasetArrays {
    /// The dataset's elements, space-separated, in order of atomic number.
    let symbols: String
    let offsets: [Int32]
    let elementIndices: [Int32]
    let amounts: [Double]
    let energies: [Double]
    /// The ids, one per line (an entry without an id has an empty line).
    let ids: [UInt8]

    /// The arrays of every entry of `dataset`, implicit references included.
    init(_ dataset: Dataset) {
        let entries = dataset.allEntries
        let elements = Set(entries.flatMap(\.composition.elements)).sorted()
        let position = Dictionary(uniqueKeysWithValues: elements.enumerated().map { ($1, Int32($0)) })
        symbols = elements.map(\.symbol).joined(separator: " ")
        var offsets: [Int32] = [0], elementIndices: [Int32] = [], amounts: [Double] = [], ids: [UInt8] = []
        offsets.reserveCapacity(entries.count + 1)
        for (number, entry) in entries.enumerated() {
            for element in entry.composition.elements {
                elementIndices.append(position[element]!)
                amounts.append(entry.composition[element])
            }
            offsets.append(Int32(elementIndices.count))
            if number > 0 { ids.append(UInt8(ascii: "\n")) }
            ids += (entry.id ?? "").utf8
        }
        self.offsets = offsets
        self.elementIndices = elementIndices
        self.amounts = amounts
        energies = entries.map(\.energy)
        self.ids = ids
    }
}

/// Reads the bundled dataset `name` (the CLI's `--data` names) into arrays: its handle, entry
/// count, composition slot count and the byte length of its ids, which size the arrays
/// `interphase_dataset_read` fills.
@_cdecl("interphase_dataset_new")
public func interphase_dataset_new(
    _ name: UnsafePointer<CChar>, _ handle: UnsafeMutablePointer<UnsafeMutableRawPointer?>, _ entryCount: UnsafeMutablePointer<Int32>,
    _ slotCount: UnsafeMutablePointer<Int32>, _ idByteCount: UnsafeMutablePointer<Int32>,
    _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
    withCStatus(error) {
        let arrays = DatasetArrays(try BundledAtlases.dataset(named: String(cString: name)))
        entryCount.pointee = Int32(arrays.energies.count)
        slotCount.pointee = Int32(arrays.amounts.count)
        idByteCount.pointee = Int32(arrays.ids.count)
        handle.pointee = Unmanaged.passRetained(arrays).toOpaque()
    }
}

/// Copies a dataset's arrays into the caller's (sized by `interphase_dataset_new`: entry
/// count + 1 offsets, slot count element positions and amounts, entry count energies, id byte
/// count bytes of ids) and writes its element symbols to `symbols` (freed with
/// `interphase_string_free`).
@_cdecl("interphase_dataset_read")
public func interphase_dataset_read(
    _ handle: UnsafeMutableRawPointer, _ symbols: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
    _ offsets: UnsafeMutablePointer<Int32>, _ elementIndices: UnsafeMutablePointer<Int32>, _ amounts: UnsafeMutablePointer<Double>,
    _ energies: UnsafeMutablePointer<Double>, _ ids: UnsafeMutablePointer<UInt8>
) {
    let arrays = Unmanaged<DatasetArrays>.fromOpaque(handle).takeUnretainedValue()
    symbols.pointee = strdup(arrays.symbols)
    func copy<Value>(_ values: [Value], to target: UnsafeMutablePointer<Value>) {
        values.withUnsafeBufferPointer { if let start = $0.baseAddress { target.update(from: start, count: $0.count) } }
    }
    copy(arrays.offsets, to: offsets)
    copy(arrays.elementIndices, to: elementIndices)
    copy(arrays.amounts, to: amounts)
    copy(arrays.energies, to: energies)
    copy(arrays.ids, to: ids)
}

/// Releases a handle from `interphase_dataset_new`.
@_cdecl("interphase_dataset_free")
public func interphase_dataset_free(_ handle: UnsafeMutableRawPointer?) {
    guard let handle else { return }
    Unmanaged<DatasetArrays>.fromOpaque(handle).release()
}
