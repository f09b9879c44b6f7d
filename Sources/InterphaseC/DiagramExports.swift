import Foundation
import Interphase

// The C interface of a phase diagram over the caller's entries (`Python/interphase` loads it
// with ctypes). Every function returns a `CStatus` (0 on success); on failure it writes the
// library's message to `error` as a C string the caller frees with `interphase_string_free`.
// Compositions cross as space-separated element symbols plus an array of amounts; energies are
// eV per formula unit as written, results eV/atom; entries are named by their position in the
// caller's list. A handle from `interphase_diagram_new` is released by `interphase_diagram_free`.

/// The handle behind an opaque pointer (not retained).
private func diagramHandle(_ pointer: UnsafeMutableRawPointer) -> DiagramHandle {
    Unmanaged<DiagramHandle>.fromOpaque(pointer).takeUnretainedValue()
}

/// Builds a phase diagram of `entryCount` entries. Entry `i`'s composition is given by the
/// slots `offsets[i]..<offsets[i + 1]` of `elementIndices` (positions in the space-separated
/// `symbols`) and `amounts` (atoms per formula unit); `energies[i]` is its total energy, eV per
/// formula unit. `patched` ≠ 0 builds a hull per chemical system (pymatgen's
/// `PatchedPhaseDiagram`), otherwise one hull over everything (`PhaseDiagram`).
@_cdecl("interphase_diagram_new")
public func interphase_diagram_new(
    _ patched: Int32, _ symbols: UnsafePointer<CChar>, _ entryCount: Int32, _ offsets: UnsafePointer<Int32>,
    _ elementIndices: UnsafePointer<Int32>, _ amounts: UnsafePointer<Double>, _ energies: UnsafePointer<Double>,
    _ handle: UnsafeMutablePointer<UnsafeMutableRawPointer?>, _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
    withCStatus(error) {
        let entries = try entries(
            symbols: symbols, count: Int(entryCount), offsets: offsets, elementIndices: elementIndices, amounts: amounts,
            energies: energies, id: DiagramHandle.id(ofPosition:))
        handle.pointee = Unmanaged.passRetained(try DiagramHandle(entries: entries, patched: patched != 0)).toOpaque()
    }
}

/// Releases a handle from `interphase_diagram_new`.
@_cdecl("interphase_diagram_free")
public func interphase_diagram_free(_ handle: UnsafeMutableRawPointer?) {
    guard let handle else { return }
    Unmanaged<DiagramHandle>.fromOpaque(handle).release()
}

/// Releases a message or JSON text the library returned.
@_cdecl("interphase_string_free")
public func interphase_string_free(_ text: UnsafeMutablePointer<CChar>?) {
    free(text)
}

/// Whether each entry is stable (1 or 0) and its energy above the hull (eV/atom), one slot per
/// entry in the caller's order.
@_cdecl("interphase_diagram_entry_stabilities")
public func interphase_diagram_entry_stabilities(
    _ handle: UnsafeMutableRawPointer, _ stable: UnsafeMutablePointer<Int8>, _ energyAboveHull: UnsafeMutablePointer<Double>
) {
    let diagram = diagramHandle(handle)
    for position in diagram.entries.indices {
        stable[position] = diagram.isStable(at: position) ? 1 : 0
        energyAboveHull[position] = diagram.energyAboveHull(at: position)
    }
}

/// The position of the entry that is `symbol`'s elemental reference (its lowest pure entry per
/// atom) in `position`.
@_cdecl("interphase_diagram_reference")
public func interphase_diagram_reference(
    _ handle: UnsafeMutableRawPointer, _ symbol: UnsafePointer<CChar>, _ position: UnsafeMutablePointer<Int32>,
    _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
    withCStatus(error) {
        let element = try elements(ofSymbols: symbol)[0]
        let diagram = try diagramHandle(handle).diagram(for: [element])
        guard let reference = diagram.referenceIndices[element] else {
            throw PhaseDiagramError.elementNotInDiagram(formula: element.symbol, element: element)
        }
        position.pointee = DiagramHandle.position(ofID: diagram.entries[reference].id)
    }
}

/// The decomposition of a composition into stable entries (positions and atom fractions, at
/// most `capacity`) and the hull's formation energy there (eV/atom). With `hasEnergy` ≠ 0,
/// also the energy above the hull (eV/atom, negative below it) of an entry of that composition
/// and `energy` (eV per formula unit).
@_cdecl("interphase_diagram_decomposition")
public func interphase_diagram_decomposition(
    _ handle: UnsafeMutableRawPointer, _ symbols: UnsafePointer<CChar>, _ amounts: UnsafePointer<Double>, _ count: Int32,
    _ hasEnergy: Int32, _ energy: Double,
    _ positions: UnsafeMutablePointer<Int32>, _ fractions: UnsafeMutablePointer<Double>, _ capacity: Int32,
    _ componentCount: UnsafeMutablePointer<Int32>, _ hullFormationEnergy: UnsafeMutablePointer<Double>,
    _ energyAboveHull: UnsafeMutablePointer<Double>, _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
    withCStatus(error) {
        let composition = try composition(symbols: symbols, amounts: amounts, count: Int(count))
        let diagram = try diagramHandle(handle).diagram(for: Set(composition.elements))
        // One facet location answers all three.
        let hull = try diagram.hull(at: composition)
        try write(hull.decomposition, positions: positions, fractions: fractions, capacity: Int(capacity), count: componentCount)
        hullFormationEnergy.pointee = hull.formationEnergyPerAtom
        if hasEnergy != 0 {
            energyAboveHull.pointee = try diagram.formationEnergyPerAtom(of: try candidate(composition, energy)) - hull.formationEnergyPerAtom
        }
    }
}

/// An entry of `composition` and `energy` (eV per formula unit) that is not in the diagram.
///
/// - Throws: ``PhaseDiagramError/nonFiniteEnergy(entry:)`` for a NaN or infinite energy.
private func candidate(_ composition: Composition, _ energy: Double) throws -> Entry {
    let entry = Entry(id: nil, composition: composition, energy: energy)
    guard energy.isFinite else { throw PhaseDiagramError.nonFiniteEnergy(entry: entry.label) }
    return entry
}

/// The formation energy (eV/atom) of an entry of a composition and `energy` (eV per formula
/// unit) over the diagram's elemental references.
@_cdecl("interphase_diagram_formation_energy")
public func interphase_diagram_formation_energy(
    _ handle: UnsafeMutableRawPointer, _ symbols: UnsafePointer<CChar>, _ amounts: UnsafePointer<Double>, _ count: Int32,
    _ energy: Double, _ formationEnergy: UnsafeMutablePointer<Double>, _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
    withCStatus(error) {
        let composition = try composition(symbols: symbols, amounts: amounts, count: Int(count))
        let diagram = try diagramHandle(handle).diagram(for: Set(composition.elements))
        formationEnergy.pointee = try diagram.formationEnergyPerAtom(of: try candidate(composition, energy))
    }
}

/// pymatgen's phase-separation energy (eV/atom) of a compound of a composition and `energy`
/// (eV per formula unit), with the decomposition it is measured against: when the diagram
/// holds a stable entry of that composition, the entry's energy above the hull of the *other*
/// compositions of its system (`PhaseDiagram.otherCompositionsDiagram(at:)`, exact where
/// pymatgen optimises with SLSQP); otherwise its energy above (negative: below) the hull.
@_cdecl("interphase_diagram_phase_separation")
public func interphase_diagram_phase_separation(
    _ handle: UnsafeMutableRawPointer, _ symbols: UnsafePointer<CChar>, _ amounts: UnsafePointer<Double>, _ count: Int32,
    _ energy: Double, _ positions: UnsafeMutablePointer<Int32>, _ fractions: UnsafeMutablePointer<Double>, _ capacity: Int32,
    _ componentCount: UnsafeMutablePointer<Int32>, _ separationEnergy: UnsafeMutablePointer<Double>,
    _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
    withCStatus(error) {
        let composition = try composition(symbols: symbols, amounts: amounts, count: Int(count))
        let entry = try candidate(composition, energy)
        var diagram = try diagramHandle(handle).diagram(for: Set(composition.elements))
        if let own = diagram.lowestEntryIndex(matching: composition), diagram.isStable(entryAt: own) {
            guard let others = diagram.otherCompositionsDiagram(at: own) else {
                throw CFailure(invalidInput: "the hull of the compositions other than \(entry.formula) could not be built")
            }
            diagram = others
        }
        try write(try diagram.decomposition(of: composition), positions: positions, fractions: fractions, capacity: Int(capacity), count: componentCount)
        separationEnergy.pointee = try diagram.energyAboveHull(of: entry)
    }
}

/// pymatgen's equilibrium reaction energy (eV/atom, ≤ 0) of the stable entry at `position`
/// (`PhaseDiagram.equilibriumReactionEnergy(ofEntryAt:)`).
@_cdecl("interphase_diagram_equilibrium_reaction_energy")
public func interphase_diagram_equilibrium_reaction_energy(
    _ handle: UnsafeMutableRawPointer, _ position: Int32, _ reactionEnergy: UnsafeMutablePointer<Double>,
    _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
    withCStatus(error) {
        let handle = diagramHandle(handle)
        guard handle.entries.indices.contains(Int(position)) else { throw CFailure(invalidInput: "entry position \(position) out of range") }
        let (diagram, index) = try handle.diagramAndIndex(ofEntryAt: Int(position))
        guard let energy = diagram.equilibriumReactionEnergy(ofEntryAt: index) else {
            throw CFailure(invalidInput: "\(handle.entries[Int(position)].label) is unstable: the equilibrium reaction energy is available only for stable entries")
        }
        reactionEnergy.pointee = energy
    }
}

/// The element profile of a composition against a reservoir of `symbol`: the library's
/// ``VoltageProfile`` (its steps from the pure element towards lower chemical potential) as the
/// JSON `interphase` prints, written to `json` (freed with `interphase_string_free`). Products
/// carry the ids `#position`.
@_cdecl("interphase_diagram_element_profile")
public func interphase_diagram_element_profile(
    _ handle: UnsafeMutableRawPointer, _ symbol: UnsafePointer<CChar>, _ symbols: UnsafePointer<CChar>,
    _ amounts: UnsafePointer<Double>, _ count: Int32, _ json: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
    _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
    withCStatus(error) {
        let element = try elements(ofSymbols: symbol)[0]
        let composition = try composition(symbols: symbols, amounts: amounts, count: Int(count))
        let diagram = try diagramHandle(handle).diagram(for: Set(composition.elements).union([element]))
        json.pointee = strdup(try jsonText(try diagram.voltageProfile(of: composition, openElement: element)))
    }
}

/// The energy above the hull (eV/atom; negative below it) of each of `entryCount` entries that
/// need not be in the diagram, in the layout of `interphase_diagram_new`, computed on all cores:
/// pymatgen's `get_e_above_hull(entry, allow_negative=True)` for a batch (a screen of candidates).
/// A patched diagram answers by the library's screening of candidates (`interphase hull
/// --input`: its system's hull for a candidate of few elements, one linear program for one of
/// many), reporting signed distances. On failure, the message of the first entry (in order)
/// that failed.
@_cdecl("interphase_diagram_energies_above_hull")
public func interphase_diagram_energies_above_hull(
    _ handle: UnsafeMutableRawPointer, _ symbols: UnsafePointer<CChar>, _ entryCount: Int32, _ offsets: UnsafePointer<Int32>,
    _ elementIndices: UnsafePointer<Int32>, _ amounts: UnsafePointer<Double>, _ energies: UnsafePointer<Double>,
    _ energyAboveHull: UnsafeMutablePointer<Double>, _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
    withCStatus(error) {
        let diagram = diagramHandle(handle)
        let candidates = try entries(
            symbols: symbols, count: Int(entryCount), offsets: offsets, elementIndices: elementIndices, amounts: amounts,
            energies: energies, id: { _ in nil })
        if case .patched(_, let atlas) = diagram.kind {
            let stabilities = atlas.stabilities(of: candidates, report: .signedEnergyAboveHull)
            for (position, stability) in stabilities.enumerated() { energyAboveHull[position] = try stability.get().energyAboveHull }
            return
        }
        let failures = FirstFailure()
        // Each iteration writes only its own slots.
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer(start: energyAboveHull, count: candidates.count)
        let blockSize = 256
        DispatchQueue.concurrentPerform(iterations: (candidates.count + blockSize - 1) / blockSize) { block in
            for position in block * blockSize..<min(candidates.count, (block + 1) * blockSize) {
                do {
                    let entry = candidates[position]
                    guard entry.energy.isFinite else { throw PhaseDiagramError.nonFiniteEnergy(entry: entry.label) }
                    results[position] = try diagram.diagram(for: Set(entry.composition.elements)).energyAboveHull(of: entry)
                } catch {
                    failures.record(error, at: position)
                }
            }
        }
        if let failure = failures.first { throw failure }
    }
}
