import Testing
@testable import Interphase

@Suite("Equilibrium reaction energy (pymatgen's: stable entries only) against Bartel's decomposition energy")
struct PhaseDiagramEquilibriumReactionEnergyTests {
    func entry(_ formula: String, _ energyPerAtom: Double) -> Entry {
        Entry(id: formula, composition: try! Composition(parsing: formula), energyPerAtom: energyPerAtom)
    }

    @Test("Li–O by hand: an unstable Li3O2 counts for Bartel's energy of Li2O2, not for the equilibrium reaction energy")
    func binaryByHand() throws {
        // Li2O (x_O = 1/3, −2.0), Li2O2 (1/2, −1.6), Li3O2 (2/5, −1.83): the hull at 2/5 runs from
        // Li2O to Li2O2, −2 + (2/5 − 1/3)/(1/6) · 0.4 = −1.84, so Li3O2 is 0.01 above it.
        // Stable entries other than Li2O2: Li2O–O2 at 1/2 is −2 · (1/2)/(2/3) = −1.5 → −1.6 + 1.5 = −0.1.
        // All other compositions: Li3O2 lies below Li2O–O2 (−1.8 at 2/5), so the hull at 1/2 runs
        // from Li3O2 to O2: −1.83 · (1/2)/(3/5) = −1.525 → Bartel's −1.6 + 1.525 = −0.075.
        // Tolerance 1e-12 eV/atom: a few operations on numbers of order 1.
        let entries = [entry("Li", 0), entry("O2", 0), entry("Li2O", -2.0), entry("Li2O2", -1.6), entry("Li3O2", -1.83)]
        let diagram = try PhaseDiagram(entries: entries)
        #expect(abs(diagram.energyAboveHull(ofEntryAt: 4) - 0.01) < 1e-12)
        #expect(abs(diagram.equilibriumReactionEnergy(ofEntryAt: 3)! - (-0.1)) < 1e-12)
        #expect(abs(diagram.decompositionEnergy(ofEntryAt: 3)! - (-0.075)) < 1e-12)
        let others = try #require(diagram.otherCompositionsDiagram(at: 3))
        #expect(abs(try others.hullFormationEnergyPerAtom(at: entries[3].composition) - (-1.525)) < 1e-12)
        #expect(diagram.equilibriumReactionEnergy(ofEntryAt: 4) == nil)
        #expect(diagram.equilibriumReactionEnergy(ofEntryAt: 0) == 0)
    }
}
