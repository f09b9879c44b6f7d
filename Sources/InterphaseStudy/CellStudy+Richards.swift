import Interphase

/// "LiPON | LiCoO2 beside Richards et al.": their reaction energy, ours in their reference and in
/// `react`'s, at LiCoO2's average voltage from the same data and at 4.2 V.
extension CellStudy {
    /// LiPON | LiCoO2 with Li open at one voltage, in both references.
    struct RichardsPair {
        var voltage: Double
        /// Each reactant referred to its own grand potential (Richards et al.'s reference).
        var own: InterfaceReaction
        /// Each reactant referred to its own equilibrium at the voltage (`react`'s).
        var equilibrium: InterfaceReaction
    }

    func richardsComparison(_ out: inout StudyOutput) throws {
        let published = Published.richardsLiPONLiCoO2
        let cathode = published.cathode, electrolyte = published.electrolyte
        out.heading(2, "LiPON | LiCoO2 beside Richards et al.")

        // LiCoO2's average voltage: LiCoO2 -> CoO2 + Li over its own profile in the same data.
        let profile = try atlas.voltageProfile(of: try Composition(parsing: cathode), openElement: lithium)
        let average = profile.averageVoltage(fromUptake: 0, toUptake: -1)!
        let plateaus = profile.steps.filter { $0.openElementUptake < 0 && $0.openElementUptake >= -1 }.map { step in
            "to \(step.products.map { "\($0.formula) (\($0.id ?? "no id"))" }.joined(separator: " + ")) at \(NumberFormat.fixed(step.voltageLow!, decimals: 3, minus: .typographic)) V"
        }
        let pairs = try [average, 4.2].map { voltage in
            let reaction = { (include: Bool) throws -> InterfaceReaction in
                try atlas.interfaceReaction(
                    try Composition(parsing: cathode), try Composition(parsing: electrolyte), formulaA: cathode, formulaB: electrolyte,
                    openElement: try OpenElement(lithium, voltage: voltage), includeNoMixingEnergy: include)
            }
            return RichardsPair(voltage: voltage, own: try reaction(true), equilibrium: try reaction(false))
        }
        let (low, high) = (pairs[0], pairs[1])

        let reading = "\(NumberFormat.fixed(published.withMixing, decimals: 3, minus: .typographic)) ± \(NumberFormat.fixed(published.uncertainty, decimals: 3, minus: .typographic))"
        var rows: [[String]] = [[
            "Richards et al. 2016 (\(published.figure), read from the bar chart)", "own grand potential",
            "LiCoO2's average voltage in their data", reading, "–", "–",
            "\(NumberFormat.fixed(published.electrolyteAlone, decimals: 3, minus: .typographic)) ± \(NumberFormat.fixed(published.uncertainty, decimals: 3, minus: .typographic))", "not read",
        ]]
        for pair in pairs {
            let label = pair.voltage == average ? "\(NumberFormat.fixed(average, decimals: 3, minus: .typographic)) V (LiCoO2's average here)" : "\(NumberFormat.fixed(pair.voltage, decimals: 1, minus: .typographic)) V"
            for (reference, reaction) in [("own grand potential", pair.own), ("own equilibrium at that voltage", pair.equilibrium)] {
                let best = reaction.mostExothermic, own = reaction.includesNoMixingEnergy
                rows.append([
                    own ? "Interphase, Richards et al.'s reference (`react --include-no-mixing`)" : "Interphase, `react`'s reference",
                    reference, label, NumberFormat.fixed(best.energyPerAtom, decimals: 3, minus: .typographic), NumberFormat.fixed(best.x, decimals: 3, minus: .typographic), Self.products(best.products),
                    own ? NumberFormat.fixed(reaction.kinks.first!.energyPerAtom, decimals: 3, minus: .typographic) : "0 (by construction)",
                    own ? NumberFormat.fixed(reaction.kinks.last!.energyPerAtom, decimals: 3, minus: .typographic) : "0 (by construction)",
                ])
            }
        }

        out.paragraph("""
            Richards et al. (W. D. Richards, L. J. Miara, Y. Wang, J. C. Kim, G. Ceder, *Chem. Mater.* **28**, 266 (2016), \
            doi:[\(Published.richardsDOI)](https://doi.org/\(Published.richardsDOI))) compute LiPON | LiCoO2 with their LiPON \
            model \(electrolyte), Li open at the cathode's computed average voltage. As far as we know the paper gives the \
            number only as bars in its charts (main text and SI), not in a table. The value below is a third party's reading \
            of the vector drawing of the \(published.figure) bar chart in the PDF (\(published.origin)), which we take as \
            ±\(NumberFormat.fixed(published.uncertainty, decimals: 3, minus: .typographic)) eV. Every ΔΦ here is in eV per atom of the non-Li elements (the closed \
            elements) of the mixture x·LiCoO2 + (1 − x)·LiPON, the normalisation of Richards et al. and of `react`; the two \
            "alone" columns are per non-Li atom of that reactant alone (5 per formula unit of \(electrolyte), 3 of LiCoO2). \
            x is the atom fraction of LiCoO2, all atoms counted.
            """)
        out.table(["source", "reactants referred to", "Li open at", "most negative ΔΦ (eV per non-Li atom)", "at x", "products there",
                   "LiPON alone", "LiCoO2 alone"],
                  [.left, .left, .left, .right, .right, .left, .right, .right], rows)
        out.paragraph("""
            **The voltage.** LiCoO2 → CoO2 + Li averages \(NumberFormat.fixed(average, decimals: 3, minus: .typographic)) V in mp-legacy \
            (`VoltageProfile.averageVoltage` over LiCoO2's own profile; pymatgen's `InsertionElectrode` gives the same). It \
            is not one plateau: LiCoO2 gives up its lithium \(plateaus.joined(separator: ", then ")). At its average voltage \
            LiCoO2 alone is therefore not at equilibrium and would lose half its lithium \
            (\(NumberFormat.fixed(low.own.kinks.last!.energyPerAtom, decimals: 3, minus: .typographic)) eV per non-Li atom). In Richards et al.'s bars LiCoO2 is at \
            equilibrium at the voltage they used — against \(Published.richardsInertAgainstLiCoO2.joined(separator: " and ")) \
            both of their series are zero in the same reading — so their number holds no such term. Their voltage is their \
            data's and is not part of the reading; 4.2 V is the cathode voltage of the rest of this study.
            """)
        let mixingAdds = [published.electrolyteAlone - published.withMixing, -low.equilibrium.mostExothermic.energyPerAtom,
                          -high.equilibrium.mostExothermic.energyPerAtom]
        out.paragraph("""
            **The reference, which makes most of the difference.** Richards et al. measure ΔΦ from each reactant's own grand \
            potential, E − μLi·N_Li at its composition. pymatgen's `GrandPotentialInterfacialReactivity(include_no_mixing_energy=True)` \
            computes exactly that, with E the closed hull's energy at the composition (for LiCoO2 its own; for the amorphous \
            LiPON composition, which is no phase of any data set, the hull's — that Richards et al. took the same could not \
            be checked in the paper here); `react --include-no-mixing` reproduces pymatgen (Scripts/check_cell.py). So their \
            \(NumberFormat.fixed(published.withMixing, decimals: 3, minus: .typographic)) contains LiPON's own oxidation at the cathode's voltage \
            (\(NumberFormat.fixed(published.electrolyteAlone, decimals: 3, minus: .typographic)) alone), and mixing with LiCoO2 adds only \
            \(NumberFormat.fixed(mixingAdds[0], decimals: 3, minus: .typographic)). `react` and `cell` refer each reactant to its own equilibrium at that voltage \
            (`include_no_mixing_energy=False`), so they count only what mixing adds: \
            \(NumberFormat.fixed(low.equilibrium.mostExothermic.energyPerAtom, decimals: 3, minus: .typographic)) at \(NumberFormat.fixed(average, decimals: 3, minus: .typographic)) V and \
            \(NumberFormat.fixed(high.equilibrium.mostExothermic.energyPerAtom, decimals: 3, minus: .typographic)) at 4.2 V. The two references do not differ by a \
            constant: in Richards et al.'s, ΔΦ(x) is `react`'s plus each reactant's own term weighted by its share of the \
            non-Li atoms, so the most negative point moves (x = \(NumberFormat.fixed(low.own.mostExothermic.x, decimals: 3, minus: .typographic)) against \
            \(NumberFormat.fixed(low.equilibrium.mostExothermic.x, decimals: 3, minus: .typographic)) at \(NumberFormat.fixed(average, decimals: 3, minus: .typographic)) V; at 4.2 V it is LiPON alone, \
            x = \(NumberFormat.fixed(high.own.mostExothermic.x, decimals: 3, minus: .typographic)), and mixing adds nothing in their reference).
            """)
        out.paragraph("""
            **The data.** In Richards et al.'s reference, at LiCoO2's average voltage here, we find \
            \(NumberFormat.fixed(low.own.mostExothermic.energyPerAtom, decimals: 3, minus: .typographic)) against their \(NumberFormat.fixed(published.withMixing, decimals: 3, minus: .typographic)), \
            and LiPON alone \(NumberFormat.fixed(low.own.kinks.first!.energyPerAtom, decimals: 3, minus: .typographic)) against \
            \(NumberFormat.fixed(published.electrolyteAlone, decimals: 3, minus: .typographic)). What remains is the data and the voltage: mp-legacy (Bartel et \
            al.'s formation energies with MP's legacy corrections) against their hull of the Materials Project's DFT energies \
            of 2015, which takes experimental formation energies where they exist; an average voltage of each data's own; \
            and, here, LiCoO2's own half-delithiation at \(NumberFormat.fixed(average, decimals: 3, minus: .typographic)) V, part of our larger number that their \
            data do not have.
            """)
        out.paragraph("""
            **In plain words.** Both say the same: at a LiCoO2 cathode LiPON is unstable mainly by itself — its own oxidation, \
            to \(Self.products(low.own.kinks.first!.products)) at \(NumberFormat.fixed(average, decimals: 3, minus: .typographic)) V and \
            \(Self.products(high.own.kinks.first!.products)) at 4.2 V, releasing lithium — and the reaction with LiCoO2 adds \
            less, \(NumberFormat.fixed(mixingAdds.min()!, decimals: 3, minus: .typographic))–\(NumberFormat.fixed(mixingAdds.max()!, decimals: 3, minus: .typographic)) eV per non-Li atom in the \
            rows above. Which number one quotes as "the LiPON | LiCoO2 reaction energy" depends on the reference: \
            \(NumberFormat.fixed(low.own.mostExothermic.energyPerAtom, decimals: 3, minus: .typographic)) or \
            \(NumberFormat.fixed(low.equilibrium.mostExothermic.energyPerAtom, decimals: 3, minus: .typographic)) eV per non-Li atom from the same data at the \
            same voltage. A value quoted without its reference, its normalisation and its voltage cannot be compared.
            """)
    }
}
