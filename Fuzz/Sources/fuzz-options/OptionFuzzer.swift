import InterphaseFuzzing

/// libFuzzer entry point: ``FuzzTarget/options(_:_:)`` in the root package's InterphaseFuzzing
/// target, which reaches the library's `package` declarations.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOptions(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.options(data, size)
}
