using System.Text.RegularExpressions;

namespace CapabilityAssessment.Http;

/// <summary>
/// Credentials that travel in URLs, blanked wherever a URL is logged or traced: the respondent's link token in
/// /a/&lt;token&gt; and /r/&lt;token&gt; (it is the respondent's password) and the signature of a download link (sig=).
/// </summary>
internal static partial class Redaction
{
    public const string Mask = "***";

    public static string Path(PathString path) => Text(path.Value ?? "");

    public static string Text(string text) => text.Length == 0
        ? text
        : Secrets().Replace(text, m => (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value) + Mask);

    /// <summary>Link tokens after /a/ or /r/ (url-safe base64, 16+ characters), and sig= values.</summary>
    [GeneratedRegex(@"(/[ar]/)[A-Za-z0-9_\-]{16,}|((?<=[?&;\s""']|^)sig=)[^&\s""'#]+", RegexOptions.CultureInvariant)]
    private static partial Regex Secrets();
}
