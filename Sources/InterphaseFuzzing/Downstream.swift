import Foundation
import Interphase

/// What every fuzz target does with its input: parse it, and when that succeeds run cheap
/// computations further down (formatting, a small hull, a decomposition, a window), so that a
/// crash deep in the library (qhull, GLPK, arithmetic traps) is found too. Every failure must be
/// a thrown Swift error; only a crash or a sanitizer report is a finding.
enum Downstream {
    /// The bytes as text, invalid UTF-8 repaired (the CLI refuses it earlier; the parsers must
    /// still survive whatever a `String` can hold).
    static func text(_ data: UnsafePointer<UInt8>?, _ size: Int) -> String {
        guard let data, size > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }

    /// The bytes as `Data`.
    static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Data {
        guard let data, size > 0 else { return Data() }
        return Data(bytes: data, count: size)
    }

    /// Every formatting and reduction path of a composition, then a two-entry diagram and a
    /// profile when the composition has few elements.
    static func exercise(_ composition: Composition) {
        _ = composition.formula
        _ = composition.spacedFormula
        _ = composition.reducedFormula
        _ = composition.reducedCompositionAndFactor
        _ = composition.fractionalComposition.numberOfAtoms
        _ = composition.chemicalSystem
        _ = composition.isSameReducedComposition(as: composition.scaled(by: 2))
        guard composition.elements.count <= 6 else { return }
        var entries = composition.elements.map { Entry(id: nil, composition: .element($0), energy: 0) }
        entries.append(Entry(id: "x", composition: composition, energyPerAtom: -0.5))
        guard let diagram = try? PhaseDiagram(entries: entries) else { return }
        exercise(diagram, compound: entries.count - 1)
    }

    /// A small dataset: its hull, every entry's stability, one decomposition and one window.
    static func exercise(_ dataset: Dataset) {
        for entry in dataset.entries {
            _ = entry.formula
            _ = entry.label
        }
        guard dataset.allEntries.count <= 40, dataset.elements.count <= 6 else { return }
        guard let diagram = try? PhaseDiagram(entries: dataset.allEntries) else { return }
        for index in dataset.entries.indices { _ = diagram.stability(ofEntryAt: index) }
        if let compound = diagram.entries.indices.first(where: { !diagram.entries[$0].isElement }) {
            exercise(diagram, compound: compound)
        }
    }

    /// A decomposition, a grand-potential hull and a stability window of one compound.
    static func exercise(_ diagram: PhaseDiagram, compound index: Int) {
        let composition = diagram.entries[index].composition
        _ = diagram.stability(ofEntryAt: index)
        let open = composition.elements[0]
        let lp = GrandCanonicalLP(diagram: diagram)
        _ = try? lp.decompose(composition)
        if let potential = try? OpenElement(open, chemicalPotential: -1) {
            _ = try? lp.decompose(composition, openElements: [potential])
            _ = try? GrandPotentialDiagram(diagram: diagram, openElements: [potential]).decomposition(of: composition)
        }
        _ = try? diagram.stabilityWindow(of: composition, openElement: open)
    }
}
