import Foundation

extension Dataset {
    /// Reads a data file, choosing the format by its extension: `.csv` (``CSVEntryReader``) or
    /// `.json` (pymatgen entries or Materials Project documents, ``JSONEntryReader``).
    ///
    /// - Parameter path: The file's path; `-` reads standard input as CSV.
    /// - Returns: The dataset, named after the file.
    /// - Throws: ``DataError`` naming the file (and line or record and field) for a missing,
    ///   empty, binary or malformed file, an unknown extension, or content of the wrong format.
    public static func load(path: String) throws(DataError) -> Dataset {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: url)
        } catch {
            let exists = FileManager.default.fileExists(atPath: path)
            throw DataError(file: path, problem: exists ? "cannot be read" : "no such file")
        }
        let fileExtension = path == "-" ? "csv" : url.pathExtension.lowercased()
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

    /// Reads entries from CSV text (see ``CSVEntryReader``).
    ///
    /// - Throws: ``DataError`` naming `name`, the line and the field.
    public static func read(csv text: String, name: String) throws(DataError) -> Dataset {
        try CSVEntryReader.read(text, file: name)
    }

    /// Reads entries from a JSON document (see ``JSONEntryReader``).
    ///
    /// - Throws: ``DataError`` naming `name`, the record and the field.
    public static func read(json data: Data, name: String) throws(DataError) -> Dataset {
        try JSONEntryReader.read(data, file: name)
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
