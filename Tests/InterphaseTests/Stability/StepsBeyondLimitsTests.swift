import Testing
@testable import Interphase

/// ``StabilityWindow/stepBeyondReduction`` and ``StabilityWindow/stepBeyondOxidation``: the
/// profile steps whose products the window reports beyond each limit.
@Suite("The steps just beyond a window's limits")
struct StepsBeyondLimitsTests {
    /// The invariants: the step beyond a limit holds the products reported there, takes up the
    /// open element below the window's voltage and releases it above, and touches the limit.
    /// Exact comparisons of products (the same values copied); limits within
    /// ``Tolerance/criticalPotential`` (the lookup's own tolerance).
    func checkInvariants(_ window: StabilityWindow, _ context: String) {
        let reduction = window.stepBeyondReduction, oxidation = window.stepBeyondOxidation
        #expect((reduction?.products ?? []) == window.reductionProducts, "\(context): reduction products")
        #expect((oxidation?.products ?? []) == window.oxidationProducts, "\(context): oxidation products")
        guard !window.windowEmpty else {
            #expect(reduction == nil && oxidation == nil, "\(context): empty window")
            return
        }
        if let reduction {
            #expect(reduction.openElementUptake > 0, "\(context)")
            #expect(abs(reduction.chemicalPotentialLow! - window.reductionLimitChemicalPotential) <= Tolerance.criticalPotential, "\(context)")
        } else {
            #expect(window.reductionLimitChemicalPotential == 0, "\(context): no step beyond a reduction limit below 0 V")
        }
        if let oxidation {
            #expect(oxidation.openElementUptake < 0, "\(context)")
            #expect(abs(oxidation.chemicalPotentialHigh - window.oxidationLimitChemicalPotential!) <= Tolerance.criticalPotential, "\(context)")
        } else {
            #expect(window.oxidationLimitChemicalPotential == nil, "\(context): no step beyond an oxidation limit")
        }
    }

    @Test("every window of the bundled data, stable or metastable (zero width), Li or O open")
    func everyBundledEntry() throws {
        let diagram = try PhaseDiagram(entries: try BundledDataset.liponMPLegacy.load().allEntries)
        var checked = 0
        for open in ["Li", "O"].map({ Element(symbol: $0)! }) {
            for entry in diagram.entries where !entry.isElement && entry.composition.contains(open)
                && entry.composition.elements.count > 1 {
                let window = try diagram.stabilityWindow(of: entry.composition, formula: entry.formula, openElement: open)
                checkInvariants(window, "\(entry.formula) open \(open.symbol)")
                checked += 1
            }
        }
        let lipon = try diagram.stabilityWindow(of: try Composition(parsing: "Li2PO2N"), openElement: Element(symbol: "Li")!)
        #expect(lipon.stepBeyondReduction?.products.map(\.formula) == ["Li2O", "Li3P", "LiPN2"])
        #expect(lipon.stepBeyondOxidation?.products.map(\.formula) == ["Li4P2O7", "N2", "P3N5"])
        #expect(checked > 40)
    }

    @Test("the tolerance window and the windows under fixed potentials, empty or not")
    func fallbackAndFixed() throws {
        let bundled = try PhaseDiagram(entries: try BundledDataset.liponMPLegacy.load().allEntries)
        let tolerance = try bundled.stabilityWindow(of: try Composition(parsing: "Li2.94PO3.50N0.31"), openElement: Element(symbol: "Li")!)
        #expect(tolerance.windowWithinTolerance)
        checkInvariants(tolerance, "Li2.94PO3.50N0.31")
        var atlases: [String: PhaseDiagramAtlas] = [:]
        for testCase in try FixedPotentialWindowTests.cases() {
            let atlas = try atlases[testCase.dataset] ?? FixedPotentialTests.atlas(testCase.dataset)
            atlases[testCase.dataset] = atlas
            let window = try atlas.stabilityWindow(
                of: try Composition(parsing: testCase.formula), openElement: testCase.swept, fixed: testCase.fixed)
            checkInvariants(window, "\(testCase.dataset) \(testCase.formula) fixed \(FixedPotentialHull.echo(testCase.fixed))")
        }
    }
}
