/// Why a linear program (GLPK) has no optimal solution.
public enum LinearProgramError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Wrong lengths, non-finite numbers, or no columns.
    case invalidProblem(String)
    /// No x satisfies the constraints (GLP_NOFEAS or GLP_INFEAS).
    case infeasible
    /// The objective improves without limit (GLP_UNBND).
    case unbounded
    /// GLPK returned an error code, ended with another status, or hit a fatal
    /// error (the captured message).
    case solverFailed(String)

    /// One line for the user.
    public var description: String {
        switch self {
        case .invalidProblem(let reason): "invalid linear program: \(reason)"
        case .infeasible: "linear program is infeasible"
        case .unbounded: "linear program is unbounded"
        case .solverFailed(let reason): "GLPK failed: \(reason)"
        }
    }
}
