using CapabilityAssessment.Forms;
using CapabilityAssessment.Reports;
using Scriban;
using Scriban.Syntax;

namespace CapabilityAssessment.Tests.Reports;

/// <summary>
/// Scriban does not HTML-encode, so every output expression of a report template must end in html.escape (the form's own test
/// walks only Forms templates). The one exception is content_html, the page rendered into the layout.
/// </summary>
public sealed class report_templates_escape_every_output
{
    private static readonly System.Reflection.Assembly App = typeof(ReportTemplates).Assembly;

    [Fact]
    public void every_output_expression_ends_in_html_escape()
    {
        var names = ReportTemplates.Names(App);
        Assert.Equal(["_report", "report"], names.Keys.Order());
        var unescaped = new List<string>();
        foreach (var (name, resource) in names)
        {
            var template = Template.Parse(HtmlTemplates.ReadText(App, resource), name);
            Assert.False(template.HasErrors, string.Join("; ", template.Messages));
            foreach (var output in Outputs(template.Page))
                if (!IsEscaped(output.Expression) && output.Expression is not ScriptVariable { Name: "content_html" })
                    unescaped.Add($"{name}: {{{{ {output.Expression} }}}} at {output.Span.Start}");
        }
        Assert.Empty(unescaped);
    }

    [Fact]
    public void the_check_catches_an_unescaped_output()
    {
        var template = Template.Parse("<p>{{ name }}</p><p>{{ name | string.upcase }}</p><p>{{ name | html.escape }}</p>{{ x = 1 }}");
        Assert.Equal(2, Outputs(template.Page).Count(o => !IsEscaped(o.Expression)));
    }

    private static IEnumerable<ScriptExpressionStatement> Outputs(ScriptNode? node)
    {
        if (node is null) yield break;
        if (node is ScriptExpressionStatement { Expression: not ScriptAssignExpression } statement) yield return statement;
        for (var i = 0; i < node.ChildrenCount; i++)
            foreach (var found in Outputs(node.GetChildren(i)))
                yield return found;
    }

    private static bool IsEscaped(ScriptExpression? expression)
    {
        if (expression is not ScriptPipeCall pipe) return false;
        var last = pipe.To;
        while (last is ScriptPipeCall next) last = next.To;
        var target = last is ScriptFunctionCall call ? call.Target : last;
        return target?.ToString() == "html.escape";
    }
}
