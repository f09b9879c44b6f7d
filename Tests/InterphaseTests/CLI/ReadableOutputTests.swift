import Foundation
import Testing

/// Output a user cannot misread (issue 25): every energy names its normalisation, reference and
/// sign; the metastable note; typed names kept; one open-element rule; material names noted.
/// Data: the default bundled set unless a test names one.
@Suite("Command-line tool: output a user cannot misread")
struct ReadableOutputTests {
    /// The columns of the first CSV row named `name`, as numbers (empty → nil).
    static func csv(_ text: String) -> [[String: String]] {
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test("sweep: a ΔΦ column, ≤ 0 on every step, 0 on the zero-uptake step; ΔE_rxn's reference in its header; both legends")
    func sweepGrandPotentialColumn() throws {
        let table = try CLI.run(["sweep", "Li2PO2N"])
        #expect(table.status == 0, "\(table.standardError)")
        let lines = table.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines[1].contains("ΔE_rxn, Li at 0 V (eV/atom)") && lines[1].contains("ΔΦ over the step (eV/atom)"))
        #expect(lines.contains { $0.hasPrefix("ΔE_rxn: eV per atom of the reactants;") })
        #expect(lines.contains { $0.hasPrefix("ΔΦ: eV per atom of the input;") && $0.contains("≤ 0 for a reaction that happens") })
        // ΔΦ ≤ 0 everywhere (tolerance 1e-12 eV/atom: sums of a few products), the oxidation
        // steps included, where ΔE_rxn > 0.
        let rows = Self.csv(try CLI.run(["sweep", "Li2PO2N", "--format", "csv"]).standardOutput)
        #expect(rows.count == 10)
        for row in rows {
            for key in ["grand_potential_change_per_atom_at_mu_high", "grand_potential_change_per_atom_at_mu_low"] {
                guard let value = row[key].flatMap(Double.init) else { continue }
                #expect(value <= 1e-12, "\(key) = \(value) on the step from \(row["voltage_low"]!) V")
            }
        }
        #expect(rows.contains { Double($0["reaction_energy_per_atom"]!)! > 0.3 })
    }

    @Test("sweep's ΔΦ at a voltage inside a step equals decompose's ΔΦ there", arguments: [0.3, 1.5, 3.0, 4.3])
    func sweepAgreesWithDecompose(voltage: Double) throws {
        let rows = Self.csv(try CLI.run(["sweep", "Li2PO2N", "--format", "csv"]).standardOutput)
        let row = try #require(rows.first { row in
            Double(row["voltage_low"]!)! <= voltage && (Double(row["voltage_high"]!).map { voltage <= $0 } ?? true)
        })
        let high = Double(row["mu_high"]!)!, atHigh = Double(row["grand_potential_change_per_atom_at_mu_high"]!)!
        let uptake = Double(row["open_element_uptake"]!)!
        // Linear in μ: ΔΦ(μ) = ΔΦ(μ_high) − uptake·(μ − μ_high)/atoms, with μ = −V and 6 atoms.
        let expected = atHigh - uptake * (-voltage - high) / 6
        let result = try CLI.run(["decompose", "Li2PO2N", "--voltage", "\(voltage)", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]]).first!
        // Tolerance 1e-9 eV/atom: the LP's optimum against a hull's facet energies.
        #expect(abs(object["grand_potential_change_per_atom"] as! Double - expected) < 1e-9)
    }

    @Test("decompose: each energy's header names its reference (Li at 0 V; the potential asked)")
    func decomposeHeaders() throws {
        let result = try CLI.run(["decompose", "Li2PO2N", "--open", "Li", "--voltage", "4.3"])
        let header = result.standardOutput.split(separator: "\n")[1]
        #expect(header.contains("ΔE_rxn, Li at 0 V (eV/atom)") && header.contains("ΔΦ at 4.3 V (eV/atom)"))
        let mu = try CLI.run(["decompose", "Li2PO2N", "--open", "O", "--mu", "-2"])
        #expect(mu.standardOutput.contains("ΔE_rxn, O at μ⁰ (eV/atom)") && mu.standardOutput.contains("ΔΦ at μO − μ⁰ = -2 eV (eV/atom)"))
        let closed = try CLI.run(["decompose", "Li2PO2N"])
        #expect(closed.standardOutput.contains("ΔE_rxn (eV/atom)"))
    }

    @Test("decompose and react given --voltage or --mu without --open hold Li there, as window and sweep sweep Li")
    func openElementDefault() throws {
        // P3N5 and Ca3N2 hold no Li: the default data must read Li's entries for the held Li all the same.
        for arguments in [["decompose", "Li2PO2N"], ["react", "Li3N", "Li3PO4"], ["decompose", "P3N5"], ["react", "P3N5", "Ca3N2"]] {
            let implicit = try CLI.run(arguments + ["--voltage", "4.3"])
            let explicit = try CLI.run(arguments + ["--open", "Li", "--voltage", "4.3"])
            #expect(implicit.status == 0, "\(implicit.standardError)")
            #expect(implicit.standardOutput == explicit.standardOutput)
            let mu = try CLI.run(arguments + ["--mu", "-1"])
            #expect(mu.standardOutput == (try CLI.run(arguments + ["--open", "Li", "--mu", "-1"])).standardOutput)
        }
        // An element without its potential is still refused: the question needs one.
        let missing = try CLI.run(["decompose", "Li2PO2N", "--open", "Li"])
        #expect(missing.status != 0 && missing.standardError.contains("needs its voltage"))
    }

    @Test("every table states its energies' normalisation and sign under it", arguments: [
        ["window", "Li2PO2N"], ["sweep", "Li2PO2N"], ["decompose", "Li2PO2N", "--voltage", "3"], ["react", "Li", "Li2PO2N"],
        ["layers", "Li2PO2N"], ["hull", "--data", "lipon-mp-legacy"], ["chempot", "Li-P-O"],
    ])
    // `hull` reads the Li–P–O–N set: the whole MP's table takes 18 s in a debug build and outlived
    // the 120 s watchdog in a loaded CI run (stop 30); the footer is the same.
    func footers(arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 0, "\(result.standardError)")
        let footer = result.standardOutput.split(separator: "\n").suffix(3).joined(separator: "\n")
        #expect(footer.contains("eV per atom") || footer.contains("V vs Li/Li+"), "\(arguments): \(footer)")
    }

    @Test("window: a metastable or absent composition says in the note column how its window is read")
    func metastableNote() throws {
        let result = try CLI.run(["window", "Li5P2N5", "Li2PO2N", "Li3.2PO3.8N0.2"])
        let rows = result.standardOutput.split(separator: "\n").map(String.init)
        let metastable = try #require(rows.first { $0.hasPrefix("Li5P2N5") })
        #expect(metastable.hasSuffix("window = the zero-uptake step of the composition's own profile"))
        #expect(try #require(rows.first { $0.hasPrefix("Li3.2PO3.8N0.2") }).contains("own profile"))
        #expect(!(try #require(rows.first { $0.hasPrefix("Li2PO2N") })).contains("window ="))
        #expect(rows.last!.contains("E_hull: eV per atom"))
    }

    @Test("hull --input, window --input and cell --input keep the formula as typed")
    func typedNames() throws {
        let entries = Data("{\"formula\": \"Li2PO2N\", \"energy_per_atom\": -1.5}\n{\"formula\": \"O2PLi2N\", \"energy_per_atom\": -1.4}\n".utf8)
        for format in ["table", "json", "jsonl", "csv"] {
            let result = try CLI.run(["hull", "--input", "-", "--format", format], input: entries)
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardOutput.contains("Li2PO2N") && result.standardOutput.contains("O2PLi2N"), "\(format)")
        }
        let formulas = Data("{\"formula\": \"O2PLi2N\"}\n{\"formula\": \"PO4Li3\"}\n".utf8)
        let window = try CLI.run(["window", "--input", "-", "--format", "jsonl"], input: formulas)
        #expect(window.standardOutput.contains("\"formula\":\"O2PLi2N\"") && window.standardOutput.contains("\"formula\":\"PO4Li3\""))
        let cell = try CLI.run(["cell", "--input", "-", "--anode", "Li", "--cathode", "LiPO3", "--cathode-voltage", "4"], input: formulas)
        #expect(cell.standardOutput.contains("O2PLi2N") && cell.standardOutput.contains("PO4Li3"), "\(cell.standardError)")
    }

    @Test("a material's name typed as a formula: LiPON answers with a note naming Li2PO2N; LLZO is refused naming its formula")
    func materialNames() throws {
        let lipon = try CLI.run(["window", "LiPON"])
        #expect(lipon.status == 0)
        #expect(lipon.standardError.contains("note: \"LiPON\" is read as a formula (1 Li, 1 N, 1 O, 1 P); LiPON is a material's name, usually modelled as Li2PO2N"))
        let llzo = try CLI.run(["window", "LLZO"])
        #expect(llzo.status != 0 && llzo.firstErrorLine.contains("Li7La3Zr2O12"))
        let acronym = try CLI.run(["decompose", "NPO"])
        #expect(acronym.standardError.contains("if NPO is a material's name, give its formula instead"))
        let formula = try CLI.run(["window", "Li2PO2N"])
        #expect(formula.standardError.isEmpty)
    }
}
