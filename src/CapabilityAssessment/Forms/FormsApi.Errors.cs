using CapabilityAssessment.Http;

namespace CapabilityAssessment.Forms;

internal static partial class FormsApi
{
    /// <summary>Errors raised around the form (rate and body limits): answered like the form's own errors.</summary>
    private static Task WriteError(HttpContext http, int status, string code, string message) =>
        ErrorResult(http, status, code, message).ExecuteAsync(http);

    /// <summary>The message page in the respondent's language, or the autosave's JSON, each with its code.</summary>
    private static IResult ErrorResult(HttpContext http, int status, string code, string message)
    {
        if (IsAutosave(http)) return AutosaveErrors(status, [new(code, "", message)]);
        var (title, text) = code switch
        {
            HttpCodes.RateLimited => ("rate_limited_title", "rate_limited"),
            HttpCodes.RequestTooLarge => ("too_large_title", "too_large"),
            _ => ("error_title", "error"),
        };
        return Message(http, http.RequestServices.GetRequiredService<HtmlTemplates>(), status, code, title,
            text, false);
    }

    /// <summary>The posted form, or the answer to a body that is not one.</summary>
    private static async Task<(IFormCollection? Form, IResult? Refusal)> ReadPostedFormAsync(HttpContext http,
        CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
            return (null, ErrorResult(http, StatusCodes.Status415UnsupportedMediaType, HttpCodes.UnsupportedMediaType,
                "Post the form as application/x-www-form-urlencoded."));
        try
        {
            return (await http.Request.ReadFormAsync(ct), null);
        }
        catch (InvalidDataException)
        {
            return (null, ErrorResult(http, StatusCodes.Status400BadRequest, HttpCodes.BadRequest,
                "The form could not be read."));
        }
    }

    private static bool IsAutosave(HttpContext http) =>
        http.Request.Path.Value?.EndsWith("/autosave", StringComparison.Ordinal) == true;
}
