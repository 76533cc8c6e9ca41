using System.Globalization;

namespace CapabilityAssessment.Reports;

internal sealed record RadarPoint(double X, double Y);

/// <summary>
/// The chart as strings the template prints into SVG attributes (numbers pre-formatted, invariant culture).
/// </summary>
/// <param name="PeerArea">The peer medians' polygon (everyone in the pinned norm release),
/// empty when any is withheld.</param>
internal sealed record RadarView(string ViewBox, IReadOnlyList<RadarRing> Rings, IReadOnlyList<RadarSpoke> Spokes,
    string Area, IReadOnlyList<RadarDot> Dots, IReadOnlyList<RadarLabel> Labels, string PeerArea = "")
{
    public bool HasPeerArea => PeerArea.Length > 0;
}

internal sealed record RadarRing(string Points, string Label, string LabelX, string LabelY);

internal sealed record RadarSpoke(string X2, string Y2);

internal sealed record RadarDot(string Cx, string Cy);

internal sealed record RadarLabel(string X, string Anchor, IReadOnlyList<RadarLine> Lines);

internal sealed record RadarLine(string Y, string Text, bool Strong);

/// <summary>
/// A radar chart drawn on the server, so it needs no script and prints as it shows. Axis i points at angle
/// −90° + 360°·i/n (the first axis straight up, then clockwise on screen, SVG's y growing downwards); a
/// score s lies at s/100 of the radius.
/// </summary>
internal static class RadarChart
{
    public const double Width = 720, Height = 560, Cx = 360, Cy = 280, Radius = 170;
    public static readonly int[] Rings = [25, 50, 75, 100];
    private const double LabelGap = 14, LineHeight = 15;
    private const int LineChars = 20;

    public static double Angle(int index, int count) => -Math.PI / 2 + 2 * Math.PI * index / count;

    public static RadarPoint At(double score, int index, int count)
    {
        var angle = Angle(index, count);
        var r = Radius * Math.Clamp(score, 0, 100) / 100;
        return new RadarPoint(Cx + r * Math.Cos(angle), Cy + r * Math.Sin(angle));
    }

    /// <summary>
    /// A radar needs at least three axes to enclose an area; with fewer the caller shows only the table.
    /// </summary>
    public static RadarView? Build(IReadOnlyList<(string Title, string ScoreText, double Score)> axes,
        IReadOnlyList<double?>? medians = null)
    {
        var n = axes.Count;
        if (n < 3) return null;
        var rings = Rings.Select(r => new RadarRing(Polygon(Enumerable.Range(0, n).Select(i => At(r, i, n))), F(r),
            F(Cx + 4), F(Cy - Radius * r / 100 - 3))).ToList();
        var spokes = Enumerable.Range(0, n)
            .Select(i => At(100, i, n))
            .Select(p => new RadarSpoke(F(p.X), F(p.Y)))
            .ToList();
        var points = axes.Select((a, i) => At(a.Score, i, n)).ToList();
        var labels = axes.Select((a, i) => Label(a.Title, a.ScoreText, i, n)).ToList();
        var peers = medians is { } m && m.Count == n && m.All(x => x is not null)
            ? Polygon(m.Select((x, i) => At(x!.Value, i, n))) : "";
        return new RadarView($"0 0 {F(Width)} {F(Height)}", rings, spokes, Polygon(points),
            points.Select(p => new RadarDot(F(p.X), F(p.Y))).ToList(), labels, peers);
    }

    /// <summary>
    /// Anchored away from the centre: left-side labels end at the axis, right-side ones start
    /// there, top and bottom centre on it.
    /// </summary>
    private static RadarLabel Label(string title, string score, int index, int count)
    {
        var angle = Angle(index, count);
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        var x = Cx + (Radius + LabelGap) * cos;
        var y = Cy + (Radius + LabelGap) * sin;
        var lines = Wrap(title).Select(t => (Text: t, Strong: false)).Append((Text: score, Strong: true)).ToList();
        var block = (lines.Count - 1) * LineHeight;
        var first = sin < -0.3 ? y - block : sin > 0.3 ? y + 10 : y - block / 2 + 4;
        var anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
        return new RadarLabel(F(x), anchor, lines.Select((l, i) =>
            new RadarLine(F(first + i * LineHeight), l.Text, l.Strong)).ToList());
    }

    /// <summary>Greedy word wrap so long construct titles fit beside the chart.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width = LineChars)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    private static string Polygon(IEnumerable<RadarPoint> points) =>
        string.Join(" ", points.Select(p => $"{F(p.X)},{F(p.Y)}"));

    private static string F(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
