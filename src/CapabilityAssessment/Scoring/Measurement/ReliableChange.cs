namespace CapabilityAssessment.Scoring.Measurement;

/// <summary>A difference in score units, its standard error, z = difference/SE and whether |z| exceeds the critical
/// z.</summary>
internal sealed record ReliableDifference(double Difference, double StandardError, double Z, bool Reliable);

internal static class ReliableChange
{
    /// <summary>Two-sided 95%: 1.96 (Jacobson &amp; Truax 1991).</summary>
    public const double Critical = 1.959963984540054;

    /// <summary>SEM = SD·√(1 − r_xx) (classical test theory; Lord &amp; Novick 1968, eq. 3.8.4).</summary>
    public static double StandardErrorOfMeasurement(double sd, double reliability) => sd * Math.Sqrt(1 - reliability);

    /// <summary>
    /// Reliable change index (Jacobson &amp; Truax 1991, J. Consulting and Clinical Psychology 59:12-19, eq. for RC):
    /// RC = (x₂ − x₁)/S_diff, S_diff = √(2·SEM²), SEM from the norm group's SD and
    /// reliability. Real change when |RC| &gt; 1.96.
    /// </summary>
    public static ReliableDifference Index(double before, double after, double sem, double critical = Critical)
    {
        var se = Math.Sqrt(2 * sem * sem);
        var z = (after - before) / se;
        return new(after - before, se, z, Math.Abs(z) > critical);
    }

    /// <summary>
    /// Difference between two scores of one profile on a common metric with independent errors: SE = √(SEM_x² +
    /// SEM_y²) (Gulliksen 1950, Theory of Mental Tests, ch. 2; with equal SDs this is SD·√(2 − r_xx − r_yy)).
    /// </summary>
    public static ReliableDifference Between(double x, double semX, double y, double semY, double critical = Critical)
    {
        var se = Math.Sqrt(semX * semX + semY * semY);
        var z = (x - y) / se;
        return new(x - y, se, z, Math.Abs(z) > critical);
    }

    /// <summary>
    /// Each score of a profile against the profile's own mean (Davis 1959, Educational and Psychological Measurement
    /// 19:91-110; Silverstein 1982): d_i = x_i − x̄, SE_i = √(SEM_i²·(1 − 2/m) +
    /// Σ_j SEM_j²/m²), errors independent.
    /// </summary>
    public static ReliableDifference[] AgainstMean(IReadOnlyList<double> scores, IReadOnlyList<double> sems,
        double critical = Critical)
    {
        var m = scores.Count;
        var mean = scores.Average();
        var squares = sems.Sum(s => s * s);
        var result = new ReliableDifference[m];
        for (var i = 0; i < m; i++)
        {
            var se = Math.Sqrt(sems[i] * sems[i] * (1 - 2.0 / m) + squares / (m * m));
            var z = (scores[i] - mean) / se;
            result[i] = new(scores[i] - mean, se, z, Math.Abs(z) > critical);
        }
        return result;
    }
}
