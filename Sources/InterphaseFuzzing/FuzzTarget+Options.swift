import Interphase

private let lithium = Element(symbol: "Li")!
private let oxygen = Element(symbol: "O")!

extension FuzzTarget {
    /// libFuzzer entry point: what the command line reads from option values — decimal numbers
    /// (`--voltage`, `--mu`, `--sigma`, …), counts and shards (`--samples`, `--shard I/N`) — on each
    /// line of the input. Checks: a decimal number is `Double(String)`'s value of the same text and
    /// never hexadecimal or a word; echoed text stays short; a shard's range lies inside the batch
    /// and meets its neighbours, for any I, N and batch size up to `Int.max`; an open element at any
    /// parsed voltage or potential is built or refused, never trapped on, and a working ion's
    /// accepted μ stays within the voltage bound; `--min-mu` is accepted exactly on [−10⁴, 0); a
    /// positive pressure is never written as 0; a cell's anode voltage is accepted only below its
    /// cathode's; an element anode is never called a compound; echoed text reaches the terminal
    /// without control characters.
    public static func options(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        for line in Downstream.text(data, size).split(separator: "\n", omittingEmptySubsequences: false).prefix(64) {
            let text = String(line)
            if let value = DecimalNumber.value(of: text) {
                precondition(Double(text) == value, "decimal \(text) read as \(value)")
                precondition(!text.lowercased().contains("x") && !text.lowercased().contains("n"), "non-decimal \(text) accepted")
                if value.isFinite {
                    _ = try? OpenElement(lithium, voltage: value)
                    _ = try? OpenElement(oxygen, chemicalPotential: value)
                    // One bound for voltage and μ: a working ion held at any accepted μ is within the voltage bound.
                    if let held = try? OpenElement(lithium, chemicalPotential: value) {
                        precondition((held.voltage ?? 0) <= InputLimits.voltage, "Li at μ \(text) is beyond \(InputLimits.voltage) V")
                    }
                    // --min-mu: accepted exactly from −10⁴ eV (inclusive) to below 0.
                    let accepted = (try? ChemicalPotentialDiagram.validate(elements: [lithium, oxygen], minimumChemicalPotential: value)) != nil
                    precondition(accepted == (value < 0 && value >= -InputLimits.chemicalPotential), "--min-mu \(text) accepted: \(accepted)")
                    // A pressure as the notes write it never reads as 0 bar (was "0.000000 bar" for 1e-300).
                    if value > 0 { precondition(Double(NumberFormat.significant(value)) ?? 0 > 0, "pressure \(text) written as 0") }
                    // `cell --anode-voltage`: accepted only below the cathode's voltage.
                    if (try? CellQuestion(anode: "Li3P", electrolyte: "Li3PO4", cathode: "LiCoO2", cathodeVoltage: 1,
                                          anodeVoltage: value)) != nil {
                        precondition(value >= 0 && value < 1, "anode at \(text) V accepted against a cathode at 1 V")
                    }
                }
            }
            _ = DecimalNumber.problem(with: text)
            // Each shown character escapes to at most `\u{10FFFF}` (10 characters).
            precondition(EchoedText.quoted(text).count <= 10 * EchoedText.maximumLength + 40, "echo too long")
            // Ids, names and echoed input reach a terminal with no control character or bidi override.
            let safe = EchoedText.terminalSafe(text).unicodeScalars
            precondition(!safe.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) },
                         "\(text.debugDescription) reaches the terminal raw")
            // `cell --anode TEXT`: an element is never called a compound.
            if let question = try? CellQuestion(anode: text, electrolyte: "Li3PO4", cathode: "LiCoO2", cathodeVoltage: 4), question.hasMetalAnode {
                precondition(question.anodeVoltage == 0, "metal anode \(text) not at 0 V")
            }
            do throws(CellError) {
                _ = try CellQuestion(anode: text, electrolyte: "Li3PO4", cathode: "LiCoO2", cathodeVoltage: 4)
            } catch {
                if case .anodeVoltageNeeded = error, let anode = try? Composition(parsing: text), anode.elements.count == 1 {
                    precondition(error.description.contains("is an element"), "element \(text) called a compound")
                }
            }
            if let shard = Shard(parsing: text) {
                for total in [0, 1, 2, 7, 1_000_003, Int.max - 1, Int.max] {
                    let range = shard.range(of: total)
                    precondition(range.lowerBound >= 0 && range.upperBound <= total, "shard \(text) of \(total): \(range)")
                    if shard.index < shard.count {
                        let next = Shard(index: shard.index + 1, count: shard.count)!.range(of: total)
                        precondition(next.lowerBound == range.upperBound, "shards \(text) do not meet")
                    }
                }
            }
            if let count = Int(text) {
                _ = count <= InputLimits.samples
            }
        }
        return 0
    }
}
