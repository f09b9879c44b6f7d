/// Summary statistics of one window limit over the Monte Carlo samples in which it exists.
public struct LimitStatistics: Codable, Equatable, Sendable {
    /// Samples in which the limit exists (e.g. an oxidation limit may be absent).
    public var samples: Int
    /// Sample mean.
    public var mean: Double
    /// Sample standard deviation (n − 1 in the denominator; 0 for one sample).
    public var standardDeviation: Double
    /// 5th percentile (linear interpolation between order statistics, position (n − 1)·0.05,
    /// numpy's default).
    public var p05: Double
    /// 95th percentile, likewise.
    public var p95: Double

    enum CodingKeys: String, CodingKey {
        case samples, mean
        case standardDeviation = "std"
        case p05, p95
    }

    /// The statistics of `values`, or `nil` when there are none.
    static func of(_ values: [Double]) -> LimitStatistics? {
        guard !values.isEmpty else { return nil }
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        let variance = values.count > 1 ? values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1) : 0
        let sorted = values.sorted()
        func percentile(_ q: Double) -> Double {
            let position = Double(sorted.count - 1) * q
            let low = Int(position.rounded(.down)), high = min(low + 1, sorted.count - 1)
            return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
        }
        return LimitStatistics(samples: values.count, mean: mean, standardDeviation: variance.squareRoot(),
                               p05: percentile(0.05), p95: percentile(0.95))
    }
}
