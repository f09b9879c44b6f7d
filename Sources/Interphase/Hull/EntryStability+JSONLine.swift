extension EntryStability {
    /// Appends the row as one line of JSON Lines — exactly the bytes `JSONEncoder` writes with
    /// `[.sortedKeys, .withoutEscapingSlashes]` (absent values as `null`), without its per-value
    /// boxing: for writing the millions of rows of a screening batch (a test checks the bytes).
    ///
    /// - Parameter line: The text to append to; ends with a line feed.
    /// - Precondition: Every number is finite (the library never produces another).
    /// - Complexity: O(length of the row).
    public func appendJSONLine(to line: inout String) {
        line += "{\"decomposes_to\":["
        for (position, product) in decomposesTo.enumerated() {
            if position > 0 { line += "," }
            line += "{\"amount\":"
            JSONText.append(product.amount, to: &line)
            line += ",\"formula\":"
            JSONText.append(product.formula, to: &line)
            line += ",\"id\":"
            JSONText.append(product.id, to: &line)
            line += "}"
        }
        line += "],\"decomposition_energy_per_atom\":"
        if let decompositionEnergyPerAtom { JSONText.append(decompositionEnergyPerAtom, to: &line) } else { line += "null" }
        line += ",\"energy_above_hull\":"
        JSONText.append(energyAboveHull, to: &line)
        line += ",\"formation_energy_per_atom\":"
        JSONText.append(formationEnergyPerAtom, to: &line)
        line += ",\"formula\":"
        JSONText.append(formula, to: &line)
        line += ",\"id\":"
        JSONText.append(id, to: &line)
        line += isStable ? ",\"is_stable\":true}\n" : ",\"is_stable\":false}\n"
    }
}
