import ArgumentParser
import Foundation

/// Runs a command body, turning any library error into one line on standard error
/// (`error: <what is wrong>`) and exit status 1. Usage errors stay ArgumentParser's (status 64).
///
/// An element that "has no entries in the data" is said to have none in the data `data` names,
/// with what those cover and how to use others (``DataOptions/dataInUse``).
func reportingErrors(reading data: DataOptions, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch {
        let message = commandLineMessage(for: error)
            .replacingOccurrences(of: "has no entries in the data", with: "has no entries in \(data.dataInUse)")
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        throw ExitCode.failure
    }
}
