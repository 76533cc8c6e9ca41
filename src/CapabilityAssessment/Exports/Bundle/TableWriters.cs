using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>A table written row by row; implementations keep at most one row group in memory.</summary>
internal interface ITableWriter : IAsyncDisposable
{
    ValueTask WriteAsync(TableRow row, CancellationToken ct);
}

/// <summary>
/// CSV after RFC 4180: UTF-8 without BOM, a header line, CRLF line ends, fields with a comma, quote or line break
/// quoted and quotes doubled. Doubles use the invariant culture and the shortest round-trip form; system-missing is an
/// empty field. Values are formatted straight into a UTF-8 buffer: a release writes a hundred million of them.
/// </summary>
internal sealed class CsvTableWriter : ITableWriter
{
    private const int FlushAt = 1 << 16;
    private readonly Stream _stream;
    private readonly TableShape _shape;
    private const int MaxKnownDoubles = 1 << 16;
    private readonly Dictionary<double, byte[]> _doubles = new();
    private byte[] _buffer = new byte[FlushAt + 4096];
    private int _used;

    public CsvTableWriter(Stream stream, TableShape shape)
    {
        (_stream, _shape) = (stream, shape);
        Text(string.Join(',', shape.Variables.Select(v => Field(v.Name))));
        LineEnd();
    }

    // Not an async method: a row only formats into the buffer; the rare flush is the
    // only I/O (no state machine per row).
    public ValueTask WriteAsync(TableRow row, CancellationToken ct)
    {
        var (types, slots) = (_shape.Types, _shape.Slots);
        for (var i = 0; i < types.Length; i++)
        {
            if (i > 0) Byte((byte)',');
            switch (types[i])
            {
                case VariableType.Integer: Number(row.Integers[slots[i]]); break;
                case VariableType.Double when !double.IsNaN(row.Doubles[slots[i]]): Number(
                    row.Doubles[slots[i]]); break;
                case VariableType.String when row.Strings[slots[i]] is { } text: Text(Field(text)); break;
            }
        }
        LineEnd();
        return _used >= FlushAt ? FlushAsync(ct) : ValueTask.CompletedTask;
    }

    private async ValueTask FlushAsync(CancellationToken ct)
    {
        await _stream.WriteAsync(_buffer.AsMemory(0, _used), ct);
        _used = 0;
    }

    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

    private void Number(int value)
    {
        Room(16);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_used), out var n);
        _used += n;
    }

    private void Number(double value)
    {
        Room(32);
        // Scores come from few answer patterns, so few distinct doubles recur millions
        // of times: each is formatted once.
        if (_doubles.TryGetValue(value, out var known))
        {
            known.CopyTo(_buffer.AsSpan(_used));
            _used += known.Length;
            return;
        }
        // "R": the shortest string that parses back to the same double (the default on .NET Core 3.0 and later).
        value.TryFormat(_buffer.AsSpan(_used), out var n, "R", CultureInfo.InvariantCulture);
        if (_doubles.Count < MaxKnownDoubles) _doubles[value] = _buffer.AsSpan(_used, n).ToArray();
        _used += n;
    }

    private void Text(string value)
    {
        Room(Encoding.UTF8.GetMaxByteCount(value.Length));
        _used += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_used));
    }

    private void Byte(byte b)
    {
        Room(1);
        _buffer[_used++] = b;
    }

    private void LineEnd()
    {
        Room(2);
        (_buffer[_used], _buffer[_used + 1]) = ((byte)'\r', (byte)'\n');
        _used += 2;
    }

    // A row longer than the slack (thousands of columns, long strings) grows the buffer instead of overrunning it.
    private void Room(int bytes)
    {
        if (_used + bytes > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _used + bytes));
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.WriteAsync(_buffer.AsMemory(0, _used));
        await _stream.DisposeAsync();
    }
}
