/// Why a data file could not be read, with where: the file, the line or record, and the field.
///
/// Its description is one line a chemist can act on, e.g.
/// `data.csv, line 7, field "formation_energy_per_atom": "abc" is not a number`.
public struct DataError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Where in the file the problem is.
    public enum Location: Equatable, Sendable {
        /// The file as a whole.
        case file
        /// A 1-based line of a text file (CSV, JSON Lines).
        case line(Int)
        /// A 1-based record (entry) of a JSON document.
        case record(Int)
    }

    /// The file's name or path as given, or `<stdin>`.
    public var file: String
    /// Where in the file.
    public var location: Location
    /// The column or key at fault, if one is.
    package var field: String?
    /// What is wrong, in words.
    public var problem: String

    /// An error.
    ///
    /// - Parameters:
    ///   - file: The file's name or path as given.
    ///   - location: Where in the file (default: the file as a whole).
    ///   - field: The column or key at fault, if one is.
    ///   - problem: What is wrong, in words.
    package init(file: String, location: Location = .file, field: String? = nil, problem: String) {
        self.file = file
        self.location = location
        self.field = field
        self.problem = problem
    }

    /// One line for the user.
    public var description: String {
        var parts = [file]
        switch location {
        case .file: break
        case .line(let line): parts.append("line \(line)")
        case .record(let record): parts.append("record \(record)")
        }
        if let field { parts.append("field \"\(field)\"") }
        return parts.joined(separator: ", ") + ": " + problem
    }
}
