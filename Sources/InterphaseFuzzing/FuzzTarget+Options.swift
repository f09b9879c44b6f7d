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
    /// positive pressure is never written as 0.
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
                }
            }
            _ = DecimalNumber.problem(with: text)
            precondition(EchoedText.quoted(text).count <= EchoedText.maximumLength + 40, "echo too long")
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
