import InterphaseFuzzing

/// libFuzzer entry point: ``FuzzTarget/materialsProjectJSON(_:_:)`` in the root package's InterphaseFuzzing
/// target, which reaches the library's `package` declarations.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMaterialsProjectJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.materialsProjectJSON(data, size)
}
