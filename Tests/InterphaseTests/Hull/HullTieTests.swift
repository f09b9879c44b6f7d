import Testing
@testable import Interphase

/// Ties on the hull are decided by one tolerance, `Tolerance.onHull` (1e-11 eV/atom), in one place
/// (`EntryStability.liesBelowHull(formation:hull:)`), on every route that compares numbers: a
/// candidate read off a hull, a candidate answered by linear programs, and the store's LPs over
/// the data's own entries. Issue 26 met a candidate with E_hull −3.65e-13 and `is_stable: false`.
///
/// Offsets: 3.65e-13 eV/atom (the issue's) is a tie; 1e-8 eV/atom, far beyond the tolerance, is not.
@Suite("Ties on the hull")
struct HullTieTests {
    static let tie = 3.65e-13
    static let clear = 1e-8

    /// Li, O2 and Li2O at −2 eV/atom: the hull at LiO is −1.5 eV/atom.
    static func lithiumOxygen() throws -> [Entry] {
        [
            Entry(id: "Li", composition: try Composition(parsing: "Li"), energyPerAtom: 0),
            Entry(id: "O", composition: try Composition(parsing: "O2"), energyPerAtom: 0),
            Entry(id: "Li2O", composition: try Composition(parsing: "Li2O"), energyPerAtom: -2),
        ]
    }

    func candidate(_ formula: String, at energy: Double) throws -> Entry {
        Entry(id: "q", composition: try Composition(parsing: formula), energyPerAtom: energy)
    }

    @Test("a candidate on the hull of a small diagram: not stable, E_hull exactly 0; clearly below it: stable")
    func candidateOnHull() throws {
        let entries = try Self.lithiumOxygen()
        let atlas = PhaseDiagramAtlas(entries: entries)
        let hull = try PhaseDiagram(entries: entries).hullFormationEnergyPerAtom(at: try Composition(parsing: "LiO"))
        #expect(abs(hull + 1.5) < 1e-12)
        // Below, on and above the hull by rounding: one answer.
        for offset in [Self.tie, 0, -Self.tie] {
            let row = try atlas.stability(of: try candidate("LiO", at: hull - offset))
            #expect(!row.isStable && row.energyAboveHull == 0, "\(offset)")
            #expect(Set(row.decomposesTo.map(\.formula)) == ["Li2O", "O2"], "\(offset)")
            // Its composition has no stable entry: the decomposition energy is E_hull.
            #expect(row.decompositionEnergyPerAtom == 0, "\(offset)")
        }
        let below = try atlas.stability(of: try candidate("LiO", at: hull - Self.clear))
        #expect(below.isStable && below.energyAboveHull == 0 && below.decomposesTo.isEmpty)
        #expect(abs(below.decompositionEnergyPerAtom! + Self.clear) < 1e-12)
        // A copy of a stable entry ties with it: not stable, E_hull 0, it decomposes into it.
        let copy = try atlas.stability(of: try candidate("Li2O", at: -2))
        #expect(!copy.isStable && copy.energyAboveHull == 0 && copy.decomposesTo.map(\.formula) == ["Li2O"])
    }

    @Test("a candidate of 4 elements on the hull, answered by linear programs: the same verdict")
    func candidateByLinearPrograms() throws {
        let entries = PhaseDiagramAtlasTests.randomEntries(seed: 3)
        let atlas = PhaseDiagramAtlas(entries: entries)
        let composition = try Composition(parsing: "LiMgO2S")
        #expect(ChemicalSystem(composition).count >= PhaseDiagramAtlas.candidateLinearProgrammingElementCount)
        let hull = try PhaseDiagram(entries: entries).hullFormationEnergyPerAtom(at: composition)
        let tie = try atlas.stability(of: Entry(id: "q", composition: composition, energyPerAtom: hull - Self.tie))
        #expect(!tie.isStable && tie.energyAboveHull == 0 && !tie.decomposesTo.isEmpty)
        let below = try atlas.stability(of: Entry(id: "q", composition: composition, energyPerAtom: hull - Self.clear))
        #expect(below.isStable && below.energyAboveHull == 0)
    }

    @Test("a data entry on the hull, answered by the store's linear programs: not stable, E_hull 0")
    func dataEntryByLinearPrograms() throws {
        var entries = try Self.lithiumOxygen()
        entries.append(Entry(id: "tie", composition: try Composition(parsing: "LiO"), energyPerAtom: -1.5 - Self.tie))
        let linearPrograms = HullRoutingPolicy(singleHullElementLimit: 1, linearProgrammingElementCount: 2)
        let row = try PatchedPhaseDiagram(entries: entries, policy: linearPrograms).stability(ofEntryAt: 3)
        #expect(!row.isStable && row.energyAboveHull == 0 && Set(row.decomposesTo.map(\.formula)) == ["Li2O", "O2"], "\(row.decomposesTo)")
        #expect(row.decompositionEnergyPerAtom == 0)
    }
}
