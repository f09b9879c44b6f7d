/// Small dense linear algebra for hull facets and the dense simplex: solving `A x = b` (with the
/// determinant) by Gaussian elimination with partial pivoting, and inverting by Gauss–Jordan.
/// Matrices are row-major, n × n, n ≤ ~12 (`[[Double]]` for the solves, one flat array for the
/// inverse); the work is done in one flat buffer to keep allocations out of hot loops.
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

    /// The inverse of the n × n `matrix` (row-major, flat: entry (r, c) at `r * n + c`), by
    /// Gauss–Jordan elimination with partial pivoting, or `nil` when a pivot is at or below
    /// `pivotTolerance` in magnitude (absolute: for matrices of atom fractions ≤ 1, as the dense
    /// simplex's bases are).
    ///
    /// - Complexity: O(n³).
    static func inverse(_ matrix: [Double], size n: Int, pivotTolerance: Double = Tolerance.pivot) -> [Double]? {
        // [A | I], row-major, 2n wide.
        let width = 2 * n
        var work = [Double](repeating: 0, count: n * width)
        for r in 0..<n {
            for c in 0..<n { work[r * width + c] = matrix[r * n + c] }
            work[r * width + n + r] = 1
        }
        for column in 0..<n {
            var pivotRow = column
            for row in (column + 1)..<max(n, column + 1) where abs(work[row * width + column]) > abs(work[pivotRow * width + column]) {
                pivotRow = row
            }
            let pivot = work[pivotRow * width + column]
            guard abs(pivot) > pivotTolerance else { return nil }
            if pivotRow != column {
                for k in 0..<width { work.swapAt(pivotRow * width + k, column * width + k) }
            }
            for k in 0..<width { work[column * width + k] /= pivot }
            for row in 0..<n where row != column {
                let factor = work[row * width + column]
                guard factor != 0 else { continue }
                for k in 0..<width { work[row * width + k] -= factor * work[column * width + k] }
            }
        }
        var result = [Double](repeating: 0, count: n * n)
        for r in 0..<n {
            for c in 0..<n { result[r * n + c] = work[r * width + n + c] }
        }
        return result
    }
}
