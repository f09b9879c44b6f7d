import ArgumentParser
import Foundation
import Interphase

/// `--output FILE.svg`: where a figure of `interphase plot` goes.
struct FigureOutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("The SVG file to write.", valueName: "file.svg"))
    var output: String

    /// Writes `svg` to ``output``.
    func write(_ svg: String) throws { try writeFigure(svg, to: output) }
}

/// Writes a figure's SVG text to `path`, or throws ``PlotFailure/cannotWrite(path:reason:)`` with
/// the reason in words: the one place every command writes a file. Refused before anything is
/// written: an empty path, a directory, and a file this run reads (`--data`, `--input`), which
/// would be lost.
func writeFigure(_ svg: String, to path: String) throws {
    func refuse(_ reason: String) -> PlotFailure { PlotFailure.cannotWrite(path: path, reason: reason) }
    guard !path.isEmpty else { throw PlotFailure.cannotWrite(path: "''", reason: "empty path") }
    if let input = InputFiles.input(namedBy: path) {
        throw refuse(input == path ? "it is an input of this run; choose another file"
                         : "it is \(input), an input of this run; choose another file")
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        throw refuse("is a directory")
    }
    // POSIX calls, so that a failure is errno's words ("permission denied", "no such file or
    // directory") rather than Foundation's "NSCocoaErrorDomain error 512".
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw refuse(errorWords(errno)) }
    defer { close(descriptor) }
    let bytes = Array(svg.utf8)
    var written = 0
    while written < bytes.count {
        let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { continue }
            throw refuse(errorWords(errno))
        }
        written += count
    }
}

/// errno's message in lower case: "permission denied", "is a directory".
private func errorWords(_ code: Int32) -> String {
    let text = String(cString: strerror(code))
    return text.prefix(1).lowercased() + text.dropFirst()
}
