namespace CapabilityAssessment.Scoring.Measurement;

/// <summary>
/// Levenberg-Marquardt for small nonlinear least-squares problems (Moré 1978): minimise Σ e(x)², steps from
/// (JᵀJ + μ·diag(JᵀJ)) δ = −Jᵀe with a forward-difference Jacobian (h = 1e-7·max(1, |x|)).
/// </summary>
internal static class LeastSquares
{
    public static (double[] X, double Sum, bool Converged) Minimise(Action<double[], double[]> residuals, int count,
        double[] start, double tolerance = 1e-10, int maxIterations = 500)
    {
        int p = start.Length;
        var x = (double[])start.Clone();
        double[] e = new double[count], trial = new double[count], shifted = new double[p];
        var jacobian = new double[count, p];
        residuals(x, e);
        var sum = Sum(e);
        var mu = 1e-3;
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            for (var c = 0; c < p; c++)
            {
                var h = 1e-7 * Math.Max(1, Math.Abs(x[c]));
                Array.Copy(x, shifted, p);
                shifted[c] += h;
                residuals(shifted, trial);
                for (var r = 0; r < count; r++) jacobian[r, c] = (trial[r] - e[r]) / h;
            }
            var (normal, gradient) = Normal(jacobian, e);
            while (true)
            {
                var damped = (double[,])normal.Clone();
                for (var c = 0; c < p; c++) damped[c, c] += mu * Math.Max(normal[c, c], 1e-12);
                if (SymmetricEigen.Inverse(damped) is not { } inverse) { mu *= 10; continue; }
                var largest = 0.0;
                for (var c = 0; c < p; c++)
                {
                    double step = 0;
                    for (var d = 0; d < p; d++) step -= inverse[c, d] * gradient[d];
                    shifted[c] = x[c] + step;
                    largest = Math.Max(largest, Math.Abs(step));
                }
                residuals(shifted, trial);
                var next = Sum(trial);
                if (next <= sum)
                {
                    Array.Copy(shifted, x, p);
                    Array.Copy(trial, e, count);
                    sum = next;
                    mu = Math.Max(mu / 10, 1e-15);
                    if (largest < tolerance) return (x, sum, true);
                    break;
                }
                mu *= 10;
                if (mu > 1e15) return (x, sum, largest < 1e-7);
            }
        }
        return (x, sum, false);
    }

    private static double Sum(double[] e)
    {
        double s = 0;
        foreach (var v in e) s += v * v;
        return s;
    }

    private static (double[,] Normal, double[] Gradient) Normal(double[,] j, double[] e)
    {
        int n = j.GetLength(0), p = j.GetLength(1);
        var normal = new double[p, p];
        var gradient = new double[p];
        for (var r = 0; r < n; r++)
            for (var a = 0; a < p; a++)
            {
                gradient[a] += j[r, a] * e[r];
                for (var b = 0; b <= a; b++) normal[a, b] += j[r, a] * j[r, b];
            }
        for (var a = 0; a < p; a++)
            for (var b = 0; b < a; b++) normal[b, a] = normal[a, b];
        return (normal, gradient);
    }
}
