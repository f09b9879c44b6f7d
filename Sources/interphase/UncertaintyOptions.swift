import ArgumentParser
import Interphase

/// `--samples N --seed S (--sigma σ | --uncertainty column|corrections|both)`: Monte Carlo
/// propagation of energy uncertainties.
struct UncertaintyOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Monte Carlo samples: resample every compound's energy (independent normal errors; elements stay the reference) and report the spread.",
        discussion: "At most \(InputLimits.samples): every sample's result is kept to compute the percentiles, so memory and time grow with the count; \(InputLimits.samples) samples already give the 5th and 95th percentiles to about 0.05%."))
    var samples: Int?

    @Option(parsing: .unconditional, help: "Seed of the random streams (same seed, same output, whatever the number of threads).")
    var seed: UInt64 = 0

    @Option(parsing: .unconditional, help: ArgumentHelp("One energy uncertainty for every compound (eV/atom, one standard deviation; at most \(Int(InputLimits.sigma))).", valueName: "eV/atom"), transform: decimalArgument)
    var sigma: Double?

    @Option(help: ArgumentHelp("Per-entry uncertainties: column (the data's \"uncertainty\" column, eV/atom), corrections (the correction scheme's), or both (in quadrature).", valueName: "source"))
    var uncertainty: UncertaintySource?

    enum UncertaintySource: String, ExpressibleByArgument {
        case column, corrections, both
    }

    func validate() throws {
        if let samples, samples < 1 { throw ValidationError("--samples must be at least 1") }
        if let samples, samples > InputLimits.samples {
            throw ValidationError("--samples: \(samples) is more than the \(InputLimits.samples) allowed (every sample is kept for the percentiles)")
        }
        if let sigma, !(sigma.isFinite && sigma >= 0 && sigma <= InputLimits.sigma) {
            throw ValidationError("--sigma must be a finite number from 0 to \(Int(InputLimits.sigma)) (eV/atom)")
        }
        if samples != nil && sigma == nil && uncertainty == nil {
            throw ValidationError("--samples needs an uncertainty: --sigma σ (eV/atom) or --uncertainty column|corrections|both")
        }
        if sigma != nil && uncertainty != nil { throw ValidationError("give either --sigma or --uncertainty, not both") }
        if samples == nil && (sigma != nil || uncertainty != nil) { throw ValidationError("--sigma and --uncertainty need --samples N") }
    }

    /// The policy, or `nil` when no sampling was asked for.
    var policy: UncertaintyPolicy? {
        guard samples != nil else { return nil }
        if let sigma { return .global(sigma) }
        switch uncertainty {
        case .column?: return .column
        case .corrections?: return .corrections
        case .both?: return .columnAndCorrections
        case nil: return nil
        }
    }
}
