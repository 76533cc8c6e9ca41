using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CapabilityAssessment.Reports;

internal enum PdfOutcome { Done, Unavailable, TimedOut, Failed }

/// <summary>
/// Prints the report to PDF with headless chromium. The page is written to a temporary file with its stylesheet inlined
/// (a file has no CSP header, and printing it needs no network or loopback request), then chromium prints that file.
/// </summary>
internal static class ReportPdf
{
    public const string DefaultChromium = "/usr/bin/chromium";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    public const string StylesheetLink = "<link rel=\"stylesheet\" href=\"/report/report.css\">";

    // Chromium is heavy for a small server: one print at a time, the others wait within their own timeout.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static string? FindChromium(IConfiguration configuration)
    {
        var path = configuration["CHROMIUM_PATH"] is { Length: > 0 } configured ? configured : DefaultChromium;
        return File.Exists(path) ? path : null;
    }

    /// <summary>The printable copy: the stylesheet inlined into a style element of this copy only.</summary>
    public static string Printable(string html, string css, string runningHeader = "") =>
        html.Replace(StylesheetLink, "<style>\n" + (css + RunningHeader(runningHeader))
            .Replace("</", "<\\/", StringComparison.Ordinal)
            + "\n</style>", StringComparison.Ordinal);

    /// <summary>The report's title and firm at the top of every printed page (a CSS page-margin box, which
    /// the stylesheet cannot name itself); quoted as a CSS string, with every character that could end it or
    /// the style element escaped.</summary>
    public static string RunningHeader(string text)
    {
        if (text.Length == 0) return "";
        var quoted = string.Concat(text.EnumerateRunes().Select(r => Rune.IsLetterOrDigit(r)
            || r.Value is ' ' or '.' or ',' or '-' or '–'
            ? r.ToString() : $"\\{r.Value:X} "));
        return $"\n@page {{ @top-left {{ content: \"{quoted}\"; }} }}";
    }

    public static async Task<(PdfOutcome Outcome, byte[]? Pdf)> PrintAsync(string chromium, string html,
        CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        var folder = Directory.CreateTempSubdirectory("report-pdf-");
        try
        {
            await OneAtATime.WaitAsync(timeout.Token);
            try
            {
                var page = Path.Combine(folder.FullName, "report.html");
                var pdf = Path.Combine(folder.FullName, "report.pdf");
                await File.WriteAllTextAsync(page, html, Encoding.UTF8, timeout.Token);
                var outcome = await RunAsync(chromium, folder.FullName, page, pdf, timeout.Token);
                return outcome == PdfOutcome.Done && File.Exists(pdf)
                    ? (PdfOutcome.Done, await File.ReadAllBytesAsync(pdf, ct))
                    : (outcome == PdfOutcome.Done ? PdfOutcome.Failed : outcome, null);
            }
            finally
            {
                OneAtATime.Release();
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (PdfOutcome.TimedOut, null);
        }
        finally
        {
            try { folder.Delete(recursive: true); }
            catch (IOException) { /* chromium may still hold a file; the temp folder is cleaned by the OS */ }
        }
    }

    private static async Task<PdfOutcome> RunAsync(string chromium, string folder, string page, string pdf,
        CancellationToken ct)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     $"--user-data-dir={Path.Combine(folder, "profile")}", $"--print-to-pdf={pdf}",
                     "--no-pdf-header-footer",
                     new Uri(page).AbsoluteUri,
                 })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start);
        if (process is null) return PdfOutcome.Failed;
        // Drain both pipes so a chatty chromium never blocks on a full buffer.
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            try { process.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { /* it exited meanwhile */ }
            throw;
        }
        await Task.WhenAll(output, errors);
        return process.ExitCode == 0 ? PdfOutcome.Done : PdfOutcome.Failed;
    }

    // The service runs in globalization-invariant mode, where Unicode normalisation is not available: fold the common
    // Latin letters with diacritics by table instead.
    private static readonly (string From, string To)[] Folds =
    [
        ("àáâãäåā", "a"), ("æ", "ae"), ("çč", "c"), ("èéêëē", "e"), ("ìíîïī", "i"), ("ñ", "n"),
        ("òóôõöøō", "o"), ("ùúûüū", "u"),
        ("ýÿ", "y"), ("ß", "ss"), ("š", "s"), ("ž", "z"),
    ];

    /// <summary>ASCII letters, digits and hyphens only, so the name is safe in any header and file system.</summary>
    public static string FileName(string firmName, DateTimeOffset scoredAt)
    {
        var plain = new StringBuilder();
        foreach (var c in firmName.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) plain.Append(c);
            else plain.Append(Folds.FirstOrDefault(f => f.From.Contains(c)).To ?? "-");
        }
        var slug = string.Join('-', plain.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > 40) slug = slug[..40].TrimEnd('-');
        return $"capability-report-{(slug.Length == 0 ? "firm" : slug)}-" +
            $"{scoredAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.pdf";
    }
}
