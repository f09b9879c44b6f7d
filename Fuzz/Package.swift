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
let interphase = Target.Dependency.product(name: "Interphase", package: rootPackage)

// The fuzz targets reach the library's `package` declarations (the parsers and checks the
// command line uses: JSON Lines, shards, decimal numbers, the per-diagram questions) as the
// root package's own targets do: they are compiled under the root package's name, its identity
// (its folder's name, lowercased).
let rootPackageName = ["-package-name", rootPackage.lowercased()]

func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport", interphase],
        swiftSettings: [.unsafeFlags(["-parse-as-library"] + rootPackageName)])
}

let package = Package(
    name: "InterphaseFuzz",
    dependencies: [.package(path: root.path)],
    targets: [
        .target(name: "FuzzSupport", dependencies: [interphase], swiftSettings: [.unsafeFlags(rootPackageName)]),
        fuzzTarget("fuzz-formula"),
        fuzzTarget("fuzz-csv"),
        fuzzTarget("fuzz-pymatgen-json"),
        fuzzTarget("fuzz-mp-json"),
        fuzzTarget("fuzz-jsonl"),
        fuzzTarget("fuzz-options"),
    ],
    swiftLanguageModes: [.v6]
)
