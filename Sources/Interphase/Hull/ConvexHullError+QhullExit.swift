internal import InterphaseShims

extension ConvexHullError {
    /// The error a qhull run through the shim ended with, or `nil` when it succeeded: the one
    /// reading of the shim's exit codes, for the hull (`ConvexHull`) and the halfspace
    /// intersection (`HalfspaceIntersection`).
    ///
    /// - Parameters:
    ///   - code: The shim's return value (qhull's exit code, or a shim code).
    ///   - message: qhull's captured output.
    /// - Returns: `.degenerate` for a flat, precision, topology or wide-facet error, otherwise
    ///   `.qhullFailed`, each with qhull's first error line; `nil` for success.
    static func qhullExit(code: Int32, message: String) -> ConvexHullError? {
        switch code {
        case INTERPHASE_HULL_OK:
            return nil
        case INTERPHASE_HULL_QH_ERRSINGULAR, INTERPHASE_HULL_QH_ERRPREC,
            INTERPHASE_HULL_QH_ERRTOPOLOGY, INTERPHASE_HULL_QH_ERRWIDE:
            return .degenerate(message: firstErrorLine(of: message, code: code))
        case INTERPHASE_HULL_OUT_OF_MEMORY:
            return .qhullFailed(code: code, message: "out of memory")
        default:
            return .qhullFailed(code: code, message: firstErrorLine(of: message, code: code))
        }
    }

    /// qhull's first error line ("QH6xxx …"), else its first non-empty line, else a line naming
    /// the exit code. qhull may print warnings (QH7xxx) before the error, so an error line is
    /// preferred.
    private static func firstErrorLine(of message: String, code: Int32) -> String {
        let lines = message.split(whereSeparator: \.isNewline)
            .map { String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) }
            .filter { !$0.isEmpty }
        if let error = lines.first(where: { $0.hasPrefix("QH6") }) { return error }
        return lines.first ?? "qhull exit code \(code)"
    }
}
