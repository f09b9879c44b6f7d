/// Reads entries from CSV with a header line.
///
/// Columns: `formula` (required), an energy column — `energy_per_atom` (eV/atom, total or
/// formation), `energy` (eV per formula unit as written) or `formation_energy_per_atom` (eV/atom;
/// pure elements may be absent and are then the zero reference) — an optional `id` or
/// `material_id` (blank means no id; a repeated non-empty id is an error), and any other columns,
/// kept as attributes. When several energy columns are present, the rule of
/// ``EntryRecord/resolve(_:file:)`` chooses one and the dataset's notes say which.
enum CSVEntryReader {
    static let energyPerAtomField = "energy_per_atom"
    static let energyField = "energy"
    static let formationField = "formation_energy_per_atom"

    /// Parses CSV text.
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - file: The file's name, for messages.
    /// - Throws: ``DataError`` naming the file, line and field of the first problem.
    static func read(_ text: String, file: String) throws(DataError) -> Dataset {
        let table = try CSVTable(text: text, file: file)
        let header = table.header
        var columnIndex: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            if name.isEmpty {
                throw DataError(file: file, location: .line(1), problem: "column \(index + 1) of the header has no name")
            }
            if columnIndex[name] != nil {
                throw DataError(file: file, location: .line(1), field: name, problem: "the column appears twice in the header")
            }
            columnIndex[name] = index
        }
        guard let formulaColumn = columnIndex["formula"] else {
            throw DataError(file: file, location: .line(1),
                            problem: "no \"formula\" column (header: \(header.joined(separator: ",")))")
        }
        let perAtomColumn = columnIndex[energyPerAtomField]
        let perUnitColumn = columnIndex[energyField]
        let formationColumn = columnIndex[formationField]
        guard perAtomColumn != nil || perUnitColumn != nil || formationColumn != nil else {
            throw DataError(
                file: file, location: .line(1),
                problem: "no energy column: expected \"\(energyPerAtomField)\", \"\(energyField)\" or \"\(formationField)\" (header: \(header.joined(separator: ",")))")
        }
        if perAtomColumn != nil && perUnitColumn != nil {
            throw DataError(file: file, location: .line(1),
                            problem: "both \"\(energyPerAtomField)\" and \"\(energyField)\" are given; keep one")
        }
        let idColumn = columnIndex["id"] ?? columnIndex["material_id"]
        let used = Set([formulaColumn, perAtomColumn, perUnitColumn, formationColumn, idColumn].compactMap { $0 })

        // Rows are parsed in blocks on all cores; the first bad row in file order is reported.
        let rows = table.rows
        let records = try concurrentBlocks(count: rows.count, size: 2048) { range throws(DataError) -> [EntryRecord] in
            var records: [EntryRecord] = []
            for (line, fields) in rows[range] {
                let location = DataError.Location.line(line)
                let composition = try parseFormulaField(fields[formulaColumn], file: file, location: location, field: "formula")
                var record = EntryRecord(location: location, id: nil, composition: composition)
                if let idColumn {
                    let id = fields[idColumn].trimmingWhitespace
                    record.id = id.isEmpty ? nil : id
                }
                if let perAtomColumn,
                    let value = try parseEnergyValue(fields[perAtomColumn], file: file, location: location, field: energyPerAtomField)
                {
                    record.totalEnergy = value * composition.numberOfAtoms
                    record.totalField = energyPerAtomField
                }
                if let perUnitColumn,
                    let value = try parseEnergyValue(fields[perUnitColumn], file: file, location: location, field: energyField)
                {
                    record.totalEnergy = value
                    record.totalField = energyField
                }
                if let formationColumn {
                    record.formationEnergyPerAtom = try parseEnergyValue(
                        fields[formationColumn], file: file, location: location, field: formationField)
                }
                for (index, name) in header.enumerated() where !used.contains(index) && !fields[index].isEmpty {
                    record.attributes[name] = fields[index]
                }
                records.append(record)
            }
            return records
        }
        return try EntryRecord.resolve(records, file: file)
    }
}
