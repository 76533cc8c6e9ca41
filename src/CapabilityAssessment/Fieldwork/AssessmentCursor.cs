using System.Buffers.Text;
using System.Globalization;
using System.Text;
using CapabilityAssessment.Assessments;

namespace CapabilityAssessment.Fieldwork;

/// <summary>
/// The opaque position of an assessment in the list's order (startedAt descending, then id descending): the start time
/// as PostgreSQL reads it from the summary's JSON, and the id. Clients pass it back as <c>after</c>; the next page is
/// everything strictly after it, so rows started or closed in between never shift a page (keyset paging, no OFFSET).
/// </summary>
internal readonly record struct AssessmentCursor(DateTimeOffset StartedAt, Guid Id)
{
    private const string Prefix = "a1:";

    public static AssessmentCursor Of(AssessmentSummary summary) =>
        new(AsPostgresReadsIt(summary.StartedAt), summary.Id);

    public string Encode()
    {
        var micros = (StartedAt.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
        return Base64Url.EncodeToString(Encoding.ASCII.GetBytes(
            Prefix + micros.ToString(CultureInfo.InvariantCulture) + ":" + Id.ToString("N")));
    }

    public static AssessmentCursor? Decode(string text)
    {
        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text)).Split(':');
            if (parts.Length != 3 || parts[0] + ":" != Prefix ||
                !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var micros) ||
                micros > (DateTimeOffset.MaxValue.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10 ||
                !Guid.TryParseExact(parts[2], "N", out var id))
                return null;
            return new(DateTimeOffset.UnixEpoch.AddTicks(micros * 10), id);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// .NET keeps 100 ns ticks, PostgreSQL microseconds. Marten compares
    /// <c>mt_immutable_timestamptz(data ->> 'startedAt')</c>, a text cast, which rounds the fraction as
    /// rint(fraction * 1e6) (PostgreSQL's ParseFractionalSecond: half to even, on the double). The cursor holds that
    /// same value, so the row it names compares equal to it, not one microsecond off.
    /// </summary>
    public static DateTimeOffset AsPostgresReadsIt(DateTimeOffset time)
    {
        var ticks = time.UtcTicks;
        var fraction = ticks % TimeSpan.TicksPerSecond;
        var micros = (long)Math.Round(fraction / 1e7 * 1e6, MidpointRounding.ToEven);
        return new DateTimeOffset(ticks - fraction + micros * 10, TimeSpan.Zero);
    }
}
