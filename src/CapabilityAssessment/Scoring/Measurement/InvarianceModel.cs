namespace CapabilityAssessment.Scoring.Measurement;

/// <summary>The parameter layout and residuals of one invariance level (see <see cref="Invariance"/>).</summary>
internal sealed class InvarianceModel
{
    private readonly IReadOnlyList<(OrdinalItems Items, double[,] Rho)> _groups;
    private readonly InvarianceLevel _level;
    private readonly int _k, _thresholds;

    public InvarianceModel(IReadOnlyList<(OrdinalItems Items, double[,] Rho)> groups, InvarianceLevel level)
    {
        (_groups, _level, _k) = (groups, level, groups[0].Items.Count);
        _thresholds = groups[0].Items.Thresholds.Sum(t => t.Length - 2);
        if (level == InvarianceLevel.Scalar)
            for (var i = 0; i < _k; i++)
                if (groups.Any(g => g.Items.Thresholds[i].Length != groups[0].Items.Thresholds[i].Length))
                    throw new ArgumentException($"Item {i + 1} has different categories in different groups; equal " +
                        "thresholds cannot be tested");
    }

    private int G => _groups.Count;
    private int Pairs => _k * (_k - 1) / 2;
    private bool Scalar => _level == InvarianceLevel.Scalar;

    // Parameters: configural λ per group; metric λ, ψ_2..G; scalar λ, τ, then per later group ψ, α, Δ_1..k.
    private int Parameters => _level switch
    {
        InvarianceLevel.Configural => G * _k,
        InvarianceLevel.Metric => _k + G - 1,
        _ => _k + _thresholds + (G - 1) * (2 + _k),
    };

    private int PerGroup => Pairs + (Scalar ? _thresholds : 0);

    public FitIndices Fit()
    {
        var start = new double[Parameters];
        var lambda = OneFactorUls.Fit(_groups[0].Rho).Loadings;
        for (var p = 0; p < start.Length; p++) start[p] = 1;
        var copies = _level == InvarianceLevel.Configural ? G : 1;
        for (var g = 0; g < copies; g++) Array.Copy(lambda, 0, start, g * _k, _k);
        if (Scalar)
        {
            var t = _k;
            foreach (var th in _groups[0].Items.Thresholds)
                for (var c = 1; c < th.Length - 1; c++) start[t++] = th[c];
            for (var g = 1; g < G; g++) start[t + (g - 1) * (2 + _k) + 1] = 0;   // α_g
        }
        var (x, _, _) = LeastSquares.Minimise(Residuals, G * PerGroup, start);
        var e = new double[G * PerGroup];
        Residuals(x, e, weighted: false);
        double t2 = 0, baseline = 0, srmr = 0, scale = 0;
        var n = _groups.Sum(g => g.Items.Respondents);
        for (var g = 0; g < G; g++)
        {
            var size = _groups[g].Items.Respondents;
            double fg = 0, correlations = 0, residualCorrelations = 0;
            for (var r = 0; r < PerGroup; r++) fg += e[g * PerGroup + r] * e[g * PerGroup + r];
            for (var r = 0; r < Pairs; r++) residualCorrelations += e[g * PerGroup + r] * e[g * PerGroup + r];
            var rho = _groups[g].Rho;
            for (var i = 0; i < _k; i++) for (var j = 0; j < i; j++) correlations += rho[i, j] * rho[i, j];
            t2 += (size - 1) * fg;
            baseline += (size - 1) * correlations;
            scale += size - 1;
            srmr += size / (double)n * Math.Sqrt(residualCorrelations / (_k * (_k + 1) / 2.0));
        }
        var df = G * (PerGroup + (Scalar ? 0 : _thresholds)) - Parameters - (Scalar ? 0 : G * _thresholds);
        return ModelFit.Indices(t2, df, baseline, G * Pairs, scale, G, srmr);
    }

    private void Residuals(double[] x, double[] e) => Residuals(x, e, weighted: true);

    /// <summary>Per group: the correlations' residuals (i &gt; j), then (scalar) the thresholds', times √N_g when
    /// weighted.</summary>
    private void Residuals(double[] x, double[] e, bool weighted)
    {
        for (var g = 0; g < G; g++)
        {
            var (items, rho) = _groups[g];
            var w = weighted ? Math.Sqrt(items.Respondents) : 1;
            var o = g * PerGroup;
            for (var i = 0; i < _k; i++)
                for (var j = 0; j < i; j++) e[o++] = w * (rho[i, j] - Implied(x, g, i) * Implied(x, g, j) * Psi(x, g));
            if (!Scalar) continue;
            var t = _k;
            for (var i = 0; i < _k; i++)
                for (var c = 1; c < items.Thresholds[i].Length - 1; c++, t++)
                    e[o++] = w * (items.Thresholds[i][c] - Scale(x, g, i) * (x[t] - x[i] * Mean(x, g)));
        }
    }

    /// <summary>Δ_ig λ_i of group g (configural: the group's own λ).</summary>
    private double Implied(double[] x, int g, int i) =>
        _level == InvarianceLevel.Configural ? x[g * _k + i] : Scale(x, g, i) * x[i];

    private int Later(int g) => _level == InvarianceLevel.Metric ? _k + g - 1 : _k + _thresholds + (g - 1) * (2 + _k);
    private double Psi(double[] x, int g) => g == 0 || _level == InvarianceLevel.Configural ? 1 : x[Later(g)];
    private double Mean(double[] x, int g) => g == 0 ? 0 : x[Later(g) + 1];
    private double Scale(double[] x, int g, int i) => g == 0 || !Scalar ? 1 : x[Later(g) + 2 + i];
}
