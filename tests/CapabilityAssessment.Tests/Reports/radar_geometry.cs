using CapabilityAssessment.Reports;

namespace CapabilityAssessment.Tests.Reports;

/// <summary>
/// The radar's points, checked against hand-computed positions: axis i at −90°
/// + 360°·i/n, score/100 of the radius.
/// </summary>
public sealed class radar_geometry
{
    private const double Cx = RadarChart.Cx, Cy = RadarChart.Cy, R = RadarChart.Radius;

    [Theory]
    [InlineData(100, 0, 4, Cx, Cy - R)]            // straight up
    [InlineData(50, 1, 4, Cx + R / 2, Cy)]         // right (clockwise on screen)
    [InlineData(0, 2, 4, Cx, Cy)]                  // a zero score is the centre
    [InlineData(25, 3, 4, Cx - R / 4, Cy)]         // left
    [InlineData(100, 2, 4, Cx, Cy + R)]            // down
    public void points_on_the_four_axes(double score, int index, int count, double x, double y)
    {
        var p = RadarChart.At(score, index, count);
        Assert.Equal(x, p.X, 1e-9);
        Assert.Equal(y, p.Y, 1e-9);
    }

    [Fact]
    public void twelve_axes_are_thirty_degrees_apart()
    {
        // Axis 1 of 12 is at −60°: (cos −60°, sin −60°) = (1/2, −√3/2).
        var p = RadarChart.At(80, 1, 12);
        Assert.Equal(Cx + 0.8 * R * 0.5, p.X, 1e-9);
        Assert.Equal(Cy - 0.8 * R * Math.Sqrt(3) / 2, p.Y, 1e-9);
        // Axis 4 of 12 is at +30°: (√3/2, 1/2).
        var q = RadarChart.At(40, 4, 12);
        Assert.Equal(Cx + 0.4 * R * Math.Sqrt(3) / 2, q.X, 1e-9);
        Assert.Equal(Cy + 0.4 * R * 0.5, q.Y, 1e-9);
        Assert.Equal(-Math.PI / 2 + 2 * Math.PI * 7 / 12, RadarChart.Angle(7, 12), 1e-12);
    }

    [Fact]
    public void scores_outside_0_to_100_stay_on_the_chart()
    {
        Assert.Equal(RadarChart.At(100, 0, 3), RadarChart.At(130, 0, 3));
        Assert.Equal(RadarChart.At(0, 1, 3), RadarChart.At(-5, 1, 3));
    }

    [Fact]
    public void the_view_has_rings_at_25_50_75_and_100_and_one_point_and_label_per_axis()
    {
        var view = RadarChart.Build([("Alpha", "100", 100), ("Beta", "50", 50), ("Gamma", "0", 0),
            ("Delta", "25", 25)])!;
        Assert.Equal(["25", "50", "75", "100"], view.Rings.Select(r => r.Label));
        Assert.Equal(FormattableString.Invariant(
            $"{Cx},{Cy - R / 4} {Cx + R / 4},{Cy} {Cx},{Cy + R / 4} {Cx - R / 4},{Cy}"), view.Rings[0].Points);
        Assert.Equal(FormattableString.Invariant(
            $"{Cx},{Cy - R} {Cx + R / 2},{Cy} {Cx},{Cy} {Cx - R / 4},{Cy}"), view.Area);
        Assert.Equal(4, view.Dots.Count);
        Assert.Equal(["middle", "start", "middle", "end"], view.Labels.Select(l => l.Anchor));
        Assert.Equal(["Alpha", "100"], view.Labels[0].Lines.Select(l => l.Text));
        Assert.True(view.Labels[0].Lines[1].Strong);
    }

    [Fact]
    public void fewer_than_three_axes_make_no_radar() => Assert.Null(RadarChart.Build([("A", "1", 1), ("B", "2", 2)]));

    [Fact]
    public void long_titles_wrap_at_word_boundaries() =>
        Assert.Equal(["Managing the partner", "network as a whole"],
            RadarChart.Wrap("Managing the partner network as a whole"));
}
