import Foundation
import Testing
@testable import Interphase

/// Figures a person reads (issue 25): long labels wrap or are moved to a list, never cut at the
/// canvas's edge or stacked; every phase of a ternary is named; a colour that carries a value
/// has a key. Geometry is compared in SVG user units with `TextMetrics`' estimated widths, the
/// same estimate the figures place by, so the checks are exact (no tolerance).
@Suite("Figures: legibility")
struct FiguresLegibilityTests {
    /// The Li | Li2PO2N reaction of the bundled data with its kinks renamed to long product
    /// lists and crowded near x = 0, as a five-element reaction of the whole MP is.
    static func crowdedReaction() throws -> InterfaceReaction {
        let diagram = try FiguresTests.bundledDiagram()
        var reaction = try diagram.interfaceReaction(
            try Composition(parsing: "Li"), try Composition(parsing: "Li2PO2N"), formulaA: "Li", formulaB: "Li2PO2N")
        let template = reaction.kinks[1]
        let long = ["Mn2PClO4", "MnCl2", "NiS2", "P2S7", "PCl3O", "S8O", "Ni3(PO4)2", "Li14P2(N2O)3"]
        let xs = [0, 0.008, 0.016, 0.024, 0.032, 0.04, 0.5, 1.0]
        reaction.kinks = xs.enumerated().map { index, x in
            var kink = template
            kink.x = x
            kink.energyPerAtom = x == 0 || x == 1 ? 0 : -0.7 * (1 - (x - 0.5) * (x - 0.5) * 4) - 0.05 * x
            kink.products = (0..<5).map { PhaseAmount(id: nil, formula: long[(index + $0) % long.count], amount: 1) }
            kink.reaction = "3 LiNi0.5Mn1.5O4 + Li6PS5Cl -> " + kink.products.map { "0.5 \($0.formula)" }.joined(separator: " + ") + " + 9 Li"
            return kink
        }
        reaction.mostExothermic = reaction.kinks[6]
        return reaction
    }

    @Test("react --svg with long products: the subtitle wraps inside the canvas; no label stacked; each kink labelled or numbered and listed")
    func crowdedInterfaceReaction() throws {
        let reaction = try Self.crowdedReaction()
        let figure = InterfaceReactionFigure(reaction)
        let parsed = try #require(ParsedSVG(try figure.svg()))
        FiguresTests.checkCanvas(parsed)
        #expect(parsed.texts(ofClass: "subtitle").count >= 2, "the long subtitle wraps")
        let labels = parsed.texts(ofClass: "kink-label") + parsed.texts(ofClass: "best-kink-label")
        let listed = parsed.texts(ofClass: "listed-kink")
        let numbers = parsed.texts(ofClass: "kink-number") + parsed.texts(ofClass: "best-kink-number")
        #expect(numbers.count == listed.filter { !$0.hasPrefix("    ") }.count)
        #expect(!numbers.isEmpty, "the crowded kinks near x = 0 cannot all be labelled in place")
        for kink in reaction.kinks {
            let label = figure.label(of: kink)
            #expect(labels.contains { $0.hasPrefix(label) } || listed.contains { $0.contains(label) },
                    "the kink at x = \(kink.x) is neither labelled nor listed")
        }
    }

    @Test("Li–P–O ternary: every unstable phase is named, by a label at its dot or by a number listed under the colour bar")
    func ternaryNamesEveryPhase() throws {
        let diagram = try FiguresTests.bundledDiagram()
        let figure = TernaryPhaseDiagramFigure(diagram: diagram, elements: [FiguresTests.li, FiguresTests.p, FiguresTests.o])
        let sub = try figure.subsystem()
        let parsed = try #require(ParsedSVG(try figure.svg()))
        FiguresTests.checkCanvas(parsed)
        let unstable = Set(sub.entries.indices.filter { !sub.isStable(entryAt: $0) }.map { sub.entries[$0].formula })
        let listed = parsed.texts(ofClass: "listed-phase").map { String($0.split(separator: " ", maxSplits: 1)[1]) }
        let named = Set(parsed.texts(ofClass: "unstable-label")).union(listed)
        #expect(unstable.subtracting(named).isEmpty, "unnamed: \(unstable.subtracting(named).sorted())")
        #expect(!listed.isEmpty, "LiPO4, Li4P4O17 and LiP5 sit where no name fits")
        #expect(parsed.texts(ofClass: "unstable-number").count == listed.count)
    }

    @Test("Interphase layers: the voltage tint has a key from 0 V to the highest layer voltage; no key without voltages")
    func layersColourKey() throws {
        let diagram = try FiguresTests.bundledDiagram()
        let profile = try diagram.interphaseProfile(of: Composition(parsing: "Li2PO2N"), formula: "Li2PO2N", metal: FiguresTests.li)
        let parsed = try #require(ParsedSVG(try InterphaseLayersFigure(profiles: [profile]).svg()))
        FiguresTests.checkCanvas(parsed)
        #expect(parsed.nodes(ofClass: "key-bar").count == 1)
        let highest = try #require(profile.layers.compactMap(\.voltage).max())
        #expect(parsed.texts(ofClass: "key-tick") == [InterphaseLayersFigure.voltage(0), InterphaseLayersFigure.voltage(highest)])
        #expect(parsed.texts(ofClass: "key-label").first?.contains("V vs Li/Li⁺") == true)
        let observed = InterphaseLayersFigure.Row(name: "observed", metal: "Li", electrolyte: "LiPON", layers: [.init(phases: ["Li", "Li2O"])])
        var untinted = InterphaseLayersFigure(profiles: [])
        untinted.rows = [observed]
        let plain = try #require(ParsedSVG(try untinted.svg()))
        #expect(plain.nodes(ofClass: "key-bar").isEmpty)
    }

    @Test("TextMetrics.wrapped: lines within the width, words kept whole and in order")
    func wrapping() {
        let text = "most exothermic (red): x = 0.618, ΔΦ = −0.701 eV/atom: 3 LiNi0.5Mn1.5O4 + Li6PS5Cl → Mn2PClO4 + 0.5 MnS2 + 9 Li"
        let lines = TextMetrics.wrapped(text, size: 11, width: 300)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { TextMetrics.width($0, size: 11) <= 300 })
        #expect(lines.joined(separator: " ") == text)
        #expect(TextMetrics.wrapped("short", size: 11, width: 300) == ["short"])
    }
}
