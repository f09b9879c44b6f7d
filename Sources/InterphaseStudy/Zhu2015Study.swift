import Interphase
import InterphaseMPLegacy

/// "Zhu et al. 2015, Table 1, reproduced": every window of the table from the whole-MP data
/// (`mp-legacy`), beside the published one, and each difference traced to its cause by
/// recomputing — the library computes, this type only formats.
///
/// Causes tried, in this order, for a material whose window does not match (|ΔV| ≤ 0.02 V at
/// both limits, and the same products where the paper gives them):
/// (b) the sulfide correction of MP's legacy scheme removed (sulfides only);
/// (a) phases of our data left out: the products beyond a non-matching limit that Zhu et al. do
///     not list, as long as the paper names them nowhere (a phase it names was in its data),
///     repeated while new ones appear; with (b) when (b) alone does not match;
/// (c) otherwise the energy by which the material would have to move relative to its products.
struct Zhu2015Study: StudyElements {
    let dataset: Dataset
    let atlas: PhaseDiagramAtlas

    /// One way of treating the data.
    struct Evaluation {
        /// Label: `as given`, `(b) sulfide correction removed`, ...
        var label: String
        var removesSulfideCorrection: Bool
        /// Reduced formulas left out.
        var excluded: [String]
        var window: StabilityWindow
        var checks: [LimitCheck]
        var matches: Bool { checks.allSatisfy(\.matches) }
    }

    /// One limit against Zhu et al.
    struct LimitCheck {
        var isReduction: Bool
        var published: Double
        var computed: Double?
        /// Published products (reduced formulas), empty when the paper gives none.
        var publishedProducts: [String]
        var computedProducts: [String]
        /// Li exchanged per formula unit in the step beyond the limit, and atoms per formula unit.
        var exchanged: Double
        var atoms: Double

        var difference: Double? { computed.map { $0 - published } }
        var valueMatches: Bool { difference.map { abs($0) <= Published.zhuMatchTolerance + 1e-9 } ?? false }
        /// `nil` when the paper gives no products.
        var productsMatch: Bool? {
            publishedProducts.isEmpty ? nil : Set(publishedProducts) == Set(computedProducts)
        }
        var matches: Bool { valueMatches && productsMatch != false }
        /// |Δ| as an energy of the material relative to the products beyond the limit (eV/atom).
        var energyPerAtom: Double { abs(difference ?? 0) * exchanged / atoms }
    }

    /// Everything computed for one row of the table.
    struct Material {
        var row: Published.ZhuRow
        var inData: Bool
        var materialID: String?
        var asGiven: Evaluation
        /// Further evaluations, in the order tried.
        var tried: [Evaluation]
        /// The first evaluation that matches (as given included), or `nil`.
        var explanation: Evaluation? { ([asGiven] + tried).first(where: \.matches) }
        /// For an explanation with excluded phases: the smallest rise of their energy (eV/atom)
        /// that has the same effect as leaving them out.
        var requiredRise: Double?
    }

    let materials: [Material]

    init() throws {
        dataset = try MPLegacyDataset.load()
        atlas = PhaseDiagramAtlas(dataset: dataset)
        let protected = Set(try Published.zhuTable1.flatMap { row in
            try ([row.formula] + row.window.reductionProducts + row.window.oxidationProducts).map(Self.reduced)
        })
        var materials: [Material] = []
        for row in Published.zhuTable1 {
            materials.append(try Self.evaluate(row, dataset: dataset, atlas: atlas, protected: protected, lithium: Self.lithium,
                                               sulfur: Self.sulfur, oxygen: Self.oxygen))
        }
        self.materials = materials
    }

    static func reduced(_ formula: String) throws -> String { try Composition(parsing: formula).reducedFormula }

    // MARK: Computation

    /// The entries of `formula`'s chemical system plus Li.
    static func systemDiagram(_ composition: Composition, atlas: PhaseDiagramAtlas, lithium: Element) throws -> PhaseDiagram {
        try atlas.diagram(for: Set(composition.elements).union([lithium])).diagram
    }

    /// Every compound containing S and no O (a sulfide, S the anion) gets its sulfide correction
    /// back: +0.66346 eV per S atom. S–O compounds (sulfates, sulfites) and elemental S are left alone.
    static func removingSulfideCorrection(_ entries: [Entry], sulfur: Element, oxygen: Element) -> [Entry] {
        entries.map { entry in
            guard !entry.isElement, entry.composition.contains(sulfur), !entry.composition.contains(oxygen) else { return entry }
            var shifted = entry
            shifted.energy -= Published.mpLegacySulfideCorrection * entry.composition[sulfur]
            return shifted
        }
    }

    static func evaluate(
        _ row: Published.ZhuRow, dataset: Dataset, atlas: PhaseDiagramAtlas, protected: Set<String>, lithium: Element,
        sulfur: Element, oxygen: Element
    ) throws -> Material {
        let composition = try Composition(parsing: row.formula)
        let own = composition.reducedFormula
        let system = try systemDiagram(composition, atlas: atlas, lithium: lithium)
        let base = system.entries
        let ownEntry = system.indexOfLowestEntry(matching: composition).map { base[$0] }

        func evaluation(_ label: String, uncorrected: Bool, excluded: [String], raise: Double = 0) throws -> Evaluation {
            var entries = uncorrected ? removingSulfideCorrection(base, sulfur: sulfur, oxygen: oxygen) : base
            if raise > 0 {
                let raised = Set(excluded)
                entries = entries.map { entry in
                    guard raised.contains(entry.formula) else { return entry }
                    var e = entry
                    e.energy += raise * entry.composition.numberOfAtoms
                    return e
                }
            }
            let window = try PhaseDiagramAtlas(entries: entries, constraints: EntryConstraints(exclude: raise > 0 ? [] : excluded))
                .stabilityWindow(of: composition, formula: row.formula, openElement: lithium, stabilize: true)
            return Evaluation(label: label, removesSulfideCorrection: uncorrected, excluded: excluded, window: window,
                              checks: try checks(window))
        }

        func checks(_ window: StabilityWindow) throws -> [LimitCheck] {
            let atoms = composition.numberOfAtoms
            return [
                LimitCheck(isReduction: true, published: row.window.reduction, computed: window.reductionLimitVoltage ?? 0,
                           publishedProducts: try row.window.reductionProducts.map(reduced),
                           computedProducts: window.reductionProducts.map(\.formula),
                           exchanged: abs(window.stepBeyondReduction?.openElementUptake ?? 0), atoms: atoms),
                LimitCheck(isReduction: false, published: row.window.oxidation, computed: window.oxidationLimitVoltage,
                           publishedProducts: try row.window.oxidationProducts.map(reduced),
                           computedProducts: window.oxidationProducts.map(\.formula),
                           exchanged: abs(window.stepBeyondOxidation?.openElementUptake ?? 0), atoms: atoms),
            ]
        }

        /// Leaves out, round by round, the products beyond non-matching limits that the paper
        /// does not list there and names nowhere.
        func excluding(from start: Evaluation, uncorrected: Bool, label: String) throws -> Evaluation? {
            var current = start
            var excluded: [String] = []
            for _ in 0..<4 {
                var candidates: [String] = []
                for check in current.checks where !check.matches {
                    for product in check.computedProducts where !check.publishedProducts.contains(product) {
                        let c = try Composition(parsing: product)
                        guard c.elements.count > 1, product != own, !protected.contains(product),
                              !excluded.contains(product), !candidates.contains(product) else { continue }
                        candidates.append(product)
                    }
                }
                guard !candidates.isEmpty else { break }
                excluded += candidates
                current = try evaluation(label, uncorrected: uncorrected, excluded: excluded)
                // Without published products, one round only: the voltage is the only evidence.
                if row.window.reductionProducts.isEmpty && row.window.oxidationProducts.isEmpty { break }
                if current.matches { break }
            }
            return excluded.isEmpty ? nil : current
        }

        let asGiven = try evaluation("as given", uncorrected: false, excluded: [])
        var tried: [Evaluation] = []
        if !asGiven.matches {
            let isSulfide = composition.contains(sulfur) && !composition.contains(oxygen)
            var uncorrected: Evaluation?
            if isSulfide {
                uncorrected = try evaluation("(b) sulfide correction removed", uncorrected: true, excluded: [])
                tried.append(uncorrected!)
            }
            if let excluded = try excluding(from: asGiven, uncorrected: false, label: "(a) phases left out") {
                tried.append(excluded)
            }
            if let uncorrected, !uncorrected.matches,
               let both = try excluding(from: uncorrected, uncorrected: true, label: "(a) + (b)") {
                tried.append(both)
            }
        }
        var material = Material(row: row, inData: ownEntry != nil, materialID: ownEntry?.id, asGiven: asGiven, tried: tried)
        // The smallest rise of the left-out phases' energy that does what leaving them out does.
        if let explanation = material.explanation, !explanation.excluded.isEmpty {
            func same(_ rise: Double) throws -> Bool {
                let raised = try evaluation("", uncorrected: explanation.removesSulfideCorrection, excluded: explanation.excluded, raise: rise)
                return zip(raised.checks, explanation.checks).allSatisfy { a, b in
                    a.computed.map { x in b.computed.map { abs(x - $0) < 1e-4 } ?? false } ?? (b.computed == nil)
                }
            }
            var low = 0.0, high = 2.0
            if try same(high) {
                for _ in 0..<24 {
                    let mid = (low + high) / 2
                    if try same(mid) { high = mid } else { low = mid }
                }
                material.requiredRise = high
            }
        }
        return material
    }
}
