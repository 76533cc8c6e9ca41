using System.Globalization;
using System.Text;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>A table written row by row; implementations keep at most one row group in memory.</summary>
internal interface ITableWriter : IAsyncDisposable
{
    ValueTask WriteAsync(object?[] row, CancellationToken ct);
}

/// <summary>
/// CSV after RFC 4180: UTF-8 without BOM, a header line, CRLF line ends, fields with a comma, quote or line break quoted and
/// quotes doubled. Doubles use the invariant culture and round-trip format; system-missing is an empty field.
/// </summary>
internal sealed class CsvTableWriter : ITableWriter
{
    private readonly StreamWriter _writer;
    private readonly char[] _number = new char[32];

    public CsvTableWriter(Stream stream, IReadOnlyList<ExportVariable> variables)
    {
        _writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\r\n" };
        _writer.WriteLine(string.Join(',', variables.Select(v => Field(v.Name))));
    }

    public ValueTask WriteAsync(object?[] row, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        for (var i = 0; i < row.Length; i++)
        {
            if (i > 0) _writer.Write(',');
            // Numbers are formatted into one buffer: a release writes tens of millions of them.
            switch (row[i])
            {
                case null: break;
                case double d when d.TryFormat(_number, out var n, "R", CultureInfo.InvariantCulture): _writer.Write(_number, 0, n); break;
                case int x when x.TryFormat(_number, out var n, default, CultureInfo.InvariantCulture): _writer.Write(_number, 0, n); break;
                case var o: _writer.Write(Field(Convert.ToString(o, CultureInfo.InvariantCulture) ?? "")); break;
            }
        }
        _writer.WriteLine();
        return ValueTask.CompletedTask;
    }

    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

    public async ValueTask DisposeAsync() => await _writer.DisposeAsync();
}
