import Interphase

extension FuzzTarget {
    /// libFuzzer entry point: the CSV loader, `Dataset.read(csv:name:)`, then the hull, stabilities,
    /// a decomposition and a window of small datasets.
    public static func csv(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        if let dataset = try? Dataset.read(csv: Downstream.text(data, size), name: "fuzz.csv") {
            Downstream.exercise(dataset)
        }
        return 0
    }
}
