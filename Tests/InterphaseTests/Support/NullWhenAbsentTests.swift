import Foundation
import Testing
@testable import Interphase

@Suite("JSON policy: an absent value is written as null and read back as nil")
struct NullWhenAbsentTests {
    let li = Element(symbol: "Li")!

    private func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func roundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: try JSONEncoder().encode(value))
    }

    @Test("a Monte Carlo window summary without limits writes them as null and round-trips")
    func monteCarloSummaryWritesNull() throws {
        let statistics = LimitStatistics(samples: 3, mean: -1, standardDeviation: 0.1, p05: -1.1, p95: -0.9)
        let summary = MonteCarloWindowSummary(
            formula: "Li2PO2N", openElement: Element(symbol: "O")!, samples: 3, seed: 7,
            reductionLimitVoltage: nil, oxidationLimitVoltage: nil,
            reductionLimitChemicalPotential: statistics, oxidationLimitChemicalPotential: nil,
            reductionProducts: [ProductSetFrequency(products: ["Li2O", "Li3P"], frequency: 1)], oxidationProducts: [])
        let text = try json(summary)
        #expect(text.contains(#""reduction_limit_V":null"#))
        #expect(text.contains(#""oxidation_limit_V":null"#))
        #expect(text.contains(#""oxidation_limit_mu":null"#))
        #expect(text.contains(#""reduction_limit_mu":{"mean":-1"#))
        #expect(try roundTrip(summary) == summary)
    }

    @Test("results with nil fields write every key and round-trip")
    func resultsRoundTrip() throws {
        let amount = PhaseAmount(id: nil, formula: "Li3P", amount: 0.5)
        #expect(try json(amount) == #"{"amount":0.5,"formula":"Li3P","id":null}"#)
        #expect(try roundTrip(amount) == amount)

        let step = ProfileStep(
            voltageLow: nil, voltageHigh: nil, chemicalPotentialLow: nil, chemicalPotentialHigh: 0,
            openElementUptake: 2, products: [amount], reaction: "Li2PO2N + 2 Li -> Li3P", reactionEnergyPerAtom: -0.1)
        let window = StabilityWindow(
            formula: "Li2PO2N", openElement: li, energyAboveHull: nil, stabilized: false,
            reductionLimitVoltage: nil, oxidationLimitVoltage: nil,
            reductionLimitChemicalPotential: 0, oxidationLimitChemicalPotential: nil,
            reductionProducts: [], oxidationProducts: [], profile: [step],
            windowWithinTolerance: false, uptakeTolerance: nil, note: "")
        let windowText = try json(window)
        for key in ["energy_above_hull", "reduction_limit_V", "oxidation_limit_V", "oxidation_limit_mu", "uptake_tolerance",
                    "voltage_low", "voltage_high", "mu_low"] {
            #expect(windowText.contains("\"\(key)\":null"), "\(key)")
        }
        #expect(try roundTrip(window) == window)

        let decomposition = GrandCanonicalDecomposition(
            formula: "Li2PO2N", openElement: nil, voltage: nil, chemicalPotential: nil, products: [amount],
            openElementUptake: 0, reaction: "Li2PO2N -> Li3P", reactionEnergyPerAtom: 0, grandPotentialChangePerAtom: 0,
            grandPotential: -1, closedChemicalPotentials: ["P": -1], openElementUptakes: [:])
        #expect(try json(decomposition).contains(#""mu":null,"open_element":null"#))
        #expect(try roundTrip(decomposition) == decomposition)

        let kink = InterfaceReactionKink(x: 0, energyPerAtom: 0, reaction: "Li2PO2N -> Li2PO2N", products: [amount], openElementUptake: nil)
        let reaction = InterfaceReaction(
            reactantA: "Li", reactantB: "Li2PO2N", openElement: nil, voltage: nil, chemicalPotential: nil,
            kinks: [kink], mostExothermic: kink)
        #expect(try json(reaction).contains(#""constraints":null"#))
        #expect(try roundTrip(reaction) == reaction)

        let record = ConstraintRecord(
            excluded: [ExcludedEntry(id: nil, formula: "Li3P", matchedBy: "formula", token: "Li3P")], admitted: [],
            metastableTolerance: nil)
        #expect(try json(record) == #"{"admitted":[],"excluded":[{"formula":"Li3P","id":null,"matched_by":"formula","token":"Li3P"}],"metastable_tolerance":null}"#)
        #expect(try roundTrip(record) == record)
    }

    @Test("a missing key still reads as nil (JSON written without nulls)")
    func missingKeyReadsAsNil() throws {
        let amount = try JSONDecoder().decode(PhaseAmount.self, from: Data(#"{"formula":"Li3P","amount":1}"#.utf8))
        #expect(amount == PhaseAmount(id: nil, formula: "Li3P", amount: 1))
        let stability = try JSONDecoder().decode(EntryStability.self, from: Data(#"""
            {"formula":"Li","formation_energy_per_atom":0,"energy_above_hull":0,"is_stable":true,"decomposes_to":[]}
            """#.utf8))
        #expect(stability.id == nil && stability.decompositionEnergyPerAtom == nil)
    }
}
