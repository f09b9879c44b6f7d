import Testing
@testable import Interphase

@Suite("Average voltage of a profile")
struct AverageVoltageTests {
    /// A hand-made profile: 3 Li taken up below 1 V, none from 1 to 3 V, half released at 3 V and
    /// the other half at 4 V (LiCoO2 with a Li0.5CoO2 plateau, say).
    func profile(voltages: Bool = true) -> VoltageProfile {
        let ends: [(low: Double, high: Double?, uptake: Double)] = [(0, 1, 3), (1, 3, 0), (3, 4, -0.5), (4, nil, -1)]
        return VoltageProfile(formula: "LiCoO2", openElement: Element(symbol: voltages ? "Li" : "O")!, steps: ends.map {
            ProfileStep(voltageLow: voltages ? $0.low : nil, voltageHigh: voltages ? $0.high : nil,
                        chemicalPotentialLow: $0.high.map { -$0 }, chemicalPotentialHigh: -$0.low,
                        openElementUptake: $0.uptake, products: [], reaction: "", reactionEnergyPerAtom: 0)
        })
    }

    @Test("the plateaus weighted by the uptake between the two ends, in either order")
    func weighted() throws {
        let profile = profile()
        #expect(profile.averageVoltage(fromUptake: 0, toUptake: -1) == 3.5)
        #expect(profile.averageVoltage(fromUptake: -1, toUptake: 0) == 3.5)
        #expect(profile.averageVoltage(fromUptake: 0, toUptake: -0.25) == 3)
        #expect(profile.averageVoltage(fromUptake: -0.25, toUptake: -0.75) == 3.5)
        let whole: Double = (3 * 1 + 0.5 * 3 + 0.5 * 4) / 4
        #expect(profile.averageVoltage(fromUptake: 3, toUptake: -1) == whole)
    }

    @Test("nil for equal uptakes, an uptake beyond the profile, or a non-metal")
    func undefined() throws {
        let profile = profile()
        #expect(profile.averageVoltage(fromUptake: 0, toUptake: 0) == nil)
        #expect(profile.averageVoltage(fromUptake: 3.5, toUptake: 0) == nil)
        #expect(profile.averageVoltage(fromUptake: 0, toUptake: -1.5) == nil)
        #expect(self.profile(voltages: false).averageVoltage(fromUptake: 0, toUptake: -1) == nil)
    }

    @Test("equals −ΔE per Li of the reaction between the two ends (Li3PO4 + 8 Li → Li3P + 4 Li2O)")
    func reactionEnergy() throws {
        let diagram = try PhaseDiagram(entries: try Fixtures.dataset("lipon-bundled.csv").allEntries)
        let li = Element(symbol: "Li")!
        let profile = try diagram.voltageProfile(of: try Composition(parsing: "Li3PO4"), openElement: li)
        let full = try #require(profile.steps.first?.openElementUptake)
        let energy = { (formula: String) throws -> Double in
            let composition = try Composition(parsing: formula)
            return try diagram.hullFormationEnergyPerAtom(at: composition) * composition.numberOfAtoms
        }
        // From Li3PO4 (uptake 0) to everything it takes up at 0 V.
        let expected = -(try energy("Li3P") + 4 * energy("Li2O") - energy("Li3PO4")) / full
        #expect(full == 8)
        #expect(abs(try #require(profile.averageVoltage(fromUptake: 0, toUptake: full)) - expected) < 1e-12)
    }
}
