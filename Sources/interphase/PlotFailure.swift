import ArgumentParser
import Foundation
import Interphase

/// Errors of the plot commands that are not the library's.
enum PlotFailure: Error, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)

    var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}

/// Checks `--max-voltage`: above 0 V and at most ``InputLimits/voltage``.
func validateMaximumVoltage(_ value: Double?) throws {
    if let value, !(value > 0 && value <= InputLimits.voltage) {
        throw ValidationError("--max-voltage must be above 0 and at most \(Int(InputLimits.voltage)) V, got \(value)")
    }
}
