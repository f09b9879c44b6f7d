import Dispatch

/// Runs independent Monte Carlo samples in parallel and collects them by index, so that the
/// results are bit-identical whatever the number of threads.
enum MonteCarloSampler {
    /// Evaluates `body` for every sample index in `0..<samples` on all cores.
    ///
    /// - Throws: the first failure in sample order.
    static func map<T: Sendable>(
        samples: Int, _ body: @Sendable (Int) -> Result<T, MonteCarloError>
    ) throws(MonteCarloError) -> [T] {
        try check(samples: samples)
        let results = concurrentMap(count: samples, body)
        var values: [T] = []
        values.reserveCapacity(samples)
        for result in results {
            switch result {
            case .success(let value): values.append(value)
            case .failure(let error): throw error
            }
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
