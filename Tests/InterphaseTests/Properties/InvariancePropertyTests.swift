import Foundation
import Testing
@testable import Interphase

/// Property tests over seeded random systems (``RandomSystems``, ``SplitMixGenerator``): each
/// test's name states the invariant. Those already covered elsewhere (hull energy ≤ every entry,
/// stable entries at zero, permutation and an added entry above the hull leaving energies above
/// hull unchanged: PhaseDiagramTests; uptake monotone: StabilityWindowTests; closed LP = hull:
/// GrandCanonicalLPTests) are not repeated.
@Suite("Properties: invariances of hulls, decompositions and windows")
struct InvariancePropertyTests {
    let li = Element(symbol: "Li")!
    let elements = ["Li", "Mn", "O", "F"].map { Element(symbol: $0)! }

    /// Window limits and profile steps (voltages, uptakes, product formulas) of `composition`
    /// in two diagrams agree within `tolerance` (V and atoms).
    func expectSameWindow(
        _ a: PhaseDiagram, _ b: PhaseDiagram, of composition: Composition, tolerance: Double, _ label: String
    ) throws {
        let first = try a.stabilityWindow(of: composition, openElement: li)
        let second = try b.stabilityWindow(of: composition, openElement: li)
        #expect(abs(first.reductionLimitVoltage! - second.reductionLimitVoltage!) < tolerance, "\(label)")
        #expect(abs((first.oxidationLimitVoltage ?? -1) - (second.oxidationLimitVoltage ?? -1)) < tolerance, "\(label)")
        #expect(first.profile.count == second.profile.count, "\(label)")
        for (x, y) in zip(first.profile, second.profile) {
            #expect(abs((x.voltageHigh ?? -1) - (y.voltageHigh ?? -1)) < tolerance, "\(label)")
            #expect(abs(x.openElementUptake - y.openElementUptake) < tolerance, "\(label)")
            #expect(x.products.map(\.formula) == y.products.map(\.formula), "\(label)")
        }
    }

    @Test("property: shifting every element's reference energy (total instead of formation energies) changes no energy above hull, no stability and no window or profile voltage")
    func referenceShift() throws {
        for seed in UInt64(40)...43 {
            let entries = RandomSystems.entries(elements: elements, count: 30, seed: seed)
            var generator = SplitMixGenerator(seed: seed &* 7)
            var shift: [Element: Double] = [:]
            for element in elements { shift[element] = -Double.random(in: 0.5...12, using: &generator) }
            let total = entries.map { entry in
                var shifted = entry
                shifted.energy += entry.composition.amounts.reduce(0) { $0 + $1.amount * shift[$1.element]! }
                return shifted
            }
            let formation = try PhaseDiagram(entries: entries), shifted = try PhaseDiagram(entries: total)
            #expect(formation.stableIndices == shifted.stableIndices, "seed \(seed)")
            for index in entries.indices {
                // Shifts of up to 12 eV/atom: rounding of the shifted energies ~1e-14 relative.
                #expect(abs(formation.energyAboveHull(ofEntryAt: index) - shifted.energyAboveHull(ofEntryAt: index)) < 1e-9,
                        "seed \(seed) \(entries[index].formula)")
            }
            for entry in entries.prefix(12) where !entry.isElement && entry.composition.elements != [li] {
                try expectSameWindow(formation, shifted, of: entry.composition, tolerance: 1e-8, "seed \(seed) \(entry.formula)")
            }
        }
    }

    @Test("property: writing every formula unit k times larger (energy k times larger) changes no energy above hull, stability, hull decomposition or window")
    func formulaUnitScaling() throws {
        for seed in UInt64(50)...53 {
            let entries = RandomSystems.entries(elements: elements, count: 30, seed: seed)
            var generator = SplitMixGenerator(seed: seed)
            let scaled = entries.map { entry -> Entry in
                let k = Double(Int.random(in: 2...5, using: &generator))
                return Entry(id: entry.id, composition: entry.composition.scaled(by: k), energy: entry.energy * k)
            }
            let a = try PhaseDiagram(entries: entries), b = try PhaseDiagram(entries: scaled)
            #expect(a.stableIndices == b.stableIndices, "seed \(seed)")
            for index in entries.indices {
                #expect(abs(a.energyAboveHull(ofEntryAt: index) - b.energyAboveHull(ofEntryAt: index)) < 1e-9, "seed \(seed)")
                let x = try a.decomposition(of: entries[index].composition)
                let y = try b.decomposition(of: scaled[index].composition)
                #expect(x.map(\.entry.id) == y.map(\.entry.id), "seed \(seed) \(entries[index].formula)")
                for (p, q) in zip(x, y) { #expect(abs(p.fraction - q.fraction) < 1e-9) }
            }
            for entry in entries.prefix(10) where !entry.isElement && entry.composition.elements != [li] {
                try expectSameWindow(a, b, of: entry.composition, tolerance: 1e-8, "seed \(seed) \(entry.formula)")
            }
        }
    }

    @Test("property: decomposing k formula units gives k times the products and uptake of one, at any voltage")
    func inputScaling() throws {
        for seed in UInt64(54)...56 {
            let entries = RandomSystems.entries(elements: elements, count: 30, seed: seed)
            let lp = GrandCanonicalLP(diagram: try PhaseDiagram(entries: entries))
            var generator = SplitMixGenerator(seed: seed)
            for entry in entries.prefix(15) where !entry.isElement && entry.composition.elements != [li] {
                let open = try OpenElement(li, voltage: Double.random(in: 0...5, using: &generator))
                let k = Double.random(in: 0.5...7, using: &generator)
                let one = try lp.decompose(entry.composition, openElements: [open])
                let many = try lp.decompose(entry.composition.scaled(by: k), openElements: [open])
                #expect(one.products.map(\.formula) == many.products.map(\.formula), "seed \(seed) \(entry.formula)")
                for (p, q) in zip(one.products, many.products) { #expect(abs(p.amount * k - q.amount) < 1e-7 * k) }
                #expect(abs(one.openElementUptake * k - many.openElementUptake) < 1e-7 * k)
                #expect(abs(one.grandPotentialChangePerAtom - many.grandPotentialChangePerAtom) < 1e-9)
            }
        }
    }

    @Test("property: the LP's decomposition at a fixed voltage equals the grand-potential hull's (qhull) decomposition")
    func lpEqualsGrandHull() throws {
        for seed in UInt64(60)...63 {
            let entries = RandomSystems.entries(elements: elements, count: 30, seed: seed)
            let diagram = try PhaseDiagram(entries: entries)
            let lp = GrandCanonicalLP(diagram: diagram)
            var generator = SplitMixGenerator(seed: seed)
            for _ in 0..<4 {
                let open = try OpenElement(li, voltage: Double.random(in: 0...5, using: &generator))
                let grand = try GrandPotentialDiagram(diagram: diagram, openElements: [open])
                for entry in entries where !entry.isElement && entry.composition.elements != [li] {
                    let result = try lp.decompose(entry.composition, openElements: [open])
                    let closedAtoms = entry.composition.numberOfAtoms - entry.composition[li]
                    let lpProducts = Set(result.products.filter { product in
                        let unit = try! Composition(parsing: product.formula)
                        return product.amount * (unit.numberOfAtoms - unit[li]) / closedAtoms > 1e-6
                    }.map(\.formula))
                    let hullProducts = Set(try grand.decomposition(of: entry.composition).filter { $0.fraction > 1e-6 }.map(\.entry.formula))
                    #expect(lpProducts == hullProducts, "seed \(seed) \(entry.formula) at \(open)")
                }
            }
        }
    }

    @Test("property: adding an entry above the hull changes no window, profile or decomposition")
    func entryAboveHullChangesNoWindow() throws {
        for seed in UInt64(70)...72 {
            let entries = RandomSystems.entries(elements: elements, count: 30, seed: seed)
            let diagram = try PhaseDiagram(entries: entries)
            var generator = SplitMixGenerator(seed: seed)
            var extended = entries
            for (index, entry) in RandomSystems.entries(elements: elements, count: 5, seed: seed + 1000).enumerated() where !entry.isElement {
                // Lifted strictly above the hull at its composition.
                let hull = try diagram.hullFormationEnergyPerAtom(at: entry.composition)
                let lift = Double.random(in: 1e-4...0.5, using: &generator)
                extended.append(Entry(id: "above-\(index)", composition: entry.composition, energyPerAtom: hull + lift))
            }
            let withAbove = try PhaseDiagram(entries: extended)
            #expect(withAbove.stableIndices == diagram.stableIndices, "seed \(seed)")
            for entry in entries.prefix(10) where !entry.isElement && entry.composition.elements != [li] {
                try expectSameWindow(diagram, withAbove, of: entry.composition, tolerance: 1e-9, "seed \(seed) \(entry.formula)")
            }
        }
    }

    @Test("property: the window limits of a stable compound are exactly the ends of its own zero-uptake step, which holds only the compound; it takes up the open element below and releases it above")
    func stableWindowBracketsOwnStep() throws {
        for seed in UInt64(80)...83 {
            let entries = RandomSystems.entries(elements: elements, count: 30, seed: seed)
            let diagram = try PhaseDiagram(entries: entries)
            for index in diagram.stableIndices where !entries[index].isElement {
                let entry = entries[index]
                let window = try diagram.stabilityWindow(of: entry.composition, openElement: li)
                let label = "seed \(seed) \(entry.formula)"
                let own = try #require(window.profile.firstIndex { $0.openElementUptake == 0 }, "\(label)")
                let step = window.profile[own]
                #expect(step.products.map(\.formula) == [entry.formula], "\(label)")
                #expect(window.reductionLimitChemicalPotential == step.chemicalPotentialHigh, "\(label)")
                #expect(window.oxidationLimitChemicalPotential == step.chemicalPotentialLow, "\(label)")
                #expect(window.reductionLimitVoltage == step.voltageLow, "\(label)")
                #expect(window.oxidationLimitVoltage == step.voltageHigh, "\(label)")
                #expect(window.profile[..<own].allSatisfy { $0.openElementUptake > 0 }, "\(label)")
                #expect(window.profile[(own + 1)...].allSatisfy { $0.openElementUptake < 0 }, "\(label)")
                #expect(window.reductionProducts == (own > 0 ? window.profile[own - 1].products : []), "\(label)")
                #expect(!window.windowWithinTolerance)
            }
        }
    }
}
