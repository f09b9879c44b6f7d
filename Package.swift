// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Interphase",
    products: [
        .library(name: "Interphase", targets: ["Interphase"]),
        .executable(name: "interphase", targets: ["interphase"]),
        .executable(name: "interphase-study", targets: ["InterphaseStudy"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Documentation only: `swift package generate-documentation --target Interphase` builds the
        // DocC catalog (Sources/Interphase/Interphase.docc). Adds no code to any product.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // C only: qhull_r and GLPK behind a flat C API that captures their errors.
        // No public API; imported with `internal import`.
        .target(
            name: "InterphaseShims",
            path: "Sources/InterphaseShims",
            linkerSettings: [.linkedLibrary("glpk"), .linkedLibrary("qhull_r")]
        ),
        .target(
            name: "Interphase",
            dependencies: ["InterphaseShims"],
            path: "Sources/Interphase"
        ),
        .executableTarget(
            name: "interphase",
            dependencies: [
                "Interphase",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/interphase"
        ),
        // The exported LiPON study (Notebooks-export/lipon-study): formats what the library computes.
        .executableTarget(
            name: "InterphaseStudy",
            dependencies: ["Interphase"],
            path: "Sources/InterphaseStudy"
        ),
        // Release-mode timings for Benchmarks/run.sh; not part of `swift test`.
        .executableTarget(
            name: "interphase-benchmarks",
            dependencies: ["Interphase"],
            path: "Sources/InterphaseBenchmarks"
        ),
        .testTarget(
            name: "InterphaseTests",
            dependencies: ["Interphase", "interphase"],
            path: "Tests/InterphaseTests",
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
