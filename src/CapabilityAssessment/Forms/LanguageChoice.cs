namespace CapabilityAssessment.Forms;

/// <summary>
/// The page language: ?lang=en|fi (remembered in a cookie for the whole site, so a respondent who switched the form to
/// Finnish reads the report in Finnish too), else the remembered choice, else the assessment's language.
/// </summary>
internal static class LanguageChoice
{
    public const string Cookie = "lang";

    public static string Choose(HttpContext http, string? fallback)
    {
        var asked = http.Request.Query["lang"].ToString();
        if (FormStrings.Languages.Contains(asked))
        {
            http.Response.Cookies.Append(Cookie, asked, new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/", Secure = http.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(180),
            });
            return asked;
        }
        return Remembered(http) ?? FormStrings.Normalize(fallback);
    }

    public static string? Remembered(HttpContext http) =>
        http.Request.Cookies[Cookie] is { } remembered && FormStrings.Languages.Contains(remembered)
            ? remembered : null;
}
