using Parquet;
using Parquet.Schema;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// Parquet with typed columns: Integer as INT32, Double as nullable DOUBLE, String as nullable UTF-8. A variable with
/// missing-value codes is a nullable INT32 whose codes are written as nulls (so a mean in pandas or R is the valid
/// mean); its column metadata ("missing_codes") says what each code means, and the CSV, in the same row order, keeps
/// the code itself. Rows are buffered column-wise up to one row group, then flushed, so memory stays bounded.
/// </summary>
internal sealed class ParquetTableWriter : ITableWriter
{
    // 10,000 rows: the column buffers of both tables' groups, and their encoding, stay within tens of megabytes.
    public const int RowGroupSize = 10_000;

    private readonly TableShape _shape;
    private readonly DataField[] _fields;
    private readonly Array[] _columns;
    private readonly Dictionary<string, string>?[] _metadata;
    private readonly Stream _stream;
    private ParquetWriter? _writer;
    private int _count;

    public ParquetTableWriter(Stream stream, TableShape shape, int rowGroupSize = RowGroupSize)
    {
        (_stream, _shape) = (stream, shape);
        _fields = [.. shape.Variables.Select(v => v.Type switch
        {
            VariableType.Integer => new DataField(v.Name, typeof(int), v.MissingCodes is not null),
            VariableType.Double => new DataField(v.Name, typeof(double), true),
            _ => new DataField(v.Name, typeof(string), true),
        })];
        _metadata = [.. shape.Variables.Select(v => v.MissingCodes is null ? null : new Dictionary<string, string>
        {
            ["missing_codes"] = string.Join("; ", v.MissingCodes.Select(c => $"{c.Key} = {c.Value}")),
            ["missing_note"] = "Written as null here; the CSV keeps the code.",
        })];
        _columns = [.. shape.Variables.Select(v => v.Type switch
        {
            VariableType.Integer when v.MissingCodes is not null => new int?[rowGroupSize],
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
                case VariableType.Integer when _metadata[i] is not null:
                    var value = row.Integers[slots[i]];
                    ((int?[])_columns[i])[_count] = value < 0 ? null : value; // missing codes are the negative values
                    break;
                case VariableType.Integer: ((int[])_columns[i])[_count] = row.Integers[slots[i]]; break;
                case VariableType.Double: ((double?[])_columns[i])[_count] = double.IsNaN(row.Doubles[slots[i]]) ? null
                    : row.Doubles[slots[i]]; break;
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
                case int?[] codes: await group.WriteAsync(_fields[i], new ReadOnlyMemory<int?>(codes, 0, _count), null,
                    _metadata[i], ct); break;
                case int[] ints: await group.WriteAsync(_fields[i], new ReadOnlyMemory<int>(ints, 0, _count),
                    cancellationToken: ct); break;
                case double?[] doubles: await group.WriteAsync(_fields[i],
                    new ReadOnlyMemory<double?>(doubles, 0, _count), cancellationToken: ct); break;
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
