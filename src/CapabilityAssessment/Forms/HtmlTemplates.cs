using System.Reflection;
using System.Text;
using Scriban;
using Scriban.Runtime;

namespace CapabilityAssessment.Forms;

/// <summary>
/// The form's Scriban templates, parsed once at startup so a template error fails startup, not a respondent's page.
/// Pages render into the layout as content_html, the one value that is pre-rendered HTML (see the escape test).
/// </summary>
internal sealed class HtmlTemplates
{
    private const string Layout = "_layout";
    private readonly Dictionary<string, Template> _templates;

    public HtmlTemplates()
    {
        var assembly = typeof(HtmlTemplates).Assembly;
        _templates = Names(assembly).ToDictionary(n => n.Key, n => Parse(assembly, n.Key, n.Value));
    }

    /// <summary>Embedded template resource names by short name ("module" for ...Forms.module.sbn-html).</summary>
    public static Dictionary<string, string> Names(Assembly assembly) => assembly.GetManifestResourceNames()
        .Where(r => r.StartsWith("CapabilityAssessment.Forms.", StringComparison.Ordinal)
            && r.EndsWith(".sbn-html", StringComparison.Ordinal))
        .ToDictionary(r => r["CapabilityAssessment.Forms.".Length..^".sbn-html".Length], r => r);

    public static string ReadText(Assembly assembly, string resource)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public string Render(string page, LayoutModel model)
    {
        var globals = Globals(model);
        var content = Run(_templates[page], globals);
        globals["content_html"] = content;
        return Run(_templates[Layout], globals);
    }

    private static ScriptObject Globals(LayoutModel model)
    {
        var globals = new ScriptObject();
        globals.Import(model, m => m is PropertyInfo);
        globals.Import(model.Page, m => m is PropertyInfo);
        var strings = new ScriptObject();
        foreach (var (key, text) in FormStrings.For(model.Lang)) strings[key] = text;
        globals["t"] = strings;
        return globals;
    }

    // Building Scriban's built-in functions is most of a context's cost; templates only read
    // them, so every render shares one set.
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    /// <summary>
    /// A context in which only the flat view models' properties are reachable: no methods, no domain objects.
    /// </summary>
    internal static TemplateContext NewContext() =>
        new(Builtins) { StrictVariables = true, MemberFilter = m => m is PropertyInfo };

    private static string Run(Template template, ScriptObject globals)
    {
        var context = NewContext();
        context.PushGlobal(globals);
        return template.Render(context);
    }

    private static Template Parse(Assembly assembly, string name, string resource)
    {
        var template = Template.Parse(ReadText(assembly, resource), name);
        return template.HasErrors
            ? throw new InvalidOperationException($"Template {name}: {string.Join("; ", template.Messages)}")
            : template;
    }
}

/// <summary>
/// An HTML page with the form's security headers; never cached because it carries answers and a token.
/// </summary>
internal sealed class HtmlResult(string html, int status = StatusCodes.Status200OK) : IResult
{
    public Task ExecuteAsync(HttpContext http)
    {
        SecurityHeaders.Apply(http.Response);
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync(html, http.RequestAborted);
    }
}

/// <summary>
/// The form's and the report's pages: the service's security headers (Http.SecurityHeaders), and never cached.
/// </summary>
internal static class SecurityHeaders
{
    public const string Policy = Http.SecurityHeaders.Policy;

    public static void Apply(HttpResponse response)
    {
        Http.SecurityHeaders.Apply(response);
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
    }
}
