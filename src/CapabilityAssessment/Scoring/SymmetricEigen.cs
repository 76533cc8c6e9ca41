namespace CapabilityAssessment.Scoring;

/// <summary>
/// Small dense symmetric matrices (a construct's items): cyclic Jacobi eigenvalues and a Gauss-Jordan inverse.
/// </summary>
internal static class SymmetricEigen
{
    /// <summary>
    /// The largest eigenvalue and its unit eigenvector by the cyclic Jacobi method (Press et al.,
    /// Numerical Recipes, §11.1): plane rotations with t = sgn(θ)/(|θ| + √(θ² + 1)), θ = (a_qq −
    /// a_pp)/(2a_pq), until the off-diagonal mass vanishes.
    /// </summary>
    public static (double Value, double[] Vector) Largest(double[,] matrix)
    {
        var (a, v) = Diagonalise(matrix);
        var n = a.GetLength(0);
        var best = 0;
        for (var i = 1; i < n; i++)
            if (a[i, i] > a[best, best]) best = i;
        var vector = new double[n];
        for (var i = 0; i < n; i++) vector[i] = v[i, best];
        return (a[best, best], vector);
    }

    /// <summary>
    /// All eigenvalues, largest first (the diagonal after the Jacobi sweeps of <see cref="Largest"/>).
    /// </summary>
    public static double[] Values(double[,] matrix)
    {
        var (a, _) = Diagonalise(matrix);
        var values = new double[a.GetLength(0)];
        for (var i = 0; i < values.Length; i++) values[i] = a[i, i];
        Array.Sort(values, (x, y) => y.CompareTo(x));
        return values;
    }

    private static (double[,] A, double[,] V) Diagonalise(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        var v = new double[n, n];
        for (var i = 0; i < n; i++) v[i, i] = 1;
        for (var sweep = 0; sweep < 100; sweep++)
        {
            double off = 0, diagonal = 0;
            for (var p = 0; p < n; p++)
            {
                diagonal += a[p, p] * a[p, p];
                for (var q = p + 1; q < n; q++) off += a[p, q] * a[p, q];
            }
            if (off <= 1e-32 * Math.Max(diagonal, 1e-300)) break;
            for (var p = 0; p < n - 1; p++)
                for (var q = p + 1; q < n; q++)
                    if (Math.Abs(a[p, q]) > 1e-300) Rotate(a, v, p, q);
        }
        return (a, v);
    }

    private static void Rotate(double[,] a, double[,] v, int p, int q)
    {
        var n = a.GetLength(0);
        var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
        var t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
        var c = 1 / Math.Sqrt(t * t + 1);
        var s = t * c;
        for (var k = 0; k < n; k++)
        {
            var (akp, akq) = (a[k, p], a[k, q]);
            a[k, p] = c * akp - s * akq;
            a[k, q] = s * akp + c * akq;
        }
        for (var k = 0; k < n; k++)
        {
            var (apk, aqk) = (a[p, k], a[q, k]);
            a[p, k] = c * apk - s * aqk;
            a[q, k] = s * apk + c * aqk;
            var (vkp, vkq) = (v[k, p], v[k, q]);
            v[k, p] = c * vkp - s * vkq;
            v[k, q] = s * vkp + c * vkq;
        }
    }

    /// <summary>Gauss-Jordan with partial pivoting; null when the matrix is (numerically) singular.</summary>
    public static double[,]? Inverse(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var m = new double[n, 2 * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++) m[i, j] = matrix[i, j];
            m[i, n + i] = 1;
        }
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col])) pivot = row;
            if (Math.Abs(m[pivot, col]) < 1e-12) return null;
            for (var j = 0; j < 2 * n; j++) (m[col, j], m[pivot, j]) = (m[pivot, j], m[col, j]);
            var scale = m[col, col];
            for (var j = 0; j < 2 * n; j++) m[col, j] /= scale;
            for (var row = 0; row < n; row++)
            {
                if (row == col || m[row, col] == 0) continue;
                var factor = m[row, col];
                for (var j = 0; j < 2 * n; j++) m[row, j] -= factor * m[col, j];
            }
        }
        var inverse = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++) inverse[i, j] = m[i, n + j];
        return inverse;
    }
}
