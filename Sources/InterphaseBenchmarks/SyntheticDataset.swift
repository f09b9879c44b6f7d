import Interphase

/// Seeded synthetic formation-energy datasets for scaling benchmarks.
///
/// `count` compounds over the first `elementCount` elements of ``elementPool``; the number of
/// elements per compound follows the Materials Project's mix (of 85,014 compositions: 13% binary,
/// 48% ternary, 28% quaternary, 10% with 5, 1.5% with 6, 0.2% with 7 or more), capped at
/// `elementCount`; amounts 1…6 per element. Formation energy per atom: a regular-solution-like
/// sum over element pairs, Σ_{i<j} x_i x_j A_ij with A_ij uniform in [−4, 1], plus Gaussian-like
/// noise of width 0.1 eV/atom — so that a few percent of compounds are stable, as in real data.
/// Deterministic for a seed on every platform (SplitMix64, no Foundation randomness).
///
/// Other ``Distribution``s change how many entries each chemical system holds and how they
/// spread around the hull (issue 27: "any 10⁴-entry 6-element set").
enum SyntheticDataset {
    /// How the entries spread over chemical systems and around the hull.
    enum Distribution: String, CaseIterable {
        /// The Materials Project's mix of element counts, energies as described above (the
        /// original generator; its output is unchanged).
        case mp
        /// 70% of the entries have every one of the `elementCount` elements (10⁴ over 6 elements:
        /// 7,050 entries in the 6-element system), the rest the MP mix.
        case topHeavy = "top-heavy"
        /// The MP mix, but a near-convex surface (every A_ij in [−3, −2]) and 80% of the entries
        /// within 10 meV/atom above it (noise uniform in [0, 0.01] eV/atom; the others as `mp`):
        /// more stable entries and close calls than `mp`, though the surface still lies above
        /// the hull in places (10⁴ entries over 6 elements, seed 42: 322 stable, 465 within
        /// 10 meV/atom of the hull, against 216 and 271 for `mp`).
        case nearHull = "near-hull"
        /// 60% binaries, 25% ternaries, the rest the MP mix from 4 elements: many entries per
        /// binary system (10⁴ over 6 elements: 6,001 binaries, 30 entries of 6 elements).
        case binaries
    }

    static let elementPool = ["Li", "O", "P", "N", "S", "Mg", "Al", "Si", "Fe", "Mn"]
        .map { Element(symbol: $0)! }

    /// Cumulative weights of 2, 3, 4, 5, 6, 7 elements per compound.
    static let sizeWeights: [(size: Int, weight: Double)] = [(2, 0.127), (3, 0.475), (4, 0.284), (5, 0.096), (6, 0.016), (7, 0.002)]

    struct Generator {
        private var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        /// Uniform in [0, 1).
        mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
        mutating func integer(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    /// The dataset's rows: formula and formation energy per atom (elements are not rows).
    static func rows(
        count: Int, elementCount: Int, seed: UInt64, distribution: Distribution = .mp
    ) -> [(formula: String, formationEnergyPerAtom: Double)] {
        precondition((2...elementPool.count).contains(elementCount))
        var generator = Generator(seed: seed)
        let elements = Array(elementPool.prefix(elementCount))
        var interaction = [[Double]](repeating: [Double](repeating: 0, count: elementCount), count: elementCount)
        for i in 0..<elementCount {
            for j in (i + 1)..<elementCount {
                interaction[i][j] = distribution == .nearHull ? -3 + generator.uniform() : -4 + 5 * generator.uniform()
                interaction[j][i] = interaction[i][j]
            }
        }
        var rows: [(String, Double)] = []
        rows.reserveCapacity(count)
        for _ in 0..<count {
            var draw = generator.uniform() * sizeWeights.reduce(0) { $0 + $1.weight }
            var size = 2
            for (candidate, weight) in sizeWeights {
                size = candidate
                if draw < weight { break }
                draw -= weight
            }
            switch distribution {
            case .mp, .nearHull: break
            case .topHeavy: if generator.uniform() < 0.7 { size = elementCount }
            case .binaries:
                let roll = generator.uniform()
                size = roll < 0.6 ? 2 : roll < 0.85 ? 3 : max(size, 4)
            }
            size = min(size, elementCount)
            var chosen = Array(0..<elementCount)
            for i in 0..<size {  // partial Fisher–Yates
                let j = i + generator.integer(below: elementCount - i)
                chosen.swapAt(i, j)
            }
            let members = chosen.prefix(size).sorted()
            let amounts = members.map { _ in 1 + generator.integer(below: 6) }
            let total = Double(amounts.reduce(0, +))
            var energy = 0.0
            for a in 0..<members.count {
                for b in (a + 1)..<members.count {
                    energy += Double(amounts[a]) / total * Double(amounts[b]) / total * interaction[members[a]][members[b]]
                }
            }
            if distribution == .nearHull, generator.uniform() < 0.8 {
                energy += 0.01 * generator.uniform()
            } else {
                // Sum of three uniforms: roughly Gaussian, width ~0.1 eV/atom.
                energy += 0.2 * (generator.uniform() + generator.uniform() + generator.uniform() - 1.5)
            }
            let formula = zip(members, amounts).map { "\(elements[$0].symbol)\($1)" }.joined()
            rows.append((formula, energy))
        }
        return rows
    }

    /// The rows as CSV (`id,formula,formation_energy_per_atom`), for pymatgen and the CLI.
    static func csv(count: Int, elementCount: Int, seed: UInt64, distribution: Distribution = .mp) -> String {
        var text = "id,formula,formation_energy_per_atom\n"
        for (index, row) in rows(count: count, elementCount: elementCount, seed: seed, distribution: distribution).enumerated() {
            text += "s-\(index),\(row.formula),\(row.formationEnergyPerAtom)\n"
        }
        return text
    }
}
