import Synchronization
import ArgumentParser
import Interphase

/// `--samples N --seed S (--sigma σ | --uncertainty column|corrections|both)`: Monte Carlo
/// propagation of energy uncertainties.
struct UncertaintyOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Monte Carlo samples: resample every compound's energy (independent normal errors; elements stay the reference) and report the spread.",
        discussion: "At most \(InputLimits.samples): every sample's result is kept to compute the percentiles, so memory and time grow with the count; \(InputLimits.samples) samples already give the 5th and 95th percentiles to about 0.05%. A run is timed on its first samples (a quarter of a second) and refused, with the estimate and the samples that fit, when it would take longer than \(Int(InputLimits.monteCarloSeconds / 60)) minutes; a longer run reports its progress on standard error."))
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
        if samples != nil && sigma == nil && uncertainty == nil {
            throw ValidationError("--samples needs an uncertainty: --sigma σ (eV/atom) or --uncertainty column|corrections|both")
        }
        if sigma != nil && uncertainty != nil { throw ValidationError("give either --sigma or --uncertainty, not both") }
        if samples == nil && (sigma != nil || uncertainty != nil) { throw ValidationError("--sigma and --uncertainty need --samples N") }
    }

    /// Puts the Monte Carlo model into `conditions` when sampling was asked for (the library
    /// checks its bounds: samples, σ).
    func apply(to conditions: inout Conditions) {
        guard let samples, let policy else { return }
        conditions.uncertainty = UncertaintyModel(policy: policy, samples: samples, seed: seed)
    }

    /// The policy, or `nil` when no sampling was asked for.
    private var policy: UncertaintyPolicy? {
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

/// Monte Carlo progress on standard error: ``ProgressReporter``'s lines ("Monte Carlo samples
/// 5000/1000000 (0%), 2.0 s"), one reporter per run (a run restarts the count).
enum MonteCarloProgress {
    private static let reporter = Mutex<ProgressReporter?>(nil)

    /// The library's progress callback (`MonteCarloSampler.progress`'s `report`).
    static let standardError: @Sendable (Int, Int) -> Void = { done, total in
        reporter.withLock { reporter in
            if reporter == nil || reporter!.total != total || done <= total / 200 { reporter = ProgressReporter(total: total, label: "Monte Carlo samples") }
            reporter!.update(done: done)
            if done == total { reporter!.finish(); reporter = nil }
        }
    }
}
