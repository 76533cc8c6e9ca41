using System.Security.Cryptography;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// A file written through SHA-256: the manifest's checksum of a table file is known when the file is closed, so a release
/// does not read its gigabyte of tables a second time to hash them. Write-only.
/// </summary>
internal sealed class HashedFile(string path) : Stream
{
    private readonly FileStream _file = File.Create(path);
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>The lowercase hex SHA-256 of everything written, once the stream is disposed.</summary>
    public string? Sha256 { get; private set; }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.AppendData(buffer);
        _file.Write(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
    {
        _hash.AppendData(buffer.Span);
        await _file.WriteAsync(buffer, ct);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
        WriteAsync(buffer.AsMemory(offset, count), ct).AsTask();

    public override void Flush() => _file.Flush();

    public override Task FlushAsync(CancellationToken ct) => _file.FlushAsync(ct);

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _file.Length;
    public override long Position { get => _file.Position; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && Sha256 is null)
        {
            Sha256 = Convert.ToHexStringLower(_hash.GetHashAndReset());
            _hash.Dispose();
            _file.Dispose();
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        if (Sha256 is null) await _file.FlushAsync();
        Dispose(true);
        GC.SuppressFinalize(this);
    }
}
