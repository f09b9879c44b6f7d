// swift-tools-version: 6.0
// libFuzzer targets for Interphase's parsers (see README.md in this folder and run.sh).
//
// A separate package so that the root package's normal build never sees executables without a
// `main`: build one target with
//   swift build --sanitize=fuzzer -c release --product fuzz-formula
// from this folder (libFuzzer supplies `main`; the targets are compiled with -parse-as-library).
import Foundation
import PackageDescription

// The root package is this folder's parent; SwiftPM names a path dependency after its folder,
// which differs between worktrees and CI clones, so the name is computed.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootPackage = root.lastPathComponent
let fuzzing = Target.Dependency.product(name: "InterphaseFuzzing", package: rootPackage)

// Each target is a one-line `LLVMFuzzerTestOneInput` calling its body in the root package's
// InterphaseFuzzing library (`FuzzTarget`), which reaches the library's `package` declarations
// (the command line's readers of JSON Lines, shards and decimal numbers; the per-diagram questions).
func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: [fuzzing],
        swiftSettings: [.unsafeFlags(["-parse-as-library"])])
}

let package = Package(
    name: "InterphaseFuzz",
    dependencies: [.package(path: root.path)],
    targets: [
        fuzzTarget("fuzz-formula"),
        fuzzTarget("fuzz-csv"),
        fuzzTarget("fuzz-pymatgen-json"),
        fuzzTarget("fuzz-mp-json"),
        fuzzTarget("fuzz-jsonl"),
        fuzzTarget("fuzz-options"),
    ],
    swiftLanguageModes: [.v6]
)
