import Testing
import Interphase

@Suite("Error messages: typed payloads, no command-line flags in the library's words")
struct ErrorMessageTests {
    let li = Element(symbol: "Li")!
    let o = Element(symbol: "O")!

    @Test("library errors name no command-line flag (the tool adds them)")
    func noFlags() {
        let errors: [any Error & CustomStringConvertible] = [
            ConstraintError.noMatch("Li9Q"), ConstraintError.elementExcluded("P"),
            ConstraintError.referenceExcluded(li), ConstraintError.invalidTolerance(-1),
            StabilityError.voltageNeedsWorkingIon(o),
            CorrectionError.alreadyCorrected(entry: "Li2O (mp-1960)", correction: -0.687),
            UncertaintyError.notCorrected(entry: "Li2O (mp-1960)"),
            MonteCarloError.sampleFailed(sample: 3, reason: .voltageNeedsWorkingIon(o)),
        ]
        for error in errors {
            #expect(!error.description.contains("--"), "\(error.description)")
        }
        #expect(ConstraintError.noMatch("Li9Q").description == "cannot exclude Li9Q: no entry has this id or composition")
    }

    @Test("wrapped errors keep their type and their words")
    func typedPayloads() throws {
        let failure = MonteCarloError.sampleFailed(sample: 2, reason: .phaseDiagram(.noEntries))
        #expect(failure.description == "Monte Carlo sample 2 failed: \(PhaseDiagramError.noEntries)")
        #expect(throws: MonteCarloError.invalidSigma(entry: "Li2O", sigma: -1)) {
            try MonteCarloHull.run(
                entries: [Entry(id: nil, composition: try Composition(parsing: "Li2O"), energy: -1)],
                sigmas: [-1], samples: 1, seed: 1)
        }
        #expect(throws: MonteCarloError.sigmaCountMismatch(sigmas: 0, entries: 1)) {
            try MonteCarloHull.run(
                entries: [Entry(id: nil, composition: try Composition(parsing: "Li2O"), energy: -1)],
                sigmas: [], samples: 1, seed: 1)
        }
        do {
            _ = try MP2020CorrectionTable(csv: "species,correction_eV_per_atom,uncertainty_eV_per_atom\noxide,x,0\n")
            Issue.record("a corrupt table was accepted")
        } catch {
            guard case .corruptTable(let problem) = error else { Issue.record("\(error)"); return }
            #expect(problem.location == .line(2))
            #expect(error.description == "the compiled-in MP2020 correction table is corrupt: mp2020-corrections.csv, line 2: not a finite number, or a negative uncertainty")
        }
    }
}
