import Interphase

extension FuzzTarget {
    /// libFuzzer entry point: the JSON Lines query readers (`hull --input` entries and `window
    /// --input` compositions), then the hull and a window for small sets of parsed queries.
    public static func jsonLines(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        let bytes = Downstream.bytes(data, size)
        if let queries = try? JSONLines.entryQueries(bytes, file: "fuzz.jsonl"), !queries.isEmpty, queries.count <= 64 {
            let dataset = Dataset(name: "fuzz.jsonl", entries: queries.map(\.entry), energyKind: .formation)
            Downstream.exercise(dataset)
        }
        if let queries = try? JSONLines.compositionQueries(bytes, file: "fuzz.jsonl") {
            for query in queries.prefix(8) { Downstream.exercise(query.composition) }
        }
        return 0
    }
}
