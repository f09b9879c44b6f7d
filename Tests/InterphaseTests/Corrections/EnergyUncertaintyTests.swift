import Foundation
import Testing
@testable import Interphase

@Suite("Corrections: per-entry energy uncertainty")
struct CorrectionsUncertaintyTests {
    /// A CSV with an `uncertainty` column (eV/atom), kept by the loader as an attribute.
    let csv = """
        formula,energy_per_atom,uncertainty
        Li,-1.9,
        O2,-4.9,
        Li2O,-4.8,0.03
        Li2O2,-4.2,0.04
        """

    @Test("column policy: σ from the data, elements 0, a missing value is an error naming the entry")
    func column() throws {
        let dataset = try Dataset.read(csv: csv, name: "test.csv")
        #expect(try EnergyUncertainty.sigmas(of: dataset, policy: .column) == [0, 0, 0.03, 0.04])
        let missing = try Dataset.read(csv: csv.replacingOccurrences(of: "0.04", with: ""), name: "test.csv")
        #expect(throws: UncertaintyError.missingColumn(entry: "Li2O2")) {
            try EnergyUncertainty.sigmas(of: missing, policy: .column)
        }
        let bad = try Dataset.read(csv: csv.replacingOccurrences(of: "0.04", with: "-1"), name: "test.csv")
        #expect(throws: UncertaintyError.invalidValue(entry: "Li2O2", text: "-1")) {
            try EnergyUncertainty.sigmas(of: bad, policy: .column)
        }
    }

    @Test("corrections policy: pymatgen's MP2020 convention sqrt(Σ (σᵢ nᵢ)²) per formula unit, then per atom")
    func corrections() throws {
        let dataset = try CorrectionScheme.mp2020.apply(to: try BundledDataset.liponMP2020Raw.load())
        let sigmas = try EnergyUncertainty.sigmas(of: dataset, policy: .corrections)
        let byFormula = Dictionary(uniqueKeysWithValues: zip(dataset.allEntries.map(\.formula), sigmas))
        // pymatgen's correction_uncertainty_per_atom for the same entries: LiPO3 0.12/100,
        // Li2O 0.002/3, Li3N 0.0093/4, P2O5 0.02/14, P3N5 0.093/16, LiNO3 0.012/10,
        // Li2O2 0.0688/8; elements 0. Exact products of table values: 1e-12.
        let expected = ["LiPO3": 0.0012, "Li2O": 0.002 / 3, "Li3N": 0.002325, "P2O5": 0.02 / 14,
                        "P3N5": 0.0058125, "LiNO3": 0.0012, "Li2O2": 0.0086, "Li": 0, "P": 0, "O2": 0, "N2": 0]
        for (formula, value) in expected { #expect(abs(byFormula[formula]! - value) < 1e-12, "\(formula)") }
        // Two anions add in quadrature: Li2PO2N sqrt(0.004² + 0.0093²)/6 eV/atom.
        let lipon = try MP2020Correction().corrected(
            Entry(id: nil, composition: try Composition(parsing: "Li2PO2N"), energy: -40))
        #expect(abs(try EnergyUncertainty.sigma(of: lipon, policy: .corrections) - 0.0016872890814689826) < 1e-15)
        // Uncorrected data has no correction uncertainty.
        #expect(throws: UncertaintyError.notCorrected(entry: "Li2O (mp-1960)")) {
            try EnergyUncertainty.sigmas(of: try BundledDataset.liponMP2020Raw.load(), policy: .corrections)
        }
    }

    @Test("column and corrections combine in quadrature; a global σ applies to compounds only")
    func combinedAndGlobal() throws {
        var entry = try MP2020Correction().corrected(
            Entry(id: "x", composition: try Composition(parsing: "Li3N"), energy: -15))
        entry.attributes[EnergyUncertainty.column] = "0.02"
        // sqrt(0.02² + (0.0093/4)²) = 0.020134692…
        let combined = try EnergyUncertainty.sigma(of: entry, policy: .columnAndCorrections)
        #expect(abs(combined - (0.02 * 0.02 + 0.002325 * 0.002325).squareRoot()) < 1e-15)
        let dataset = try Dataset.read(csv: csv, name: "test.csv")
        #expect(try EnergyUncertainty.sigmas(of: dataset, policy: .global(0.05)) == [0, 0, 0.05, 0.05])
        #expect(throws: UncertaintyError.invalidGlobal(-0.1)) {
            try EnergyUncertainty.sigma(of: entry, policy: .global(-0.1))
        }
        // Implicit zero references of formation-energy data are elements too: σ = 0.
        let legacy = try BundledDataset.liponMPLegacy.load()
        let sigmas = try EnergyUncertainty.sigmas(of: legacy, policy: .global(0.01))
        #expect(sigmas.count == legacy.allEntries.count)
        #expect(zip(legacy.allEntries, sigmas).allSatisfy { $0.isElement ? $1 == 0 : $1 == 0.01 })
    }
}
