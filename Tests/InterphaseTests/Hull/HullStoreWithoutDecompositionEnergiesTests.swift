import Testing
@testable import Interphase

/// pymatgen's `PatchedPhaseDiagram` and `get_e_above_hull(entry, allow_negative=True)` through
/// the library's own routes: the whole-data pass without Bartel's decomposition energies, and
/// the screening of candidates reporting signed distances below the hull.
///
/// Tolerance 1e-9 eV/atom (the Python package's parity with pymatgen): the routes compared read
/// the same hull facets off different point sets (one hull over everything, a hull per system,
/// or linear programs), so energies agree to rounding, not bit for bit; stable sets are exact.
@Suite("HullStore without decomposition energies, signed candidates")
struct HullStoreWithoutDecompositionEnergiesTests {
    static let elements = ["Li", "Mg", "O", "P", "S", "N", "Fe"].map { Element(symbol: $0)! }

    @Test("a pass without decomposition energies: one hull up to 7 elements, the same stabilities and stable sets", arguments: UInt64(3)...4)
    func passWithoutDecompositionEnergies(seed: UInt64) throws {
        let entries = RandomSystems.entries(elements: Self.elements, count: 150, seed: seed)
        #expect(HullRoutingPolicy.standard.usesSingleHull(elementCount: 7, decompositionEnergies: false))
        #expect(!HullRoutingPolicy.standard.usesSingleHull(elementCount: 8, decompositionEnergies: false))
        #expect(!HullRoutingPolicy.standard.usesSingleHull(elementCount: 7))
        let full = try HullStore(entries: entries).wholeDataHull()
        let store = HullStore(entries: entries)
        let light = try store.wholeDataHull(decompositionEnergies: false)
        #expect(light.stableIndices == full.stableIndices)
        for (mine, theirs) in zip(light.stabilities, full.stabilities) {
            #expect(mine.isStable == theirs.isStable, "\(mine.formula)")
            #expect(abs(mine.energyAboveHull - theirs.energyAboveHull) < 1e-9, "\(mine.formula)")
            #expect(abs(mine.formationEnergyPerAtom - theirs.formationEnergyPerAtom) < 1e-9, "\(mine.formula)")
            #expect(mine.decomposesTo.map(\.formula) == theirs.decomposesTo.map(\.formula), "\(mine.formula)")
        }
        // The one hull's stable sets serve later questions, as the per-system pass's would.
        let lazy = HullStore(entries: entries)
        for system in store.index.systems {
            #expect(try store.stableEntries(of: system) == lazy.stableEntries(of: system), "\(system)")
        }
        #expect(store.stableSetBuildCount == 0)
    }

    /// Tolerance: exact. Both read the same one hull with the same facet location and the same
    /// arithmetic; only polymorphs and multiples share a location.
    @Test("only the numbers: every entry's stability and E_hull, equal to the pass's rows, stable sets kept", arguments: UInt64(3)...4)
    func numbersOnly(seed: UInt64) throws {
        var entries = RandomSystems.entries(elements: Self.elements, count: 150, seed: seed)
        // Multiples and polymorphs, which share one facet location.
        entries += entries.prefix(40).map { Entry(id: "x2", composition: $0.composition.scaled(by: 2), energy: 2 * $0.energy + 0.3) }
        var systemBySystem = HullRoutingPolicy.standard
        systemBySystem.singleHullElementLimitWithoutDecompositionEnergies = 0
        for policy in [HullRoutingPolicy.standard, systemBySystem] {
            let rows = try HullStore(entries: entries, policy: policy).wholeDataHull(decompositionEnergies: false).stabilities
            let store = HullStore(entries: entries, policy: policy)
            let numbers = try store.wholeDataEnergiesAboveHull()
            #expect(numbers.isStable == rows.map(\.isStable))
            #expect(numbers.energiesAboveHull == rows.map(\.energyAboveHull))
            #expect(store.stableSetBuildCount == 0)
        }
        #expect(try PhaseDiagram(entries: entries).energiesAboveHull() == HullStore(entries: entries).wholeDataEnergiesAboveHull().energiesAboveHull)
        #expect(throws: PhaseDiagramError.noEntries) { try HullStore(entries: []).wholeDataEnergiesAboveHull() }
    }

    @Test("a signed candidate report is the candidate's energy above the data's hull, negative below it", arguments: UInt64(3)...4)
    func signedCandidates(seed: UInt64) throws {
        let entries = RandomSystems.entries(elements: Self.elements, count: 150, seed: seed)
        let atlas = PhaseDiagramAtlas(entries: entries)
        _ = try atlas.wholeDataHull(decompositionEnergies: false)
        let reference = try PhaseDiagram(entries: entries)
        var generator = SplitMixGenerator(seed: seed)
        var candidates: [Entry] = []
        for entry in entries.prefix(80) {
            // Polymorphs of data compositions (stable or not, pure elements too), above and below.
            let shift = Double.random(in: -0.3...0.3, using: &generator)
            candidates.append(Entry(id: "q", composition: entry.composition, energyPerAtom: entry.energyPerAtom + shift))
        }
        // New compositions of any subset of the elements: hulls below 4 elements, linear
        // programs from there.
        let formulas = (0..<60).map { _ in
            Self.elements.filter { _ in Bool.random(using: &generator) }.map { "\($0.symbol)\(Int.random(in: 1...5, using: &generator))" }.joined()
        }
        for formula in formulas where !formula.isEmpty {
            candidates.append(Entry(id: "new", composition: try Composition(parsing: formula), energyPerAtom: -Double.random(in: 0...2.5, using: &generator)))
        }
        let signed = atlas.stabilities(of: candidates, report: .signedEnergyAboveHull)
        let rows = atlas.stabilities(of: candidates)
        var below = 0
        for (candidate, (mine, row)) in zip(candidates, zip(signed, rows)) {
            let label = "\(candidate.formula) at \(candidate.energyPerAtom) eV/atom"
            let (signedRow, clampedRow) = (try mine.get(), try row.get())
            let expected = try reference.energyAboveHull(of: candidate)
            #expect(abs(signedRow.energyAboveHull - expected) < 1e-9, "\(label)")
            #expect(signedRow.isStable == clampedRow.isStable, "\(label)")
            if expected < -1e-9 { #expect(clampedRow.energyAboveHull == 0, "\(label): the CLI's row stops at the hull") }
            if expected < -1e-6 { below += 1 }
        }
        #expect(below > 10)  // the case under test occurs
    }
}
