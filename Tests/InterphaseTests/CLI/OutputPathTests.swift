import Foundation
import Testing

/// Issue 26: no output is written over an input of the run, and a path that cannot be written is
/// refused in words (not Foundation's "NSCocoaErrorDomain error 512"), for every command that
/// writes a figure (one place: writeFigure).
@Suite("Command-line tool: output paths")
struct OutputPathTests {
    /// A scratch directory holding a copy of the bundled Li–P–O–N data as lipon.csv and a symbolic
    /// link to it.
    static func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("output-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.directory.appendingPathComponent("datasets/lipon-bundled.csv"), to: directory.appendingPathComponent("lipon.csv"))
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("link.csv").path, withDestinationPath: "lipon.csv")
        return directory
    }

    @Test("a figure over the data file, through any spelling or link, is refused and the data kept", arguments: [
        ("lipon.csv", "error: cannot write lipon.csv: it is an input of this run; choose another file"),
        ("./lipon.csv", "error: cannot write ./lipon.csv: it is lipon.csv, an input of this run; choose another file"),
        ("link.csv", "error: cannot write link.csv: it is lipon.csv, an input of this run; choose another file"),
    ])
    func inputKept(output: String, message: String) throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let data = directory.appendingPathComponent("lipon.csv")
        let before = try Data(contentsOf: data)
        for arguments in [["chempot", "Li-O", "--data", "lipon.csv", "--svg", output],
                          ["react", "Li", "Li2PO2N", "--data", "lipon.csv", "--svg", output]] {
            let result = try CLI.run(arguments, in: directory)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.standardError.hasSuffix(message + "\n"), "\(arguments): \(result.standardError)")
            #expect(try Data(contentsOf: data) == before, "\(arguments) changed the data file")
        }
    }

    @Test("hull --input: an element below its reference keeps its number (as pymatgen's phase-separation energy)")
    func elementBelowReference() throws {
        let input = Data("{\"formula\":\"O\",\"formation_energy_per_atom\":-0.5}\n{\"formula\":\"O\",\"formation_energy_per_atom\":0.1}\n".utf8)
        let result = try CLI.run(["hull", "--input", "-", "--format", "jsonl"], input: input)
        #expect(result.status == 0, "\(result.standardError)")
        let rows = result.standardOutput.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(rows.count == 2)
        // pymatgen 2026.10: get_decomp_and_phase_separation_energy of O2 at −0.5 / +0.1 eV/atom
        // against the bundled Li–P–O–N data gives −0.5 / +0.1 (its e_above_hull, allowed negative).
        #expect(rows[0]?["formation_energy_per_atom"] as? Double == -0.5)
        #expect(rows[0]?["energy_above_hull"] as? Double == 0 && rows[0]?["is_stable"] as? Bool == true)
        #expect(rows[0]?["decomposition_energy_per_atom"] as? Double == -0.5)
        #expect(rows[1]?["energy_above_hull"] as? Double == 0.1 && rows[1]?["decomposition_energy_per_atom"] as? Double == 0.1)
    }

    @Test("unwritable paths are refused in words", arguments: [
        (".", "error: cannot write .: is a directory"),
        ("", "error: cannot write '': empty path"),
        ("missing/x.svg", "error: cannot write missing/x.svg: no such file or directory"),
    ])
    func unwritable(output: String, message: String) throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLI.run(["chempot", "Li-O", "--svg", output], in: directory)
        #expect(result.status == 1)
        #expect(result.standardError.hasSuffix(message + "\n"), "\(result.standardError)")
        #expect(!result.standardError.contains("NSCocoaErrorDomain") && !result.standardError.contains("could not be completed"))
    }
}

/// Issue 26: one bound for voltage and μ, and labels that say what the numbers mean.
@Suite("Command-line tool: bounds and labels")
struct BoundsAndLabelsTests {
    @Test("an open working ion's μ is bounded by the voltage bound; another element's by 10⁴ eV", arguments: [
        (["decompose", "Li2O", "--open", "Li", "--mu=-10000"], 1,
         "error: --mu: the chemical potential of Li must be a finite number from −1000 to 0 eV relative to the pure element (1000 V vs Li/Li+, the voltage bound), got -10000.0"),
        (["decompose", "Li2O", "--open", "Li", "--mu=-1000.001"], 1, "(1000 V vs Li/Li+, the voltage bound), got -1000.001"),
        (["decompose", "Li2O", "--open", "O", "--mu=-10000.5"], 1,
         "error: --mu: the chemical potential of O must be a finite number from −10000 to 0 eV relative to the pure element, got -10000.5"),
    ])
    func bounds(arguments: [String], status: Int32, message: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == status, "\(arguments): \(result.standardError)")
        #expect(result.standardError.contains(message), "\(arguments): \(result.standardError)")
        #expect(!result.standardOutput.contains("10000.0 V"))
    }

    @Test("at the bounds: Li at −1000 eV is 1000 V; O at −10⁴ eV is accepted")
    func atTheBounds() throws {
        let li = try CLI.run(["decompose", "Li2O", "--open", "Li", "--mu=-1000"])
        #expect(li.status == 0 && li.standardOutput.hasPrefix("open element: Li at 1000.0 V"), "\(li.standardError)")
        let o = try CLI.run(["decompose", "Li2O", "--open", "O", "--mu=-10000"])
        #expect(o.status == 0, "\(o.standardError)")
    }

    @Test("labels: the divalent couple and what V means, uptake/release for O, no oxidation limit, a pressure of 1e-300 bar")
    func labels() throws {
        let magnesium = try CLI.run(["window", "MgO", "--data", "mp-legacy", "--open", "Mg"])
        #expect(magnesium.standardOutput.contains("\nlimits in V vs Mg/Mg2+; V = −(μMg − μ⁰)/(2e): each Mg2+ exchanges 2 electrons;"), "\(magnesium.standardOutput)")
        let oxygen = try CLI.run(["window", "Li2O", "--open", "O"])
        #expect(oxygen.standardOutput.hasPrefix("formula  E_hull (eV/atom)  uptake (eV)  release (eV)  uptake products  release products"), "\(oxygen.standardOutput)")
        #expect(oxygen.standardOutput.contains("taking up O is oxidation (O forms anions), releasing it reduction"))
        let lithium = try CLI.run(["window", "Li2O"])
        #expect(lithium.standardOutput.contains("\nlimits in V vs Li/Li+; E_hull"), "\(lithium.standardOutput)")
        let cell = try CLI.run(["cell", "--anode", "Li", "--electrolyte", "P3N5", "--cathode", "Li3PO4", "--cathode-voltage", "4"])
        #expect(cell.standardOutput.contains("window of P3N5: 2.29 V, no oxidation limit\n"), "\(cell.standardOutput)")
        #expect(cell.standardOutput.contains("P3N5 (window 2.29 V, no oxidation limit)") && !cell.standardOutput.contains("never V"))
        let gas = try CLI.run(["window", "Li3PO4", "--gas", "O2=1e-300"])
        #expect(gas.standardError.hasPrefix("note: O2 at 1e-300 bar and 298.15 K"), "\(gas.standardError)")
    }
}
