import Foundation
import Testing
@testable import Interphase

@Suite("Interface reactions and interphase layers")
struct InterfaceReactionTests {
    let li = Element(symbol: "Li")!

    func fixtureDiagram() throws -> PhaseDiagram {
        try PhaseDiagram(entries: try Fixtures.dataset("lipon-bundled.csv").allEntries)
    }

    /// Against pymatgen's `InterfacialReactivity(norm=True, use_hull_energy=True)`: every kink
    /// in x and energy within 1e-4, the same products, the same minimum.
    @Test("kinks match pymatgen's InterfacialReactivity",
          arguments: ["react-Li-Li2PO2N", "react-Li-Li3PO4", "react-Li2O-P2O5", "react-Li3N-Li3PO4"])
    func matchesPymatgen(fixture name: String) throws {
        let fixture = try Fixtures.json("\(name).json") as! [String: Any]
        let a = fixture["reactant1"] as! String, b = fixture["reactant2"] as! String
        let reaction = try fixtureDiagram().interfaceReaction(try Composition(parsing: a), try Composition(parsing: b))
        try compare(reaction, with: fixture, ignoring: nil)
    }

    /// Against pymatgen's `GrandPotentialInterfacialReactivity` with Li open at a voltage:
    /// x converted to all atoms, energies per closed atom; pymatgen lists the reservoir Li among
    /// the products (sometimes with coefficient 0), ours keeps it in the reaction only. The
    /// `-no-mixing` fixture is `include_no_mixing_energy=True`: its ends are the reactants'
    /// no-mixing energies.
    @Test("grand-potential kinks match pymatgen's GrandPotentialInterfacialReactivity",
          arguments: ["react-grand-Li3N-Li3PO4-1V", "react-grand-Li3N-Li3PO4-0.3V", "react-grand-Li3PO4-P3N5-3V",
                      "react-grand-Li3N-Li2PO2N-3V-no-mixing"])
    func matchesPymatgenGrand(fixture name: String) throws {
        let fixture = try Fixtures.json("\(name).json") as! [String: Any]
        let a = fixture["reactant1"] as! String, b = fixture["reactant2"] as! String
        let open = try OpenElement(li, voltage: fixture["voltage"] as! Double)
        let include = fixture["include_no_mixing_energy"] as? Bool ?? false
        let reaction = try fixtureDiagram().interfaceReaction(
            try Composition(parsing: a), try Composition(parsing: b), openElement: open, includeNoMixingEnergy: include)
        #expect(reaction.includesNoMixingEnergy == include)
        if let noMixing = fixture["no_mixing_energy"] as? [String: Double] {
            #expect(abs(reaction.kinks.first!.energyPerAtom - noMixing[b]!) < 1e-4)
            #expect(abs(reaction.kinks.last!.energyPerAtom - noMixing[a]!) < 1e-4)
        }
        #expect(reaction.openElement == li)
        #expect(reaction.voltage == fixture["voltage"] as? Double)
        try compare(reaction, with: fixture, ignoring: "Li")
    }

    private func compare(_ reaction: InterfaceReaction, with fixture: [String: Any], ignoring reservoir: String?) throws {
        let kinks = fixture["kinks"] as! [[String: Any]]
        try #require(reaction.kinks.count == kinks.count, "\(reaction.kinks.map(\.x)) vs \(kinks.map { $0["x"]! })")
        for (mine, theirs) in zip(reaction.kinks, kinks) {
            #expect(abs(mine.x - (theirs["x"] as! Double)) < 1e-4)
            #expect(abs(mine.energyPerAtom - (theirs["energy_per_atom"] as! Double)) < 1e-4)
            let expected = (theirs["products"] as! [String]).filter { $0 != reservoir }.sorted()
            #expect(mine.products.map(\.formula).sorted() == expected, "at x = \(mine.x): \(mine.reaction)")
        }
        let minimum = fixture["minimum"] as! [String: Double]
        #expect(abs(reaction.mostExothermic.x - minimum["x"]!) < 1e-4)
        #expect(abs(reaction.mostExothermic.energyPerAtom - minimum["energy_per_atom"]!) < 1e-4)
        #expect(reaction.kinks.contains(reaction.mostExothermic))
        #expect(reaction.kinks.first?.x == 0 && reaction.kinks.last?.x == 1)
        #expect(zip(reaction.kinks, reaction.kinks.dropFirst()).allSatisfy { $0.x < $1.x })
    }

    @Test("Li | Li2PO2N: kinks at 2/5, 8/17, 1/2, 4/7; most exothermic 6 Li + Li2PO2N at x = 1/2")
    func lithiumLiPON() throws {
        let reaction = try fixtureDiagram().interfaceReaction(
            try Composition(parsing: "Li"), try Composition(parsing: "Li2PO2N"), formulaB: "Li2PO2N")
        let expected = [0, 2.0 / 5, 8.0 / 17, 1.0 / 2, 4.0 / 7, 1]
        #expect(reaction.kinks.count == expected.count)
        for (kink, x) in zip(reaction.kinks, expected) { #expect(abs(kink.x - x) < 1e-12) }
        #expect(reaction.mostExothermic.reaction == "6 Li + Li2PO2N -> 2 Li2O + 0.75 Li3P + 0.25 Li7PN4")
        #expect(abs(reaction.mostExothermic.energyPerAtom - -0.32739134) < 1e-7)
        // Li metal: the whole 0 V assemblage.
        #expect(reaction.kinks[4].reaction == "8 Li + Li2PO2N -> 2 Li2O + Li3N + Li3P")
    }

    /// `includeNoMixingEnergy` moves only the reference: the same kinks and products, each ΔΦ the
    /// default's plus the closed-atom-weighted no-mixing energies of A and B, which the ends carry
    /// and which are the reactants' own decompositions at that voltage (`decompose`, per closed
    /// atom). Li3N and Li2PO2N are both oxidised at 3 V, so both terms are non-zero.
    @Test("includeNoMixingEnergy: the same kinks, ΔΦ shifted by the reactants' own decompositions; closed, no change")
    func noMixingEnergy() throws {
        let diagram = try fixtureDiagram()
        let a = try Composition(parsing: "Li3N"), b = try Composition(parsing: "Li2PO2N")
        let open = try OpenElement(li, voltage: 3)
        let plain = try diagram.interfaceReaction(a, b, openElement: open)
        let shifted = try diagram.interfaceReaction(a, b, openElement: open, includeNoMixingEnergy: true)
        #expect(!plain.includesNoMixingEnergy && shifted.includesNoMixingEnergy)
        #expect(shifted.kinks.map(\.x) == plain.kinks.map(\.x))
        #expect(shifted.kinks.map(\.products) == plain.kinks.map(\.products))
        // The ends: each reactant alone with the reservoir, as `decompose` finds it (per atom of
        // the input there, per closed atom here).
        let ownA = try GrandCanonicalLP(diagram: diagram).decompose(a, openElements: [open])
        let ownB = try GrandCanonicalLP(diagram: diagram).decompose(b, openElements: [open])
        let noMixingA = ownA.grandPotentialChangePerAtom * a.numberOfAtoms / a.removing(li)!.numberOfAtoms
        let noMixingB = ownB.grandPotentialChangePerAtom * b.numberOfAtoms / b.removing(li)!.numberOfAtoms
        #expect(noMixingA < -0.1 && noMixingB < -0.1)
        #expect(abs(shifted.kinks.last!.energyPerAtom - noMixingA) < 1e-9)
        #expect(abs(shifted.kinks.first!.energyPerAtom - noMixingB) < 1e-9)
        // In between: the closed-atom fraction t of A weights A's term.
        let closedA = a.removing(li)!.numberOfAtoms / a.numberOfAtoms, closedB = b.removing(li)!.numberOfAtoms / b.numberOfAtoms
        for (with, without) in zip(shifted.kinks, plain.kinks) {
            let t = with.x * closedA / (with.x * closedA + (1 - with.x) * closedB)
            #expect(abs(with.energyPerAtom - (without.energyPerAtom + t * noMixingA + (1 - t) * noMixingB)) < 1e-9, "x = \(with.x)")
        }
        // Closed there is no reservoir, and the option changes nothing.
        let closed = try diagram.interfaceReaction(a, b, includeNoMixingEnergy: true)
        #expect(closed == (try diagram.interfaceReaction(a, b)) && !closed.includesNoMixingEnergy)
    }

    @Test("a reactant of the open element only is refused; identical reactants give the two ends")
    func edgeCases() throws {
        let diagram = try fixtureDiagram()
        #expect(throws: StabilityError.noClosedElements(formula: "Li")) {
            try diagram.interfaceReaction(try Composition(parsing: "Li"), try Composition(parsing: "Li3PO4"),
                                          openElement: try OpenElement(li, voltage: 1))
        }
        let same = try diagram.interfaceReaction(try Composition(parsing: "Li3PO4"), try Composition(parsing: "Li6P2O8"))
        #expect(same.kinks.map(\.x) == [0, 1])
        #expect(same.kinks.allSatisfy { $0.energyPerAtom == 0 })
    }

    @Test("the LiPON interphase: Li + Li2O + Li3N + Li3P at the metal, Li2PO2N + Li2O + Li3P + LiPN2 at 0.677 V next to the electrolyte")
    func layers() throws {
        let profile = try fixtureDiagram().interphaseProfile(of: try Composition(parsing: "Li2PO2N"), metal: li)
        let phases = profile.layers.map { $0.phases.map(\.formula) }
        #expect(phases == [
            ["Li", "Li2O", "Li3N", "Li3P"],
            ["Li2O", "Li3N", "Li3P", "Li7PN4"],
            ["Li14P2(N2O)3", "Li2O", "Li3P", "Li7PN4"],
            ["Li14P2(N2O)3", "Li2O", "Li3P", "LiPN2"],
            ["Li2O", "Li2PNO2", "Li3P", "LiPN2"],
        ])
        #expect(profile.layers.first?.metalFractionHigh == 1 && profile.layers.last?.metalFractionLow == 0)
        #expect(profile.layers.first?.voltage == 0)
        // Voltages rise from the metal to the electrolyte and match the voltage profile's steps.
        let voltages = profile.layers.map { $0.voltage! }
        #expect(zip(voltages, voltages.dropFirst()).allSatisfy { $0 < $1 })
        #expect(abs(voltages.last! - 0.677) < 0.001)
    }

    @Test("amorphous LiPON (Li3.2PO3.8N0.2): Li3PO4 only in the layer next to the electrolyte, with or without Li3P")
    func amorphousLiPON() throws {
        let dataset = try Fixtures.dataset("lipon-bundled.csv")
        let lipon = try Composition(parsing: "Li3.2PO3.8N0.2")
        let plain = try PhaseDiagram(entries: dataset.allEntries).interphaseProfile(of: lipon, metal: li)
        #expect(plain.layers.last?.phases.map(\.formula) == ["Li2O", "Li2PNO2", "Li3P", "Li3PO4"])
        let noLiP = try EntryConstraints(exclude: ["Li3P", "LiP", "Li3P7", "LiP3", "LiP5", "LiP7"]).apply(to: dataset.allEntries)
        let constrained = try PhaseDiagram(entries: noLiP.entries).interphaseProfile(of: lipon, metal: li)
        #expect(constrained.layers.first?.phases.map(\.formula) == ["Li", "Li2O", "Li7PN4", "P"])
        #expect(constrained.layers.last?.phases.map(\.formula) == ["Li2O", "Li2PNO2", "Li3PO4", "P"])
        #expect(constrained.layers.dropLast().allSatisfy { !$0.phases.map(\.formula).contains("Li3PO4") })
    }

    @Test("the figure is an SVG with axes, units and every kink labelled")
    func figure() throws {
        let reaction = try fixtureDiagram().interfaceReaction(
            try Composition(parsing: "Li"), try Composition(parsing: "Li2PO2N"), formulaB: "Li2PO2N")
        let svg = try InterfaceReactionFigure(reaction).svg()
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>\n"))
        let parsed = try #require(ParsedSVG(svg))
        #expect(parsed.allText.contains("ΔE (eV/atom of mixture)"))
        #expect(parsed.allText.contains("x (fraction of Li, per atom) in x Li + (1 − x) Li2PO2N"))
        #expect(parsed.nodes(ofClass: "kink").count + parsed.nodes(ofClass: "best-kink").count == reaction.kinks.count)
        #expect(parsed.nodes(ofClass: "best-kink").count == 1)
        #expect(parsed.texts(ofClass: "kink-label").contains("Li14P2(N2O)3 + Li2O + Li3P"))
        #expect(parsed.texts(ofClass: "best-kink-label") == ["Li2O + Li3P + Li7PN4 (−0.327 eV/atom)"])
    }
}
