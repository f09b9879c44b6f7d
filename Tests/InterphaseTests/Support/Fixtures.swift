import Foundation
@testable import Interphase

/// Golden fixtures written by `Scripts/generate_fixtures.py` (pymatgen 2026.10.24) and the
/// datasets they were computed from.
enum Fixtures {
    static var directory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    }

    /// A fixture JSON document.
    static func json(_ name: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// Path of a fixture dataset (CSV).
    static func datasetPath(_ name: String) -> String {
        directory.appendingPathComponent("datasets").appendingPathComponent(name).path
    }

    /// A fixture dataset, loaded by the library's own loader.
    static func dataset(_ name: String) throws -> Dataset {
        try Dataset.load(path: datasetPath(name))
    }

    /// The names of the datasets that have hull fixtures.
    static let hullDatasets = ["lipon-bundled", "lipon-perturbed", "lipon-total", "lipon-energy-per-fu", "random-5el", "ternary-hand"]
}

/// The library's seeded SplitMix64 generator, for reproducible test data.
typealias SplitMixGenerator = SplitMix64

/// Random chemical systems for property tests: elemental references at 0 and compounds with
/// random small-integer compositions and negative formation energies.
enum RandomSystems {
    static func entries(elements: [Element], count: Int, seed: UInt64) -> [Entry] {
        var generator = SplitMixGenerator(seed: seed)
        var entries = elements.map { Entry(id: "ref-\($0.symbol)", composition: .element($0), energy: 0) }
        for index in 0..<count {
            var amounts: [Element: Double] = [:]
            let size = Int.random(in: 2...min(4, elements.count), using: &generator)
            for element in elements.shuffled(using: &generator).prefix(size) {
                amounts[element] = Double(Int.random(in: 1...4, using: &generator))
            }
            let composition = try! Composition(amounts)
            let energy = -Double.random(in: 0.05...2.5, using: &generator)
            entries.append(Entry(id: "r\(index)", composition: composition, energyPerAtom: energy))
        }
        return entries
    }
}
