using System.Text;
using CapabilityAssessment.Exports.Bundle;

namespace CapabilityAssessment.Tests.Exports;

public sealed class csv_tables
{
    [Fact]
    public async Task fields_longer_than_the_buffer_quotes_and_missing_values_round_trip()
    {
        var shape = new TableShape([
            new ExportVariable("label", "Label", VariableType.String),
            new ExportVariable("n", "Count", VariableType.Integer),
            new ExportVariable("x", "Score", VariableType.Double)]);
        var longText = string.Concat(Enumerable.Repeat("välilyönti, \"lainaus\"\r\n", 5000));
        using var stream = new MemoryStream();
        var csv = new CsvTableWriter(stream, shape);
        foreach (var (label, n, x) in new (string?, int, double)[] { (longText, 1, 0.1 + 0.2), (null, -3, double.NaN),
            ("plain", 7, 1e-300) })
        {
            var row = new TableRow(shape);
            (row.Strings[0], row.Integers[0], row.Doubles[0]) = (label, n, x);
            await csv.WriteAsync(row, default);
        }
        await csv.DisposeAsync();

        var rows = release_bundles.Csv(stream.ToArray());
        Assert.Equal(["label", "n", "x"], rows[0]);
        Assert.Equal([longText, "1", (0.1 + 0.2).ToString("R",
            System.Globalization.CultureInfo.InvariantCulture)], rows[1]);
        Assert.Equal(0.1 + 0.2, double.Parse(rows[1][2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["", "-3", ""], rows[2]);
        Assert.Equal(1e-300, double.Parse(rows[3][2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(stream.ToArray().AsSpan().StartsWith(Encoding.UTF8.Preamble));
    }
}
