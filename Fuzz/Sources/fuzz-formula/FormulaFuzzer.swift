import InterphaseFuzzing

/// libFuzzer entry point: ``FuzzTarget/formula(_:_:)`` in the root package's InterphaseFuzzing
/// target, which reaches the library's `package` declarations.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFormula(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.formula(data, size)
}
