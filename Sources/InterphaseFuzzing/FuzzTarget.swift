/// The bodies of the libFuzzer targets in `Fuzz/` (one static function per target, each taking
/// libFuzzer's input bytes and returning 0): the library's parsers, the command line's option
/// readers and the computations downstream of them. They live in this package so that they reach
/// its `package` declarations; `Fuzz/Package.swift` wraps each in an executable whose
/// `LLVMFuzzerTestOneInput` calls it. A crash or a sanitizer report is the only finding: every
/// failure must be a thrown Swift error.
public enum FuzzTarget {}
