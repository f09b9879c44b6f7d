/// Small dense linear algebra for hull facets: solving `A x = b` (with the determinant) by
/// Gaussian elimination with partial pivoting. Matrices are row-major `[[Double]]` of size n × n, n ≤ ~12;
/// the work is done in one flat buffer to keep allocations out of hot loops.
enum DenseLinearSystem {
    /// Solves `matrix · x = rhs`, or returns `nil` when the matrix is singular (a pivot below
    /// `pivotTolerance` times the largest entry).
    ///
    /// - Complexity: O(n³).
    static func solve(_ matrix: [[Double]], _ rhs: [Double], pivotTolerance: Double = Tolerance.pivot) -> [Double]? {
        solveWithDeterminant(matrix, rhs, pivotTolerance: pivotTolerance)?.solution
    }

    /// Solves `matrix · x = rhs` and returns the determinant too (the product of the pivots), or
    /// `nil` when the matrix is singular.
    ///
    /// - Complexity: O(n³).
    static func solveWithDeterminant(
        _ matrix: [[Double]], _ rhs: [Double], pivotTolerance: Double = Tolerance.pivot
    ) -> (solution: [Double], determinant: Double)? {
        let n = rhs.count
        var determinant = 1.0
        var a = [Double](repeating: 0, count: n * n)
        var scale = Double.leastNormalMagnitude
        for row in 0..<n {
            for column in 0..<n {
                let value = matrix[row][column]
                a[row * n + column] = value
                scale = max(scale, abs(value))
            }
        }
        var b = rhs
        for column in 0..<n {
            var pivotRow = column
            for row in (column + 1)..<max(n, column + 1) where abs(a[row * n + column]) > abs(a[pivotRow * n + column]) {
                pivotRow = row
            }
            guard abs(a[pivotRow * n + column]) > pivotTolerance * scale else { return nil }
            if pivotRow != column {
                for k in 0..<n { a.swapAt(pivotRow * n + k, column * n + k) }
                b.swapAt(pivotRow, column)
                determinant = -determinant
            }
            let pivot = a[column * n + column]
            determinant *= pivot
            for row in (column + 1)..<max(n, column + 1) {
                let factor = a[row * n + column] / pivot
                if factor == 0 { continue }
                for k in column..<n { a[row * n + k] -= factor * a[column * n + k] }
                b[row] -= factor * b[column]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[row]
            for k in (row + 1)..<max(n, row + 1) { sum -= a[row * n + k] * x[k] }
            x[row] = sum / a[row * n + row]
        }
        return (x, determinant)
    }
}
