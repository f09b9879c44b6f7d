import Foundation
import Testing

@Suite("Command-line tool: react, layers, --exclude, --metastable")
struct ReactCommandTests {
    @Test("react --format json: the documented object; kinks ordered by x, both ends, most_exothermic one of them")
    func reactJSON() throws {
        let result = try CLI.run(["react", "Li", "Li2PO2N", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as! [String: Any]
        #expect(Set(object.keys) == ["reactant_a", "reactant_b", "open_element", "voltage", "mu", "kinks", "most_exothermic", "constraints",
                                     "fixed_chemical_potentials", "include_no_mixing_energy"])
        #expect(object["include_no_mixing_energy"] as? Bool == false)
        #expect(object["reactant_a"] as? String == "Li" && object["reactant_b"] as? String == "Li2PO2N")
        #expect(object["constraints"] is NSNull)
        let kinks = object["kinks"] as! [[String: Any]]
        #expect(kinks.count == 6)
        let xs = kinks.map { $0["x"] as! Double }
        #expect(xs.first == 0 && xs.last == 1 && xs == xs.sorted())
        for kink in kinks {
            #expect(Set(kink.keys) == ["x", "energy_per_atom", "reaction", "products", "open_element_uptake"])
            // No numeric field but x has a name containing "x".
            #expect(kink.filter { $0.key != "x" && $0.key.contains("x") && $0.value is NSNumber }.isEmpty)
            #expect((kink["products"] as! [[String: Any]]).allSatisfy { Set($0.keys) == ["id", "formula", "amount"] })
        }
        let best = object["most_exothermic"] as! [String: Any]
        #expect(abs(best["x"] as! Double - 0.5) < 1e-9)
        #expect(abs(best["energy_per_atom"] as! Double - -0.327391) < 1e-6)
        #expect(kinks.contains { ($0 as NSDictionary).isEqual(to: best) })
    }

    @Test("react --open Li --voltage 1 and the table")
    func reactGrandAndTable() throws {
        let grand = try CLI.run(["react", "Li3N", "Li3PO4", "--open", "Li", "--voltage", "1", "--format", "json"])
        #expect(grand.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(grand.standardOutput.utf8)) as! [String: Any]
        #expect(object["open_element"] as? String == "Li" && object["voltage"] as? Double == 1)
        #expect((object["kinks"] as! [Any]).count == 4)
        let table = try CLI.run(["react", "Li", "Li2PO2N"])
        #expect(table.status == 0)
        #expect(table.standardOutput.contains("6 Li + Li2PO2N -> 2 Li2O + 0.75 Li3P + 0.25 Li7PN4"))
        #expect(table.standardOutput.contains("most exothermic"))
    }

    @Test("react --include-no-mixing: the ends carry each reactant alone; refused without a reservoir")
    func reactIncludeNoMixing() throws {
        let arguments = ["react", "Li3N", "Li2PO2N", "--open", "Li", "--voltage", "3", "--format", "json"]
        let plain = try CLI.run(arguments), shifted = try CLI.run(arguments + ["--include-no-mixing"])
        #expect(plain.status == 0 && shifted.status == 0, "\(shifted.standardError)")
        let before = try JSONSerialization.jsonObject(with: Data(plain.standardOutput.utf8)) as! [String: Any]
        let after = try JSONSerialization.jsonObject(with: Data(shifted.standardOutput.utf8)) as! [String: Any]
        #expect(before["include_no_mixing_energy"] as? Bool == false && after["include_no_mixing_energy"] as? Bool == true)
        let ends = { (object: [String: Any]) in ((object["kinks"] as! [[String: Any]]).map { $0["energy_per_atom"] as! Double }) }
        #expect(ends(before).first == 0 && ends(before).last == 0)
        #expect(ends(after).first! < -0.1 && ends(after).last! < -0.1)
        #expect(ends(after).count == ends(before).count)
        let table = try CLI.run(["react", "Li3N", "Li2PO2N", "--open", "Li", "--voltage", "3", "--include-no-mixing"])
        #expect(table.standardOutput.hasSuffix("ΔΦ from each reactant's own grand potential (no-mixing energies included: the ends are each reactant alone)\n"))
        let closed = try CLI.run(["react", "Li3N", "Li2PO2N", "--include-no-mixing"])
        #expect(closed.status == 1)
        #expect(closed.firstErrorLine == "error: --include-no-mixing: the no-mixing energy needs a reservoir (an open or fixed element): closed, there is none")
    }

    @Test("react --svg writes the figure")
    func reactSVG() throws {
        let path = CLI.temporaryPath(extension: "svg")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLI.run(["react", "Li", "Li3PO4", "--svg", path])
        #expect(result.status == 0)
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.contains("<svg"))
        #expect(ParsedSVG(svg)?.allText.contains("Interface reaction Li | Li3PO4") == true)
    }

    @Test("layers --svg writes the figure, with the exclusions in the row name")
    func layersSVG() throws {
        let path = CLI.temporaryPath(extension: "svg")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLI.run(["layers", "Li2PO2N", "--exclude", "Li3P", "--svg", path])
        #expect(result.status == 0)
        let parsed = try #require(ParsedSVG(try String(contentsOfFile: path, encoding: .utf8)))
        #expect(parsed.texts(ofClass: "row-name") == ["Li | Li2PO2N, equilibrium without Li3P"])
        #expect(parsed.texts(ofClass: "layer-phase").contains("LiP"))
    }

    @Test("layers --exclude: JSON layers from the metal, the constraints field, a note on standard error")
    func layersJSON() throws {
        let result = try CLI.run(["layers", "Li2PO2N", "--metal", "Li", "--exclude", "Li3P,LiP", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.standardError.hasPrefix("note: excluded Li3P (mp-736), LiP (mp-9588)"))
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as! [String: Any]
        #expect(Set(object.keys) == ["electrolyte", "metal", "layers", "constraints", "fixed_chemical_potentials"])
        let layers = object["layers"] as! [[String: Any]]
        #expect(Set(layers[0].keys) == ["x_high", "x_low", "phases", "mu", "voltage"])
        #expect(layers[0]["x_high"] as? Double == 1 && layers.last?["x_low"] as? Double == 0)
        let phases = layers.flatMap { ($0["phases"] as! [[String: Any]]).map { $0["formula"] as! String } }
        #expect(!phases.contains("Li3P") && !phases.contains("LiP"))
        let constraints = object["constraints"] as! [String: Any]
        #expect((constraints["excluded"] as! [[String: Any]]).map { $0["id"] as! String } == ["mp-736", "mp-9588"])
    }

    @Test("--exclude and --metastable work on every command; JSON arrays keep their shape")
    func everyCommand() throws {
        let hull = try CLI.run(["hull", "--format", "json", "--exclude", "mp-736", "--metastable", "0.025", "--data", "lipon-mp-legacy"])
        #expect(hull.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(hull.standardOutput.utf8)) as! [[String: Any]]
        #expect(rows.count == 59)
        #expect(rows.first { $0["id"] as? String == "mp-530933" }?["is_stable"] as? Bool == true)
        #expect(hull.standardError.contains("Li5P2N5 (mp-530933)"))
        let decompose = try CLI.run(["decompose", "Li2PO2N", "--open", "Li", "--voltage", "0", "--exclude", "Li3P", "--format", "json"])
        #expect(decompose.status == 0)
        let products = ((try JSONSerialization.jsonObject(with: Data(decompose.standardOutput.utf8)) as! [[String: Any]])[0]["products"] as! [[String: Any]]).map { $0["formula"] as! String }
        #expect(products == ["Li2O", "Li7PN4", "LiP"])
        for arguments in [["window", "Li2PO2N", "--exclude", "Li3P"], ["sweep", "Li2PO2N", "--exclude", "Li3P"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect(!result.standardOutput.contains("Li3P "), "\(arguments)")
        }
        let bad = try CLI.run(["window", "Li2PO2N", "--exclude", "Li9Q"])
        #expect(bad.status == 1)
        #expect(bad.firstErrorLine == "error: --exclude Li9Q: no entry has this id or composition")
        let negative = try CLI.run(["hull", "--metastable", "-1", "--data", "lipon-mp-legacy"])
        #expect(negative.status == 1)
        #expect(negative.firstErrorLine == "error: --metastable: the metastable tolerance must be a finite energy ≥ 0 eV/atom, got -1.0")
    }
}
