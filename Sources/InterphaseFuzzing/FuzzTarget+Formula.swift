import Interphase

extension FuzzTarget {
    /// libFuzzer entry point: the formula parser, `Composition(parsing:)`, then the composition's
    /// formatting and a small diagram of it.
    public static func formula(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        if let composition = try? Composition(parsing: Downstream.text(data, size)) {
            Downstream.exercise(composition)
        }
        return 0
    }
}
