import Interphase

extension FuzzTarget {
    /// libFuzzer entry point: the JSON loader, `Dataset.read(json:name:)`, seeded with pymatgen
    /// entry dictionaries (`ComputedEntry`, `ComputedStructureEntry`, `PDEntry`), then the hull,
    /// stabilities, a decomposition and a window of small datasets.
    public static func pymatgenJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        if let dataset = try? Dataset.read(json: Downstream.bytes(data, size), name: "fuzz.json") {
            Downstream.exercise(dataset)
        }
        return 0
    }
}
