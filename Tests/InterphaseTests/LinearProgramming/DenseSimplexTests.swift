import Foundation
import Testing
@testable import Interphase

/// Tests of `DenseSimplex`, the hull LP's dense simplex, against GLPK (`LinearProgram`) on
/// programs of the hull's shape: unit columns for the elements at energy 0, other columns of
/// atom fractions summing to 1 at negative energies.
///
/// Tolerances: the optimal vertex must be GLPK's (same support: random energies leave one
/// optimum), its amounts must balance the target within 1e-12 (rounding of order-one sums),
/// and its energy must equal the energy of that support solved exactly (B λ = x by
/// `DenseLinearSystem`) within 1e-12 eV/atom. Against GLPK's own objective the energies agree
/// within 1e-9 eV/atom only: GLPK's amounts on these programs miss the rows by up to ~1e-10
/// (measured), which the hull's callers polish away.
@Suite("DenseSimplex")
struct DenseSimplexTests {
    static let tolerance = 1e-12

    /// A program of `elements` rows: the unit columns, then `phases` random columns (fractions
    /// over 2–`elements` elements on a grid of twelfths, energies in [−1, 0) eV/atom).
    static func randomProgram(elements: Int, phases: Int, seed: UInt64) -> (coefficients: [Double], costs: [Double]) {
        var generator = SplitMix64(seed: seed)
        var coefficients: [Double] = []
        var costs: [Double] = []
        for r in 0..<elements {
            coefficients += (0..<elements).map { $0 == r ? 1 : 0 }
            costs.append(0)
        }
        for _ in 0..<phases {
            // At least two elements: the pure elements are the unit columns alone.
            var weights = (0..<elements).map { _ in Double(Int.random(in: 0...3, using: &generator)) }
            let first = Int.random(in: 0..<elements, using: &generator)
            weights[first] = max(weights[first], 1)
            weights[(first + 1) % elements] = max(weights[(first + 1) % elements], 1)
            let total = weights.reduce(0, +)
            coefficients += weights.map { $0 / total }
            costs.append(-Double.random(in: 0.01...1, using: &generator))
        }
        return (coefficients, costs)
    }

    /// GLPK's optimum of the same program, with `excluded` held at 0: its objective and its
    /// support (the columns with amounts above `Tolerance.decompositionFraction`).
    static func glpkMinimum(
        _ program: (coefficients: [Double], costs: [Double]), rows: Int, at target: [Double], excluding excluded: Int?
    ) throws -> (energy: Double, support: [Int]) {
        var linearProgram = LinearProgram(
            costs: program.costs,
            constraints: (0..<rows).map { row in
                LinearProgram.Constraint(
                    coefficients: stride(from: row, to: program.coefficients.count, by: rows).map { program.coefficients[$0] },
                    relation: .equal, bound: target[row])
            })
        if let excluded { linearProgram.upperBounds = program.costs.indices.map { $0 == excluded ? 0 : nil } }
        let solution = try linearProgram.solve()
        return (solution.objectiveValue, solution.values.indices.filter { solution.values[$0] > Tolerance.decompositionFraction })
    }

    /// The energy of `support` at `target`, its amounts solved exactly from B λ = x (least
    /// squares through the normal equations when the support has fewer columns than rows).
    static func exactEnergy(of support: [Int], _ program: (coefficients: [Double], costs: [Double]), rows: Int, at target: [Double]) -> Double? {
        let column = { (j: Int) in Array(program.coefficients[(j * rows)..<((j + 1) * rows)]) }
        let gram = support.map { a in support.map { b in zip(column(a), column(b)).reduce(0) { $0 + $1.0 * $1.1 } } }
        let right = support.map { a in zip(column(a), target).reduce(0) { $0 + $1.0 * $1.1 } }
        return DenseLinearSystem.solve(gram, right).map { zip(support, $0).reduce(0) { $0 + program.costs[$1.0] * $1.1 } }
    }

    @Test("Random hull programs of 2–7 elements: the optimum GLPK finds, certified, from a feasible support")
    func agreesWithGLPK() throws {
        var checked = 0
        for elements in 2...7 {
            for seed in 0..<12 {
                let program = Self.randomProgram(elements: elements, phases: 5 * elements + Int(seed), seed: UInt64(elements * 100 + Int(seed)))
                let simplex = DenseSimplex(rowCount: elements, coefficients: program.coefficients, costs: program.costs)
                var generator = SplitMix64(seed: UInt64(seed) + 7)
                let weights = (0..<elements).map { _ in Double.random(in: 0.05...1, using: &generator) }
                let target = weights.map { $0 / weights.reduce(0, +) }
                // Exclude a random non-unit column half of the time (a question's own composition).
                let excluded: Int? = seed.isMultiple(of: 2) ? elements + Int(seed) % (program.costs.count - elements) : nil
                let optimum = try #require(simplex.minimum(at: target, excluding: excluded, tolerance: Tolerance.roundoff))
                let energy = zip(optimum.columns, optimum.amounts).reduce(0.0) { $0 + program.costs[$1.0] * $1.1 }
                let reference = try Self.glpkMinimum(program, rows: elements, at: target, excluding: excluded)
                let support = zip(optimum.columns, optimum.amounts).filter { $0.1 > Tolerance.decompositionFraction }.map(\.0).sorted()
                #expect(support == reference.support, "\(elements) elements, seed \(seed)")
                let exact = try #require(Self.exactEnergy(of: support, program, rows: elements, at: target))
                #expect(abs(energy - exact) <= Self.tolerance, "\(elements) elements, seed \(seed): \(energy) vs \(exact)")
                #expect(abs(energy - reference.energy) <= 1e-9, "\(elements) elements, seed \(seed): \(energy) vs GLPK \(reference.energy)")
                #expect(!optimum.columns.contains { $0 == excluded })
                #expect(optimum.amounts.allSatisfy { $0 >= -Tolerance.roundoff })
                // The support balances the target: Σ λ_j a_j = x.
                for row in 0..<elements {
                    let balance = zip(optimum.columns, optimum.amounts).reduce(0.0) { $0 + program.coefficients[$1.0 * elements + row] * $1.1 }
                    #expect(abs(balance - target[row]) <= Self.tolerance)
                }
                checked += 1
            }
        }
        #expect(checked == 72)
    }

    @Test("Degenerate programs (every phase on one plane, a target on a vertex): certified, at the plane's energy")
    func degenerate() throws {
        // E(x) = −0.3·x_B − 0.5·x_C for every phase: the whole program is one plane, every basis
        // of it optimal; the target is itself a column (a tie of many supports).
        let rows = 3
        var coefficients: [Double] = [1, 0, 0, 0, 1, 0, 0, 0, 1]
        var costs: [Double] = [0, 0, 0]
        for (a, b, c) in [(1, 1, 0), (1, 0, 1), (0, 1, 1), (1, 1, 1), (2, 1, 1), (1, 2, 1), (1, 1, 2)] {
            let total = Double(a + b + c)
            let fractions = [Double(a) / total, Double(b) / total, Double(c) / total]
            coefficients += fractions
            costs.append(-0.3 * fractions[1] - 0.5 * fractions[2])
        }
        let simplex = DenseSimplex(rowCount: rows, coefficients: coefficients, costs: costs)
        let target = [0.25, 0.25, 0.5]
        let optimum = try #require(simplex.minimum(at: target, excluding: nil, tolerance: Tolerance.roundoff))
        let energy = zip(optimum.columns, optimum.amounts).reduce(0.0) { $0 + costs[$1.0] * $1.1 }
        #expect(abs(energy - (-0.3 * 0.25 - 0.5 * 0.5)) <= Self.tolerance)
    }

    @Test("A target with an absent element, and the pure element itself")
    func targetsOnTheBoundary() throws {
        let program = Self.randomProgram(elements: 4, phases: 20, seed: 5)
        let simplex = DenseSimplex(rowCount: 4, coefficients: program.coefficients, costs: program.costs)
        let edge = [0.5, 0.5, 0, 0]
        let optimum = try #require(simplex.minimum(at: edge, excluding: nil, tolerance: Tolerance.roundoff))
        let energy = zip(optimum.columns, optimum.amounts).reduce(0.0) { $0 + program.costs[$1.0] * $1.1 }
        let reference = try Self.glpkMinimum(program, rows: 4, at: edge, excluding: nil)
        #expect(zip(optimum.columns, optimum.amounts).filter { $0.1 > Tolerance.decompositionFraction }.map(\.0).sorted() == reference.support)
        #expect(abs(energy - reference.energy) <= 1e-9)
        let pure = try #require(simplex.minimum(at: [0, 0, 1, 0], excluding: nil, tolerance: Tolerance.roundoff))
        #expect(zip(pure.columns, pure.amounts).filter { $0.1 > Tolerance.roundoff }.map(\.0) == [2])
    }

    @Test("What it leaves to GLPK: no unit column for a row, the unit column excluded, a negative or short target")
    func refuses() {
        // Row 2 has no unit column: the start basis does not exist.
        let noUnit = DenseSimplex(rowCount: 3, coefficients: [1, 0, 0, 0, 1, 0, 0, 0.5, 0.5], costs: [0, 0, -0.1])
        #expect(noUnit.unitColumns == nil)
        #expect(noUnit.minimum(at: [0.2, 0.4, 0.4], excluding: nil, tolerance: Tolerance.roundoff) == nil)
        let program = Self.randomProgram(elements: 3, phases: 6, seed: 1)
        let simplex = DenseSimplex(rowCount: 3, coefficients: program.coefficients, costs: program.costs)
        #expect(simplex.unitColumns == [0, 1, 2])
        #expect(simplex.minimum(at: [0.2, 0.4, 0.4], excluding: 1, tolerance: Tolerance.roundoff) == nil)
        #expect(simplex.minimum(at: [1.2, -0.2, 0], excluding: nil, tolerance: Tolerance.roundoff) == nil)
        #expect(simplex.minimum(at: [0.5, 0.5], excluding: nil, tolerance: Tolerance.roundoff) == nil)
    }

    @Test("Of two unit columns of one element, the cheaper one starts")
    func cheaperUnitColumn() {
        let simplex = DenseSimplex(rowCount: 2, coefficients: [1, 0, 0, 1, 1, 0, 0.5, 0.5], costs: [0.2, 0, -0.1, -0.3])
        #expect(simplex.unitColumns == [2, 1])
    }
}
