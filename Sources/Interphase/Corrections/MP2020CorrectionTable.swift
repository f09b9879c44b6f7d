/// The Materials Project 2020 composition (anion) corrections: one energy per anion atom and its
/// fitted uncertainty, for each oxide type and for N, S, F, Cl, Br, I, Se, Si, Sb, Te and H.
///
/// Values: A. Wang et al., "A framework for quantifying uncertainty in DFT energy corrections",
/// Sci. Rep. 11, 15496 (2021), as published in pymatgen's `MP2020Compatibility.yaml` (MIT
/// licence); transcribed into `Data/mp2020-corrections.csv` (provenance in
/// `Data/README-corrections.md`) and compiled into the library by
/// `Scripts/generate-bundled-data.sh`, so nothing is read from disk at run time.
package struct MP2020CorrectionTable: Sendable, Equatable {
    /// One row: a correction and its uncertainty, both in eV per anion atom.
    package struct Value: Sendable, Equatable {
        /// Energy added per anion atom, eV/atom (negative lowers the energy).
        package var correctionPerAtom: Double
        /// One standard deviation of `correctionPerAtom`, eV/atom.
        package var uncertaintyPerAtom: Double
    }

    /// The rows by species: `oxide`, `peroxide`, `superoxide`, `ozonide`, or an element symbol.
    package let values: [String: Value]

    /// The table compiled into the library.
    package static let standard: MP2020CorrectionTable = {
        do {
            return try MP2020CorrectionTable(csv: BundledText.mp2020CorrectionsCSV)
        } catch {
            fatalError("\(error)")  // The compiled-in text is checked by the tests: a build defect.
        }
    }()

    /// Parses the table from CSV with columns `species,correction_eV_per_atom,uncertainty_eV_per_atom`.
    ///
    /// - Throws: ``CorrectionError/corruptTable(_:)`` for a missing column, a value that is
    ///   not a finite number, a negative uncertainty, a repeated species or a missing oxide type.
    package init(csv text: String) throws(CorrectionError) {
        let file = "mp2020-corrections.csv"
        let table: CSVTable
        do {
            table = try CSVTable(text: text, file: file)
        } catch {
            throw .corruptTable(error)
        }
        let columns = ["species", "correction_eV_per_atom", "uncertainty_eV_per_atom"]
        let indices = columns.map { table.header.firstIndex(of: $0) }
        guard let species = indices[0], let correction = indices[1], let uncertainty = indices[2] else {
            throw .corruptTable(DataError(file: file, problem: "expected the columns \(columns.joined(separator: ","))"))
        }
        var values: [String: Value] = [:]
        for (line, fields) in table.rows {
            let name = fields[species]
            guard let value = Double(fields[correction]), value.isFinite,
                let sigma = Double(fields[uncertainty]), sigma.isFinite, sigma >= 0
            else {
                throw .corruptTable(DataError(file: file, location: .line(line), problem: "not a finite number, or a negative uncertainty"))
            }
            guard values[name] == nil else {
                throw .corruptTable(DataError(file: file, location: .line(line), field: "species", problem: "\(name) appears twice"))
            }
            if OxideType(rawValue: name) == nil && Element(symbol: name) == nil {
                throw .corruptTable(DataError(file: file, location: .line(line), problem: "\"\(name)\" is neither an oxide type nor an element"))
            }
            values[name] = Value(correctionPerAtom: value, uncertaintyPerAtom: sigma)
        }
        for type in OxideType.allCases where type != .none && values[type.rawValue] == nil {
            throw .corruptTable(DataError(file: file, problem: "no row for \(type.rawValue)"))
        }
        self.values = values
    }

    /// The correction of an oxide type (`nil` for `OxideType.none`).
    package func value(for oxideType: OxideType) -> Value? { values[oxideType.rawValue] }

    /// The correction of an anion element other than O (`nil` when the table has none).
    package func value(for anion: Element) -> Value? { values[anion.symbol] }

    /// The elements other than O that have a correction, in order of atomic number.
    package var anions: [Element] { values.keys.compactMap { Element(symbol: $0) }.sorted() }
}
