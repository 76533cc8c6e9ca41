using System.Reflection;
using CapabilityAssessment.Forms;
using Scriban;
using Scriban.Runtime;

namespace CapabilityAssessment.Reports;

/// <summary>
/// The report's Scriban templates (Reports/*.sbn-html), parsed once; MapReports touches Shared so a template error
/// fails startup. A static instance rather than a DI registration so the feature needs only app.MapReports() in
/// Program.cs. The page renders into _report as content_html, the one pre-rendered value (see the escape test).
/// </summary>
internal sealed class ReportTemplates
{
    private const string Prefix = "CapabilityAssessment.Reports.", Suffix = ".sbn-html", Layout = "_report";
    private static readonly Lazy<ReportTemplates> Instance = new(() => new ReportTemplates());
    private readonly Dictionary<string, Template> _templates;

    private ReportTemplates()
    {
        var assembly = typeof(ReportTemplates).Assembly;
        _templates = Names(assembly).ToDictionary(n => n.Key, n =>
            Parse(HtmlTemplates.ReadText(assembly, n.Value), n.Key));
    }

    public static ReportTemplates Shared => Instance.Value;

    public static Dictionary<string, string> Names(Assembly assembly) => assembly.GetManifestResourceNames()
        .Where(r => r.StartsWith(Prefix, StringComparison.Ordinal) && r.EndsWith(Suffix, StringComparison.Ordinal))
        .ToDictionary(r => r[Prefix.Length..^Suffix.Length], r => r);

    public string Render(ReportPage page)
    {
        var globals = new ScriptObject();
        globals.Import(page, m => m is PropertyInfo);
        var strings = new ScriptObject();
        foreach (var (key, text) in ReportStrings.For(page.Lang)) strings[key] = text;
        globals["t"] = strings;
        globals["content_html"] = Run(_templates["report"], globals);
        return Run(_templates[Layout], globals);
    }

    private static string Run(Template template, ScriptObject globals)
    {
        var context = HtmlTemplates.NewContext();
        context.PushGlobal(globals);
        return template.Render(context);
    }

    private static Template Parse(string text, string name)
    {
        var template = Template.Parse(text, name);
        return template.HasErrors
            ? throw new InvalidOperationException(
            $"Template {name}: {string.Join("; ", template.Messages)}") : template;
    }
}
