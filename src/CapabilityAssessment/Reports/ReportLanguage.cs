using CapabilityAssessment.Forms;

namespace CapabilityAssessment.Reports;

/// <summary>
/// The report's language as the form chooses it: ?lang=en|fi (remembered in a cookie), else the remembered choice, else the
/// assessment's language. The form's own cookie is scoped to /a, so the report keeps its own, scoped to /r.
/// </summary>
internal static class ReportLanguage
{
    public const string Cookie = "report_lang";

    public static string Choose(HttpContext http, string? fallback)
    {
        var asked = http.Request.Query["lang"].ToString();
        if (FormStrings.Languages.Contains(asked))
        {
            http.Response.Cookies.Append(Cookie, asked, new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/r", Secure = http.Request.IsHttps, MaxAge = TimeSpan.FromDays(180),
            });
            return asked;
        }
        var remembered = http.Request.Cookies[Cookie];
        return FormStrings.Normalize(remembered is not null && FormStrings.Languages.Contains(remembered) ? remembered : fallback);
    }
}
