// swift-tools-version: 6.0
// An example client of the Interphase library: depends on it by path, uses only its public API.
import PackageDescription

let package = Package(
    name: "WindowScreening",
    dependencies: [
        // A client elsewhere writes instead:
        // .package(url: "https://github.com/<owner>/Interphase", from: "0.1.0")
        .package(name: "Interphase", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "WindowScreening",
            dependencies: [.product(name: "Interphase", package: "Interphase")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
