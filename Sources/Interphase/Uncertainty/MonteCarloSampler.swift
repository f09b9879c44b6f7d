import Dispatch
import Foundation

/// Runs independent Monte Carlo samples in parallel and collects them by index, so that the
/// results are bit-identical whatever the number of threads; bounded by its cost and reporting
/// its progress.
///
/// Cost model: a run costs its samples times the wall-clock time per sample of its system with
/// every core at work (samples are independent, so that is one sample's time divided by the
/// cores, on the machine as loaded as it is). That time is measured on the run's own first
/// samples — batches of one sample per core, doubled until a quarter of a second has passed —
/// so that it holds on any machine and for any system (measured on 2 shared cores, debug build:
/// a window of Li2PO2N 6 ms per sample; the whole Materials Project seconds per sample). A run whose estimate exceeds ``timeLimit``
/// (`InputLimits.monteCarloSeconds`, ten minutes) is refused then, within seconds, with the
/// estimate and the number of samples that fit (``MonteCarloError/tooLong(samples:estimatedSeconds:secondsPerSample:affordableSamples:)``).
package enum MonteCarloSampler {
    /// A progress callback as a task-local value. It is wrapped in a struct because binding an
    /// optional closure itself as a task-local value crashes optimised builds of Swift 6.3
    /// (`swift_task_localValuePush`, signal 11, in a synchronous `withValue`).
    package struct ProgressCallback: Sendable {
        /// Called with (samples done, samples in all) after each batch of a run (from the
        /// calling thread).
        package var report: (@Sendable (_ done: Int, _ total: Int) -> Void)?

        /// A callback; `nil` reports nothing.
        package init(_ report: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) { self.report = report }
    }

    /// The progress callback of the runs in this task: the CLI sets it to write progress on
    /// standard error.
    @TaskLocal package static var progress = ProgressCallback()

    /// The longest run accepted, in seconds (`InputLimits.monteCarloSeconds`; tests lower it).
    @TaskLocal package static var timeLimit: Double = InputLimits.monteCarloSeconds

    /// How long the first samples run before the estimate is made, in seconds: long enough that
    /// a scheduling hiccup of a few milliseconds does not decide it.
    static let calibrationSeconds = 0.25

    /// Evaluates `body` for every sample index in `0..<samples` on all cores, refusing a run
    /// whose estimated time exceeds ``timeLimit`` after its first samples.
    ///
    /// - Throws: the first failure in sample order;
    ///   ``MonteCarloError/tooLong(samples:estimatedSeconds:secondsPerSample:affordableSamples:)``.
    static func map<T: Sendable>(
        samples: Int, _ body: @Sendable (Int) -> Result<T, MonteCarloError>
    ) throws(MonteCarloError) -> [T] {
        try check(samples: samples)
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let progress = Self.progress.report, limit = Self.timeLimit
        var values: [T] = []
        values.reserveCapacity(samples)
        let clock = ContinuousClock()
        let start = clock.now
        var batch = cores
        var estimated = false
        progress?(0, samples)
        while values.count < samples {
            let range = values.count..<min(samples, values.count + batch)
            for result in concurrentMap(count: range.count, { body(range.lowerBound + $0) }) {
                switch result {
                case .success(let value): values.append(value)
                case .failure(let error): throw error
                }
            }
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            if !estimated, seconds >= calibrationSeconds || values.count == samples {
                estimated = true
                // Wall-clock seconds per sample, all cores at work.
                let perSample = seconds / Double(values.count)
                let total = perSample * Double(samples)
                if total > limit, values.count < samples {
                    throw .tooLong(
                        samples: samples, estimatedSeconds: total, secondsPerSample: perSample,
                        affordableSamples: max(1, Int(limit / perSample)))
                }
                // Then about 200 progress steps.
                batch = max(cores, samples / 200)
            } else if !estimated {
                batch *= 2
            }
            progress?(values.count, samples)
        }
        return values
    }

    /// Checks that `samples` is from 1 to `InputLimits.samples`, before any work.
    static func check(samples: Int) throws(MonteCarloError) {
        guard samples >= 1 else { throw .noSamples }
        guard samples <= InputLimits.samples else { throw .tooManySamples(samples) }
    }

    /// Checks that there is one finite σ from 0 to `InputLimits.sigma` per entry.
    static func validate(entries: [Entry], sigmas: [Double]) throws(MonteCarloError) {
        guard sigmas.count == entries.count else {
            throw .sigmaCountMismatch(sigmas: sigmas.count, entries: entries.count)
        }
        if let bad = sigmas.firstIndex(where: { !($0.isFinite && $0 >= 0 && $0 <= InputLimits.sigma) }) {
            throw .invalidSigma(entry: entries[bad].label, sigma: sigmas[bad])
        }
    }

    /// How often each set of products occurs (frequencies summing to 1), most frequent first.
    static func frequencies(_ productLists: [[PhaseAmount]]) -> [ProductSetFrequency] {
        var counts: [[String]: Int] = [:]
        for products in productLists { counts[Set(products.map(\.formula)).sorted(), default: 0] += 1 }
        let total = Double(productLists.count)
        return counts.map { ProductSetFrequency(products: $0.key, frequency: Double($0.value) / total) }
            .sorted { ($0.frequency, $1.products.joined(separator: " ")) > ($1.frequency, $0.products.joined(separator: " ")) }
    }
}
