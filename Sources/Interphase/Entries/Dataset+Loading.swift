import Foundation

extension Dataset {
    /// Reads a data file, choosing the format by its extension: `.csv` (see
    /// ``read(csv:name:)``) or `.json` (pymatgen entries or Materials Project documents, see
    /// ``read(json:name:)``). A path without an extension — a pipe such as `/dev/stdin` or a
    /// process substitution `<(…)` — is JSON when its text starts with `[` or `{`, else CSV.
    ///
    /// - Parameter path: The file's path; `-` reads standard input as CSV.
    /// - Returns: The dataset, named after the file.
    /// - Throws: ``DataError`` naming the file (and line or record and field) for a missing,
    ///   empty, binary or malformed file, an unknown extension, or content of the wrong format.
    public static func load(path: String) throws(DataError) -> Dataset {
        let url = URL(fileURLWithPath: path)
        let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try readBytes(path: path)
        var fileExtension = path == "-" ? "csv" : url.pathExtension.lowercased()
        if fileExtension.isEmpty {
            // A pipe or process substitution (/dev/stdin, /dev/fd/63) has no extension: JSON
            // starts with "[" or "{", anything else is read as CSV.
            let first = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
            fileExtension = first == UInt8(ascii: "[") || first == UInt8(ascii: "{") ? "json" : "csv"
        }
        switch fileExtension {
        case "csv":
            let text = try decodeText(data, file: path)
            let firstCharacter = text.first { !$0.isWhitespace }
            if firstCharacter == "[" || firstCharacter == "{" {
                throw DataError(file: path, problem: "has the extension .csv but looks like JSON; rename it to .json")
            }
            return try CSVEntryReader.read(text, file: path)
        case "json":
            let text = try decodeText(data, file: path)
            let firstCharacter = text.first { !$0.isWhitespace }
            if let firstCharacter, firstCharacter != "[" && firstCharacter != "{" {
                throw DataError(file: path, problem: "has the extension .json but does not start with \"[\" or \"{\"; is it CSV?")
            }
            return try JSONEntryReader.read(data, file: path)
        default:
            throw DataError(
                file: path,
                problem: "unknown data format \".\(fileExtension)\": use a .csv file (formula plus an energy column) or a .json file (pymatgen entries or Materials Project documents)")
        }
    }

    /// Reads entries from CSV text.
    ///
    /// Columns: `formula` (required), an energy column — `energy_per_atom` (eV/atom, total or
    /// formation), `energy` (eV per formula unit as written) or `formation_energy_per_atom`
    /// (eV/atom; pure elements may be absent and are then the zero reference) — an optional `id`
    /// or `material_id` (blank means no id; a repeated non-empty id is an error), and any other
    /// columns, kept as ``Entry/attributes``. When several energy columns are present one is
    /// chosen and `Dataset.notes` says which.
    ///
    /// - Parameters:
    ///   - text: The CSV text, UTF-8, header first.
    ///   - name: The source's name, used in errors and as ``Dataset/name``.
    /// - Returns: The dataset.
    /// - Throws: ``DataError`` naming `name`, the line and the field.
    public static func read(csv text: String, name: String) throws(DataError) -> Dataset {
        try CSVEntryReader.read(text, file: name)
    }

    /// Reads entries from a JSON document.
    ///
    /// - pymatgen: a list of, or an object whose values are, `ComputedEntry`,
    ///   `ComputedStructureEntry` or `PDEntry` dictionaries (`composition`, `energy`, `correction`
    ///   or `energy_adjustments`, `entry_id`); the energy is pymatgen's, uncorrected plus
    ///   correction.
    /// - Materials Project summary documents: a list (or `{"data": [...]}`) of objects with
    ///   `material_id`, `formula_pretty` or `composition`, and `energy_per_atom`,
    ///   `uncorrected_energy_per_atom` or `formation_energy_per_atom`; `Dataset.notes` says
    ///   which energy was used.
    ///
    /// - Parameters:
    ///   - data: The JSON document, UTF-8.
    ///   - name: The source's name, used in errors and as ``Dataset/name``.
    /// - Returns: The dataset.
    /// - Throws: ``DataError`` naming `name`, the record and the field.
    public static func read(json data: Data, name: String) throws(DataError) -> Dataset {
        try JSONEntryReader.read(data, file: name)
    }

    /// The bytes of a file, read to its end through a file handle, so that pipes, process
    /// substitution (`<(…)`) and `/dev/stdin` read like regular files.
    ///
    /// - Parameter path: The file's path.
    /// - Returns: Its contents.
    /// - Throws: ``DataError`` saying the file does not exist, is a directory or cannot be read.
    package static func readBytes(path: String) throws(DataError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DataError(file: path, problem: "no such file")
        }
        if isDirectory.boolValue { throw DataError(file: path, problem: "is a directory, not a data file") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw DataError(file: path, problem: "cannot be read") }
        defer { try? handle.close() }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw DataError(file: path, problem: "cannot be read")
        }
    }

    /// UTF-8 text of a file, refusing empty and binary content.
    static func decodeText(_ data: Data, file: String) throws(DataError) -> String {
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw DataError(file: file, problem: "the file is empty")
        }
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            throw DataError(file: file, problem: "is not a text file (binary or not UTF-8)")
        }
        return text
    }
}
