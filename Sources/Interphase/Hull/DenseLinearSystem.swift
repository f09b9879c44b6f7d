/// Small dense linear algebra for hull facets: solving `A x = b` and determinants by Gaussian
/// elimination with partial pivoting. Matrices are row-major `[[Double]]` of size n × n, n ≤ ~12.
enum DenseLinearSystem {
    /// Solves `matrix · x = rhs`, or returns `nil` when the matrix is singular (a pivot below
    /// `pivotTolerance` times the largest entry).
    ///
    /// - Complexity: O(n³).
    static func solve(_ matrix: [[Double]], _ rhs: [Double], pivotTolerance: Double = 1e-13) -> [Double]? {
        let n = rhs.count
        var a = matrix
        var b = rhs
        let scale = max(matrix.lazy.flatMap { $0 }.map(abs).max() ?? 0, .leastNormalMagnitude)
        for column in 0..<n {
            var pivotRow = column
            for row in (column + 1)..<max(n, column + 1) where abs(a[row][column]) > abs(a[pivotRow][column]) {
                pivotRow = row
            }
            guard abs(a[pivotRow][column]) > pivotTolerance * scale else { return nil }
            if pivotRow != column {
                a.swapAt(pivotRow, column)
                b.swapAt(pivotRow, column)
            }
            let pivot = a[column][column]
            for row in (column + 1)..<max(n, column + 1) {
                let factor = a[row][column] / pivot
                if factor == 0 { continue }
                for k in column..<n { a[row][k] -= factor * a[column][k] }
                b[row] -= factor * b[column]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[row]
            for k in (row + 1)..<max(n, row + 1) { sum -= a[row][k] * x[k] }
            x[row] = sum / a[row][row]
        }
        return x
    }

    /// The determinant of a square matrix.
    ///
    /// - Complexity: O(n³).
    static func determinant(_ matrix: [[Double]]) -> Double {
        let n = matrix.count
        var a = matrix
        var determinant = 1.0
        for column in 0..<n {
            var pivotRow = column
            for row in (column + 1)..<max(n, column + 1) where abs(a[row][column]) > abs(a[pivotRow][column]) {
                pivotRow = row
            }
            if a[pivotRow][column] == 0 { return 0 }
            if pivotRow != column {
                a.swapAt(pivotRow, column)
                determinant = -determinant
            }
            let pivot = a[column][column]
            determinant *= pivot
            for row in (column + 1)..<max(n, column + 1) {
                let factor = a[row][column] / pivot
                for k in column..<n { a[row][k] -= factor * a[column][k] }
            }
        }
        return determinant
    }
}
