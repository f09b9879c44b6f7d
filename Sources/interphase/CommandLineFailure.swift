import ArgumentParser
import Foundation

/// Runs a command body, turning any library error into one line on standard error
/// (`error: <what is wrong>`) and exit status 1. Usage errors stay ArgumentParser's (status 64).
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch {
        let message = commandLineMessage(for: error)
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        throw ExitCode.failure
    }
}
