import Testing
@testable import Interphase

@Suite("Phase diagram: hand-computed hulls and degenerate input")
struct PhaseDiagramTests {
    let li = Element(symbol: "Li")!, o = Element(symbol: "O")!, fe = Element(symbol: "Fe")!

    func entry(_ formula: String, _ energyPerAtom: Double, id: String? = nil) -> Entry {
        Entry(id: id ?? formula, composition: try! Composition(parsing: formula), energyPerAtom: energyPerAtom)
    }

    @Test("binary Li–O by hand: Li2O stable, LiO above the Li2O–O2 tie line by the computed amount")
    func binaryHull() throws {
        // Li2O at x_O = 1/3, −2.0; Li2O2 at 1/2, −1.6; LiO3 at 3/4, −0.5.
        // Hull at x_O = 3/4 between Li2O2 (1/2, −1.6) and O2 (1, 0): −1.6 · (1 − 0.5) = −0.8.
        let entries = [entry("Li", 0), entry("O2", 0), entry("Li2O", -2.0), entry("Li2O2", -1.6), entry("LiO3", -0.5)]
        let diagram = try PhaseDiagram(entries: entries)
        #expect(diagram.stableEntries.map(\.formula).sorted() == ["Li", "Li2O", "Li2O2", "O2"])
        #expect(abs(diagram.energyAboveHull(ofEntryAt: 4) - 0.3) < 1e-12)
        let products = try diagram.decomposition(of: try Composition(parsing: "LiO3"))
        #expect(products.map(\.entry.formula) == ["O2", "Li2O2"])
        #expect(abs(products[0].fraction - 0.5) < 1e-12 && abs(products[1].fraction - 0.5) < 1e-12)
        // Li2O2 is stable by 1.6 − (hull of Li2O and O2 at 1/2: −2.0·(1−1/2)/(1−1/3) = −1.5) = 0.1.
        #expect(abs(diagram.decompositionEnergy(ofEntryAt: 3)! - (-0.1)) < 1e-12)
    }

    @Test("ternary by hand: a point on a tie line has zero energy above hull and is not a vertex")
    func ternaryTieLine() throws {
        // LiFeO2 = ½ Li2O + ½ Fe2O3... by atoms: Li2O (3 atoms) + Fe2O3 (5 atoms) = Li2Fe2O4 (8).
        let li2o = -2.0, fe2o3 = -1.7
        let onLine = (3 * li2o + 5 * fe2o3) / 8
        let entries = [entry("Li", 0), entry("Fe", 0), entry("O2", 0), entry("Li2O", li2o), entry("Fe2O3", fe2o3),
                       entry("LiFeO2", onLine), entry("LiFe", 0.1)]
        let diagram = try PhaseDiagram(entries: entries)
        #expect(!diagram.isStable(entryAt: 5))
        #expect(abs(diagram.energyAboveHull(ofEntryAt: 5)) < 1e-12)
        #expect(abs(diagram.energyAboveHull(ofEntryAt: 6) - 0.1) < 1e-12)
        let products = try diagram.decomposition(of: entries[5].composition).map(\.entry.formula).sorted()
        #expect(products == ["Fe2O3", "Li2O"])
    }

    @Test("all formation energies zero: every compound lies on the flat hull, only elements stable")
    func flatInput() throws {
        let entries = [entry("Li", 0), entry("O2", 0), entry("P", 0), entry("Li2O", 0), entry("Li3PO4", 0)]
        let diagram = try PhaseDiagram(entries: entries)
        #expect(diagram.stableEntries.map(\.formula).sorted() == ["Li", "O2", "P"])
        #expect(abs(diagram.energyAboveHull(ofEntryAt: 4)) < 1e-12)
    }

    @Test("a single element: the lowest polymorph is stable, the others sit above it")
    func singleElement() throws {
        let diagram = try PhaseDiagram(entries: [entry("Li", -1.9), entry("Li", -1.8, id: "Li-b")])
        #expect(diagram.stableIndices == [0])
        #expect(abs(diagram.energyAboveHull(ofEntryAt: 1) - 0.1) < 1e-12)
        #expect(diagram.decompositionEnergy(ofEntryAt: 1) == nil)
    }

    @Test("total energies give the same energies above hull as formation energies")
    func referenceShiftInvariance() throws {
        let formation = [entry("Li", 0), entry("O2", 0), entry("Li2O", -2.0), entry("Li2O2", -1.6), entry("LiO3", -0.5)]
        let shifts: [Element: Double] = [li: -1.9, o: -4.95]
        let total = formation.map { e -> Entry in
            let shift = e.composition.elements.reduce(0) { $0 + e.composition.atomicFraction(of: $1) * shifts[$1]! }
            return Entry(id: e.id, composition: e.composition, energyPerAtom: e.energyPerAtom + shift)
        }
        let a = try PhaseDiagram(entries: formation), b = try PhaseDiagram(entries: total)
        for index in formation.indices {
            // Rounding of the shifted energies: 1e-12 eV/atom.
            #expect(abs(a.energyAboveHull(ofEntryAt: index) - b.energyAboveHull(ofEntryAt: index)) < 1e-12)
        }
        #expect(a.stableIndices == b.stableIndices)
    }

    @Test("a missing elemental reference, non-finite energies and foreign elements are errors")
    func errors() throws {
        #expect(throws: PhaseDiagramError.missingElementalReference(fe)) {
            try PhaseDiagram(entries: [entry("Li", 0), entry("O2", 0), entry("LiFeO2", -1)])
        }
        #expect(throws: PhaseDiagramError.noEntries) { try PhaseDiagram(entries: []) }
        #expect(throws: PhaseDiagramError.nonFiniteEnergy(entry: "Li2O (Li2O)")) {
            try PhaseDiagram(entries: [entry("Li", 0), entry("O2", 0), entry("Li2O", .nan)])
        }
        let diagram = try PhaseDiagram(entries: [entry("Li", 0), entry("O2", 0)])
        #expect(throws: PhaseDiagramError.elementNotInDiagram(formula: "FeO", element: fe)) {
            try diagram.hullFormationEnergyPerAtom(at: try Composition(parsing: "FeO"))
        }
    }

    @Test("ten elements: a hull in 10 dimensions, every entry at or above it")
    func tenElements() throws {
        let elements = ["H", "Li", "B", "C", "N", "O", "F", "Na", "Mg", "Al"].map { Element(symbol: $0)! }
        let entries = RandomSystems.entries(elements: elements, count: 60, seed: 10)
        let diagram = try PhaseDiagram(entries: entries)
        for index in entries.indices {
            #expect(diagram.energyAboveHull(ofEntryAt: index) > -1e-9)
        }
        #expect(diagram.stableIndices.count >= 10)
    }

    @Test("property: hull energy ≤ every entry; stable entries at zero; permutation and an entry above the hull change nothing")
    func randomSystemInvariants() throws {
        let elements = ["Li", "Mn", "O", "F"].map { Element(symbol: $0)! }
        for seed in UInt64(1)...5 {
            let entries = RandomSystems.entries(elements: elements, count: 40, seed: seed)
            let diagram = try PhaseDiagram(entries: entries)
            var generator = SplitMixGenerator(seed: seed)
            let permutation = Array(entries.indices).shuffled(using: &generator)
            let permuted = try PhaseDiagram(entries: permutation.map { entries[$0] })
            var extended = entries
            extended.append(Entry(id: "above", composition: entries[7].composition,
                                  energyPerAtom: entries[7].energyPerAtom + 0.5))
            let withAbove = try PhaseDiagram(entries: extended)
            for index in entries.indices {
                let above = diagram.energyAboveHull(ofEntryAt: index)
                #expect(above > -1e-9)
                if diagram.isStable(entryAt: index) { #expect(abs(above) < 1e-9) }
                let permutedIndex = permutation.firstIndex(of: index)!
                #expect(abs(permuted.energyAboveHull(ofEntryAt: permutedIndex) - above) < 1e-9)
                #expect(abs(withAbove.energyAboveHull(ofEntryAt: index) - above) < 1e-9)
            }
            #expect(Set(permuted.stableIndices.map { permutation[$0] }) == Set(diagram.stableIndices))
        }
    }
}
