using Parquet;
using Parquet.Schema;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// Parquet with typed columns: Integer as INT32 (required; missing is a declared code), Double as nullable DOUBLE, String
/// as nullable UTF-8. Rows are buffered column-wise up to one row group, then flushed, so memory stays bounded.
/// </summary>
internal sealed class ParquetTableWriter : ITableWriter
{
    // 10,000 rows: the column buffers of both tables' groups, and their encoding, stay within tens of megabytes.
    public const int RowGroupSize = 10_000;

    private readonly DataField[] _fields;
    private readonly Array[] _columns;
    private readonly Stream _stream;
    private ParquetWriter? _writer;
    private int _count;

    public ParquetTableWriter(Stream stream, IReadOnlyList<ExportVariable> variables, int rowGroupSize = RowGroupSize)
    {
        _stream = stream;
        _fields = [.. variables.Select(v => v.Type switch
        {
            VariableType.Integer => new DataField(v.Name, typeof(int), false),
            VariableType.Double => new DataField(v.Name, typeof(double), true),
            _ => new DataField(v.Name, typeof(string), true),
        })];
        _columns = [.. variables.Select(v => v.Type switch
        {
            VariableType.Integer => (Array)new int[rowGroupSize],
            VariableType.Double => new double?[rowGroupSize],
            _ => new string?[rowGroupSize],
        })];
    }

    public async ValueTask WriteAsync(object?[] row, CancellationToken ct)
    {
        for (var i = 0; i < row.Length; i++)
            switch (_columns[i])
            {
                case int[] ints: ints[_count] = (int)row[i]!; break;
                case double?[] doubles: doubles[_count] = (double?)row[i]; break;
                case string?[] strings: strings[_count] = (string?)row[i]; break;
            }
        if (++_count == _columns[0].Length) await FlushAsync(ct);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        _writer ??= await ParquetWriter.CreateAsync(new ParquetSchema(_fields), _stream, cancellationToken: ct);
        if (_count == 0) return;
        using var group = _writer.CreateRowGroup();
        for (var i = 0; i < _fields.Length; i++)
            switch (_columns[i])
            {
                case int[] ints: await group.WriteAsync(_fields[i], new ReadOnlyMemory<int>(ints, 0, _count), cancellationToken: ct); break;
                case double?[] doubles: await group.WriteAsync(_fields[i], new ReadOnlyMemory<double?>(doubles, 0, _count), cancellationToken: ct); break;
                case string?[] strings: await group.WriteAsync(_fields[i], strings[.._count]!); break;
            }
        _count = 0;
    }

    public async ValueTask DisposeAsync()
    {
        await FlushAsync(CancellationToken.None);
        if (_writer is not null) await _writer.DisposeAsync();
        await _stream.DisposeAsync();
    }
}
