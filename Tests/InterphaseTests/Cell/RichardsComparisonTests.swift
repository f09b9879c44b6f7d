import Foundation
import Testing
@testable import Interphase

/// The cell study's comparison with Richards et al. (Chem. Mater. 28, 266 (2016)): their LiPON
/// model against LiCoO2 on the whole MP, against pymatgen (fixture `richards2016` of
/// `cell-mp-legacy.json`, from Scripts/check_cell.py): LiCoO2's average voltage within 1e-9 V,
/// kinks within 1e-4 as the other whole-MP checks (measured: 1e-15 V and at most 7e-15).
extension CellTests {
    @Test("Richards et al.'s LiPON | LiCoO2: LiCoO2's average voltage and both references of ΔΦ match pymatgen")
    func richardsComparisonMatchesPymatgen() throws {
        let atlas = try Self.mpLegacy.get()
        let li = Element(symbol: "Li")!
        let fixture = (try Fixtures.json("cell-mp-legacy.json") as! [String: Any])["richards2016"] as! [String: Any]
        let cathode = fixture["cathode"] as! String, electrolyte = fixture["electrolyte"] as! String
        let average = fixture["average_voltage"] as! [String: Any]

        // LiCoO2 -> CoO2 + Li: uptake 0 to -1 per LiCoO2, over its plateaus.
        let profile = try atlas.voltageProfile(of: try Composition(parsing: cathode), openElement: li)
        let voltage = try #require(profile.averageVoltage(fromUptake: 0, toUptake: -1))
        #expect(abs(voltage - (average["voltage"] as! Double)) < 1e-9)
        for plateau in average["plateaus"] as! [Double] {
            #expect(profile.criticalVoltages.contains { abs($0 - plateau) < 1e-9 }, "plateau \(plateau) V")
        }

        for expected in fixture["reactions"] as! [[String: Any]] {
            let include = expected["include_no_mixing_energy"] as! Bool
            let reaction = try atlas.interfaceReaction(
                try Composition(parsing: cathode), try Composition(parsing: electrolyte),
                openElement: try OpenElement(li, voltage: expected["voltage"] as! Double), includeNoMixingEnergy: include)
            let label = "\(expected["voltage"]!) V, include_no_mixing_energy=\(include)"
            let kinks = expected["kinks"] as! [[String: Any]]
            try #require(reaction.kinks.count == kinks.count, "\(label)")
            for (mine, theirs) in zip(reaction.kinks, kinks) {
                #expect(abs(mine.x - (theirs["x"] as! Double)) < 1e-4, "\(label)")
                #expect(abs(mine.energyPerAtom - (theirs["energy_per_atom"] as! Double)) < 1e-4, "\(label)")
                #expect(mine.products.map(\.formula).sorted() == theirs["products"] as! [String], "\(label) at x = \(mine.x)")
            }
            if let noMixing = expected["no_mixing_energy"] as? [String: Double] {
                #expect(abs(reaction.kinks.first!.energyPerAtom - noMixing[electrolyte]!) < 1e-4, "\(label)")
                #expect(abs(reaction.kinks.last!.energyPerAtom - noMixing[cathode]!) < 1e-4, "\(label)")
            }
        }
    }
}
