import Foundation

/// One entry as a loader reads it, before the dataset decides which energy to use.
///
/// A source may give a total energy, a formation energy, or both; ``resolve(_:file:)`` chooses
/// one for the whole dataset with the same rule for every format:
/// total energies when every record has one and every element has a pure entry, otherwise
/// formation energies with the elements as the zero reference.
struct EntryRecord {
    var location: DataError.Location
    var id: String?
    var composition: Composition
    /// Total energy, eV per formula unit as written (corrections included), if given.
    var totalEnergy: Double?
    /// The name of the field the total energy came from, for notes.
    var totalField: String?
    /// Formation energy, eV/atom, if given.
    var formationEnergyPerAtom: Double?
    var correction: Double = 0
    var attributes: [String: String] = [:]

    /// Chooses the energies of a dataset.
    ///
    /// - Throws: ``DataError`` when neither kind of energy is complete, naming the first record
    ///   that lacks one or the first element without a pure entry.
    static func resolve(_ records: [EntryRecord], file: String) throws(DataError) -> Dataset {
        guard !records.isEmpty else { throw DataError(file: file, problem: "contains no entries") }
        try checkUniqueIDs(records, file: file)
        let elements = Set(records.flatMap(\.composition.elements))
        let pureElements = Set(records.filter { $0.composition.amounts.count == 1 }.flatMap(\.composition.elements))
        let missingReferences = elements.subtracting(pureElements).sorted()
        let firstWithoutTotal = records.first { $0.totalEnergy == nil }
        let firstWithoutFormation = records.first { $0.formationEnergyPerAtom == nil }
        let totalField = records.first { $0.totalField != nil }?.totalField ?? "energy"

        if firstWithoutTotal == nil && missingReferences.isEmpty {
            // A finite energy per atom times many atoms can overflow (1e308 eV/atom × 3 atoms).
            for record in records {
                if let problem = energyProblem(record.totalEnergy!, of: record.composition) {
                    throw DataError(file: file, location: record.location, field: record.totalField ?? totalField, problem: problem)
                }
            }
            let entries = records.map {
                Entry(id: $0.id, composition: $0.composition, energy: $0.totalEnergy!, correction: $0.correction,
                      attributes: $0.attributes)
            }
            var notes = ["energies from \"\(totalField)\" (total energies; each element's lowest pure entry is its reference)"]
            if firstWithoutFormation == nil {
                notes.append("\"formation_energy_per_atom\" was also given and not used" + disagreement(records, file: file))
            }
            return Dataset(name: file, entries: entries, energyKind: .total, notes: notes)
        }
        if firstWithoutFormation == nil {
            for record in records {
                if let problem = energyProblem(record.formationEnergyPerAtom! * record.composition.numberOfAtoms, of: record.composition) {
                    throw DataError(file: file, location: record.location, field: "formation_energy_per_atom", problem: problem)
                }
            }
            let entries = records.map {
                Entry(id: $0.id, composition: $0.composition,
                      energy: $0.formationEnergyPerAtom! * $0.composition.numberOfAtoms,
                      correction: $0.correction, attributes: $0.attributes)
            }
            var note = "energies from \"formation_energy_per_atom\" (the elements are the zero reference)"
            if firstWithoutTotal == nil, let element = missingReferences.first {
                note += "; \"\(totalField)\" not used because \(element.symbol) has no pure entry"
            }
            return Dataset(name: file, entries: entries, energyKind: .formation, notes: [note])
        }
        if let record = firstWithoutTotal, firstWithoutFormation != nil, records.contains(where: { $0.totalEnergy != nil }) {
            throw DataError(file: file, location: record.location, field: totalField,
                            problem: "\(record.composition.reducedFormula) has no energy")
        }
        if firstWithoutTotal == nil, let element = missingReferences.first {
            throw DataError(
                file: file,
                problem: "no elemental reference for \(element.symbol): total energies need a pure \(element.symbol) entry (or give formation energies in a \"formation_energy_per_atom\" column)")
        }
        let record = firstWithoutFormation!
        throw DataError(file: file, location: record.location, field: "formation_energy_per_atom",
                        problem: "\(record.composition.reducedFormula) has no energy")
    }

    /// Why an energy per formula unit cannot be used — not finite, or beyond
    /// `InputLimits.energyPerAtom` per atom, where sums of energies would lose all precision or
    /// overflow — or `nil` when it can.
    ///
    /// - Parameters:
    ///   - energy: eV per formula unit of `composition` as written.
    ///   - composition: The entry's composition.
    static func energyProblem(_ energy: Double, of composition: Composition) -> String? {
        let perAtom = energy / composition.numberOfAtoms
        // The formula is written only for a message (it costs more than the checks).
        guard energy.isFinite, abs(perAtom) <= InputLimits.energyPerAtom else {
            let name = EchoedText.shortened(composition.reducedFormula)
            guard energy.isFinite else { return "the energy of \(name) per formula unit is not a finite number" }
            return "the energy of \(name), \(perAtom) eV/atom, is beyond the ±\(Int(InputLimits.energyPerAtom)) eV/atom any compound can have"
        }
        return nil
    }

    /// `; it disagrees with the total energies by up to 0.5 eV/atom (line 3)` when the given
    /// formation energies differ from those the total energies imply by more than
    /// `Tolerance.givenFormationEnergy`, else nothing.
    private static func disagreement(_ records: [EntryRecord], file: String) -> String {
        var references: [Element: Double] = [:]
        for record in records where record.composition.amounts.count == 1 {
            let element = record.composition.elements[0]
            let perAtom = record.totalEnergy! / record.composition.numberOfAtoms
            references[element] = min(references[element] ?? perAtom, perAtom)
        }
        var worst: (difference: Double, location: DataError.Location)?
        for record in records {
            let reference = record.composition.amounts.reduce(0) { $0 + $1.amount * references[$1.element]! }
            let implied = (record.totalEnergy! - reference) / record.composition.numberOfAtoms
            let difference = abs(implied - record.formationEnergyPerAtom!)
            if difference > Tolerance.givenFormationEnergy, difference > (worst?.difference ?? 0) {
                worst = (difference, record.location)
            }
        }
        guard let worst else { return "" }
        return "; it disagrees with the total energies by up to \(NumberFormat.significant(worst.difference, digits: 3)) eV/atom (\(worst.location.phrase))"
    }

    private static func checkUniqueIDs(_ records: [EntryRecord], file: String) throws(DataError) {
        var seen: [String: DataError.Location] = [:]
        for record in records {
            guard let id = record.id else { continue }
            if let first = seen[id] {
                throw DataError(file: file, location: record.location, field: "id",
                                problem: "id \"\(id)\" is repeated (first at \(first.phrase))")
            }
            seen[id] = record.location
        }
    }
}

extension DataError.Location {
    /// `line 3`, `record 2`, or `the file`.
    var phrase: String {
        switch self {
        case .file: return "the file"
        case .line(let line): return "line \(line)"
        case .record(let record): return "record \(record)"
        }
    }
}

/// Reads a number field: finite, written in decimal (``DecimalNumber``).
func parseEnergyValue(_ text: String, file: String, location: DataError.Location, field: String) throws(DataError) -> Double? {
    var trimmed = text.trimmingWhitespace
    if trimmed.isEmpty { return nil }
    // One pass over the bytes for a well-formed number (the grammar and the value together).
    if let value = trimmed.withUTF8({ DecimalNumber.value(utf8: $0) }), value.isFinite { return value }
    throw DataError(file: file, location: location, field: field, problem: DecimalNumber.problem(with: trimmed) ?? "\(EchoedText.quoted(trimmed)) is not a number")
}

/// Reads a formula field, turning a ``FormulaError`` into a ``DataError`` that says where.
func parseFormulaField(_ text: String, file: String, location: DataError.Location, field: String) throws(DataError) -> Composition {
    do {
        return try Composition(parsing: text)
    } catch {
        throw DataError(file: file, location: location, field: field, problem: error.description)
    }
}
