import InterphaseFuzzing

/// libFuzzer entry point: ``FuzzTarget/pymatgenJSON(_:_:)`` in the root package's InterphaseFuzzing
/// target, which reaches the library's `package` declarations.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPymatgenJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.pymatgenJSON(data, size)
}
