import FuzzSupport
import Interphase

/// libFuzzer entry point: the formula parser, `Composition(parsing:)`, then the composition's
/// formatting and a small diagram of it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFormula(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    if let composition = try? Composition(parsing: Downstream.text(data, size)) {
        Downstream.exercise(composition)
    }
    return 0
}
