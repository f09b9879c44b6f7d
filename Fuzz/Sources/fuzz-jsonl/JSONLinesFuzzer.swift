import InterphaseFuzzing

/// libFuzzer entry point: ``FuzzTarget/jsonLines(_:_:)`` in the root package's InterphaseFuzzing
/// target, which reaches the library's `package` declarations.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJsonLines(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.jsonLines(data, size)
}
