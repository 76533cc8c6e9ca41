namespace CapabilityAssessment.Exports.Releases;

/// <summary>
/// Release windows are whole calendar months (UTC): from goes back to the start of its month, to forward to the start
/// of the next month unless it is one already. Two requests whose ends differ by a few milliseconds then ask for the
/// same window, so their difference can never single out the firms submitted in between; no release dates anything
/// finer than the month it already shows (issue #16).
/// </summary>
internal static class MonthWindow
{
    public static DateTimeOffset Start(DateTimeOffset from)
    {
        var utc = from.UtcDateTime;
        return new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero);
    }

    public static DateTimeOffset End(DateTimeOffset to)
    {
        var start = Start(to);
        return start == to ? start : start.AddMonths(1);
    }
}
