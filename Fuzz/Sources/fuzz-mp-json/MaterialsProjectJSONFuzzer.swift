import FuzzSupport
import Interphase

/// libFuzzer entry point: the JSON loader, `Dataset.read(json:name:)`, seeded with Materials
/// Project API summary documents, then the hull, stabilities, a decomposition and a window of
/// small datasets.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMaterialsProjectJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    if let dataset = try? Dataset.read(json: Downstream.bytes(data, size), name: "fuzz.json") {
        Downstream.exercise(dataset)
    }
    return 0
}
