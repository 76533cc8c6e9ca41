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

    private readonly TableShape _shape;
    private readonly DataField[] _fields;
    private readonly Array[] _columns;
    private readonly Stream _stream;
    private ParquetWriter? _writer;
    private int _count;

    public ParquetTableWriter(Stream stream, TableShape shape, int rowGroupSize = RowGroupSize)
    {
        (_stream, _shape) = (stream, shape);
        _fields = [.. shape.Variables.Select(v => v.Type switch
        {
            VariableType.Integer => new DataField(v.Name, typeof(int), false),
            VariableType.Double => new DataField(v.Name, typeof(double), true),
            _ => new DataField(v.Name, typeof(string), true),
        })];
        _columns = [.. shape.Types.Select(t => t switch
        {
            VariableType.Integer => (Array)new int[rowGroupSize],
            VariableType.Double => new double?[rowGroupSize],
            _ => new string?[rowGroupSize],
        })];
    }

    // Not an async method: a row only fills the column buffers; flushing a full row group is the only I/O.
    public ValueTask WriteAsync(TableRow row, CancellationToken ct)
    {
        var (types, slots) = (_shape.Types, _shape.Slots);
        for (var i = 0; i < types.Length; i++)
            switch (types[i])
            {
                case VariableType.Integer: ((int[])_columns[i])[_count] = row.Integers[slots[i]]; break;
                case VariableType.Double: ((double?[])_columns[i])[_count] = double.IsNaN(row.Doubles[slots[i]]) ? null : row.Doubles[slots[i]]; break;
                default: ((string?[])_columns[i])[_count] = row.Strings[slots[i]]; break;
            }
        return ++_count == _columns[0].Length ? new ValueTask(FlushAsync(ct)) : ValueTask.CompletedTask;
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
