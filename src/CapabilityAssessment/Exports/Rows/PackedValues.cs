using System.Buffers.Binary;

namespace CapabilityAssessment.Exports.Rows;

/// <summary>
/// The numbers of an export row as bytea: answers as 16-bit and scores as 64-bit IEEE 754 values, little-endian,
/// missing scores as NaN (a score is never NaN). PostgreSQL sends a bytea as one copy, where an array costs a call per
/// element: at a million rows of about 150 numbers that was most of the database's time in a release.
/// </summary>
internal static class PackedValues
{
    public static byte[] Pack(ReadOnlySpan<short> values)
    {
        var bytes = new byte[values.Length * sizeof(short)];
        for (var i = 0; i < values.Length; i++)
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * sizeof(short)), values[i]);
        return bytes;
    }

    public static byte[] Pack(ReadOnlySpan<double> values)
    {
        var bytes = new byte[values.Length * sizeof(double)];
        for (var i = 0; i < values.Length; i++)
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * sizeof(double)), values[i]);
        return bytes;
    }

    public static short[] Shorts(ReadOnlySpan<byte> bytes)
    {
        var values = new short[Count(bytes, sizeof(short))];
        for (var i = 0; i < values.Length; i++)
            values[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes[(i * sizeof(short))..]);
        return values;
    }

    public static double[] Doubles(ReadOnlySpan<byte> bytes)
    {
        var values = new double[Count(bytes, sizeof(double))];
        for (var i = 0; i < values.Length; i++)
            values[i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes[(i * sizeof(double))..]);
        return values;
    }

    private static int Count(ReadOnlySpan<byte> bytes, int size) => bytes.Length % size == 0 ? bytes.Length / size
        : throw new InvalidOperationException($"Packed values of {size} bytes each cannot be {bytes.Length} " +
            "bytes long.");
}
