// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Interphase",
    products: [
        .library(name: "Interphase", targets: ["Interphase"]),
        // All of the Materials Project (mp-legacy, a 5 MB compiled-in CSV): a product of its own,
        // so that a client of Interphase alone does not compile it.
        .library(name: "InterphaseMPLegacy", targets: ["InterphaseMPLegacy"]),
        .executable(name: "interphase", targets: ["interphase"]),
        .executable(name: "interphase-study", targets: ["InterphaseStudy"]),
        // The bodies of the libFuzzer targets in Fuzz/ (a separate package, whose executables
        // call these); here so that they reach the library's `package` declarations.
        .library(name: "InterphaseFuzzing", targets: ["InterphaseFuzzing"]),
        // The C interface the Python package (Python/) loads with ctypes: a shared library.
        .library(name: "InterphaseC", type: .dynamic, targets: ["InterphaseC"]),
    ],
    // A client of the libraries alone writes `traits: []` on its `.package(...)` line: then
    // SwiftPM never fetches swift-argument-parser, which only the `interphase` tool uses (measured
    // with Examples/WindowScreening and Scripts/check-dependency.sh: the dependency is not
    // resolved at all). This package's own builds have the default trait, so the tool builds.
    traits: [
        .trait(name: "CommandLineTool", description: "Builds the dependency of the interphase tool (swift-argument-parser)."),
        .default(enabledTraits: ["CommandLineTool"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Documentation only: `swift package generate-documentation --target Interphase` builds the
        // DocC catalog (Sources/Interphase/Interphase.docc). Adds no code to any product.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // The two system libraries, with the package that provides each. GLPK ships no
        // pkg-config file (not on Debian, not in Homebrew), so it has no `pkgConfig` (a missing
        // .pc would print a bogus install hint on every build); qhull's `qhull_r.pc` gives
        // SwiftPM the include and library paths, and its providers are what SwiftPM suggests
        // when that file is missing.
        .systemLibrary(
            name: "CGLPK",
            path: "Sources/CGLPK",
            providers: [.apt(["libglpk-dev"]), .brew(["glpk"])]
        ),
        .systemLibrary(
            name: "CQhull",
            path: "Sources/CQhull",
            pkgConfig: "qhull_r",
            providers: [.apt(["libqhull-dev"]), .brew(["qhull"])]
        ),
        // C only: qhull_r and GLPK behind a flat C API that captures their errors (qhull's
        // iteration macros and GLPK's error hook with setjmp need C). No public API; imported
        // with `internal import`. A module map's `link` directive takes effect only through a
        // Swift import of that module, which nothing does: measured, SwiftPM passes qhull_r.pc's
        // `-lqhull_r` but nothing links GLPK, so the shim names both libraries itself (qhull_r
        // too, for machines without pkg-config).
        .target(
            name: "InterphaseShims",
            dependencies: ["CGLPK", "CQhull"],
            path: "Sources/InterphaseShims",
            linkerSettings: [.linkedLibrary("glpk"), .linkedLibrary("qhull_r")]
        ),
        .target(
            name: "Interphase",
            dependencies: ["InterphaseShims"],
            path: "Sources/Interphase"
        ),
        // `MPLegacyDataset`: the whole-MP dataset, generated from Data/mp-legacy.csv by
        // Scripts/generate-bundled-data.sh.
        .target(
            name: "InterphaseMPLegacy",
            dependencies: ["Interphase"],
            path: "Sources/InterphaseMPLegacy"
        ),
        .executableTarget(
            name: "interphase",
            dependencies: [
                "Interphase",
                "InterphaseMPLegacy",
                .product(name: "ArgumentParser", package: "swift-argument-parser", condition: .when(traits: ["CommandLineTool"])),
            ],
            path: "Sources/interphase"
        ),
        // The exported LiPON study (Notebooks-export/lipon-study): formats what the library computes.
        .executableTarget(
            name: "InterphaseStudy",
            dependencies: ["Interphase", "InterphaseMPLegacy"],
            path: "Sources/InterphaseStudy"
        ),
        // The fuzz targets' bodies (Fuzz/run.sh builds them with libFuzzer and sanitizers).
        .target(
            name: "InterphaseFuzzing",
            dependencies: ["Interphase"],
            path: "Sources/InterphaseFuzzing"
        ),
        // `@_cdecl` functions over plain arrays for `Python/interphase` (pymatgen's PhaseDiagram
        // names over the caller's entries, and the front door's questions as the CLI's JSON).
        .target(
            name: "InterphaseC",
            dependencies: ["Interphase", "InterphaseMPLegacy"],
            path: "Sources/InterphaseC"
        ),
        // Release-mode timings for Benchmarks/run.sh; not part of `swift test`.
        .executableTarget(
            name: "interphase-benchmarks",
            dependencies: ["Interphase", "InterphaseMPLegacy"],
            path: "Sources/InterphaseBenchmarks"
        ),
        .testTarget(
            name: "InterphaseTests",
            dependencies: ["Interphase", "InterphaseMPLegacy", "interphase"],
            path: "Tests/InterphaseTests",
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
