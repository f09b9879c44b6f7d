import Testing
@testable import Interphase

/// Screening candidates in batches (`PhaseDiagramAtlas.stabilities(of:formulas:report:)`): the
/// candidates are grouped by chemical system and answered in blocks, and a system the data lack
/// gets numerically prepared linear programs. Neither may change an answer.
@Suite("Screening candidates in batches")
struct CandidateBatchTests {
    static let elements = ["Li", "Mg", "O", "P", "S", "N", "Fe"].map { Element(symbol: $0)! }

    static func candidates(of entries: [Entry], seed: UInt64) throws -> [Entry] {
        var generator = SplitMixGenerator(seed: seed)
        var candidates: [Entry] = []
        for entry in entries.prefix(60) {
            let shift = Double.random(in: -0.3...0.3, using: &generator)
            candidates.append(Entry(id: "poly", composition: entry.composition, energyPerAtom: entry.energyPerAtom + shift))
        }
        // New compositions of 2 to 7 elements, and one quaternary system with more candidates
        // than a block holds (so that it is split among blocks).
        for index in 0..<(PhaseDiagramAtlas.candidateBlockSize + 200) {
            let symbols = index % 3 == 0 ? ["Li", "Fe", "P", "S"] : Self.elements.map(\.symbol).filter { _ in Bool.random(using: &generator) }
            guard symbols.count > 1 else { continue }
            let formula = symbols.map { "\($0)\(Int.random(in: 1...6, using: &generator))" }.joined()
            candidates.append(Entry(id: "new-\(index)", composition: try Composition(parsing: formula),
                                    energyPerAtom: -Double.random(in: 0...2.5, using: &generator)))
        }
        return candidates
    }

    /// Tolerance: exact. A candidate is answered by the same hull or the same prepared program,
    /// each program solved from a fresh basis, whatever the others in its batch.
    @Test("a batch gives each candidate what it gets alone; the formulas given are reported", arguments: UInt64(5)...6)
    func batchEqualsAlone(seed: UInt64) throws {
        let entries = RandomSystems.entries(elements: Self.elements, count: 150, seed: seed)
        let candidates = try Self.candidates(of: entries, seed: seed)
        let batch = PhaseDiagramAtlas(entries: entries).stabilities(of: candidates)
        let named = PhaseDiagramAtlas(entries: entries).stabilities(of: candidates, formulas: candidates.map { "typed \($0.formula)" })
        let alone = PhaseDiagramAtlas(entries: entries)
        for (candidate, (row, namedRow)) in zip(candidates, zip(batch, named)) {
            var expected = try alone.stability(of: candidate)
            #expect(try row.get() == expected, "\(candidate.formula)")
            expected.formula = "typed \(candidate.formula)"
            #expect(try namedRow.get() == expected, "\(candidate.formula)")
        }
    }

    /// Tolerance: exact. The same columns, in the same order, from the same arithmetic.
    @Test("a new system's numeric programs have the columns of the general preparation", arguments: UInt64(5)...6)
    func newSystemColumns(seed: UInt64) throws {
        let entries = RandomSystems.entries(elements: Self.elements, count: 150, seed: seed)
        let store = HullStore(entries: entries)
        var checked = 0
        for size in 4...7 {
            for system in Self.subsets(of: Self.elements, size: size).map(ChemicalSystem.init) where store.index.position(of: system) == nil {
                let inputs = try store.hullInputs(of: system).inputs
                let general = LinearProgrammingHull(system: system, inputs: inputs, entry: { entries[$0] }, referenceEnergies: store.referenceEnergies)
                let numeric = try store.candidateHull(of: system)
                #expect(numeric.columnIndices == general.columnIndices, "\(system)")
                #expect(numeric.columnFractions == general.columnFractions, "\(system)")
                #expect(numeric.columnEnergies == general.columnEnergies, "\(system)")
                checked += 1
            }
        }
        #expect(checked > 0)  // the case under test occurs
    }

    /// Tolerance: exact. A system of the data, asked lazily, gets its programs from its
    /// subsystems' columns and its own entries: the same columns, in the same order, the same
    /// groups of own entries, from the same arithmetic as the general preparation.
    @Test("a known system's programs from its subsystems' columns equal the general preparation", arguments: UInt64(5)...6)
    func knownSystemColumns(seed: UInt64) throws {
        var entries = RandomSystems.entries(elements: Self.elements, count: 150, seed: seed)
        // Polymorphs of equal and of lower energy, so that own compositions group several entries.
        for entry in entries.prefix(40) where entry.composition.amounts.count >= 4 {
            entries.append(Entry(id: "twin", composition: entry.composition, energyPerAtom: entry.energyPerAtom))
            entries.append(Entry(id: "lower", composition: entry.composition, energyPerAtom: entry.energyPerAtom - 0.01))
        }
        let store = HullStore(entries: entries)
        var checked = 0
        for system in store.index.systems where system.count >= 4 {
            let (inputs, own) = try store.hullInputs(of: system)
            let general = LinearProgrammingHull(system: system, inputs: inputs, entry: { entries[$0] }, referenceEnergies: store.referenceEnergies)
            let gathered = try store.candidateHull(of: system)
            #expect(gathered.columnIndices == general.columnIndices, "\(system)")
            #expect(gathered.columnFractions == general.columnFractions, "\(system)")
            #expect(gathered.columnEnergies == general.columnEnergies, "\(system)")
            #expect(gathered.columnOfKey == general.columnOfKey, "\(system)")
            #expect(gathered.groups == general.groups, "\(system)")
            checked += own.count > 1 ? 1 : 0
        }
        #expect(checked > 0)  // systems with several own entries occur
    }

    static func subsets(of elements: [Element], size: Int) -> [[Element]] {
        guard size > 0 else { return [[]] }
        guard elements.count >= size else { return [] }
        let rest = Array(elements.dropFirst())
        return subsets(of: rest, size: size - 1).map { [elements[0]] + $0 } + subsets(of: rest, size: size)
    }
}
