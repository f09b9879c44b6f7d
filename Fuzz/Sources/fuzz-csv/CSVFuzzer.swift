import InterphaseFuzzing

/// libFuzzer entry point: ``FuzzTarget/csv(_:_:)`` in the root package's InterphaseFuzzing
/// target, which reaches the library's `package` declarations.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCsv(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.csv(data, size)
}
