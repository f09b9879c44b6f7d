import FuzzSupport
import Interphase

/// libFuzzer entry point: the CSV loader, `Dataset.read(csv:name:)`, then the hull, stabilities,
/// a decomposition and a window of small datasets.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    if let dataset = try? Dataset.read(csv: Downstream.text(data, size), name: "fuzz.csv") {
        Downstream.exercise(dataset)
    }
    return 0
}
