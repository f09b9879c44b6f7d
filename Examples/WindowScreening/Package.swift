// swift-tools-version: 6.1
// An example client of the Interphase library: depends on it by path, uses only its public API.
// README's line, in its path form; `traits: []` leaves out the tool's swift-argument-parser.
import PackageDescription

let package = Package(
    name: "WindowScreening",
    dependencies: [
        // A client elsewhere writes README's line instead (Scripts/check-dependency.sh checks it):
        // .package(url: "https://github.com/<owner>/Interphase", branch: "main", traits: []),
        .package(name: "Interphase", path: "../..", traits: []),
    ],
    targets: [
        .executableTarget(
            name: "WindowScreening",
            dependencies: [.product(name: "Interphase", package: "Interphase")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
