using CapabilityAssessment.Forms;
using Scriban;
using Scriban.Syntax;

namespace CapabilityAssessment.Tests.Architecture;

/// <summary>
/// Scriban does not HTML-encode, so every output expression of every template in the service (forms,
/// reports, any feature added later) must end in html.escape. The one exception is content_html, the
/// page already rendered into the layout.
/// </summary>
public sealed class every_template_escapes_every_output
{
    private static readonly System.Reflection.Assembly App = typeof(HtmlTemplates).Assembly;

    private static IReadOnlyList<string> Templates { get; } =
        App.GetManifestResourceNames().Where(r => r.EndsWith(".sbn-html", StringComparison.Ordinal)).Order().ToList();

    [Fact]
    public void every_feature_with_templates_is_checked()
    {
        Assert.Contains(Templates, r => r.StartsWith("CapabilityAssessment.Forms.", StringComparison.Ordinal));
        Assert.Contains(Templates, r => r.StartsWith("CapabilityAssessment.Reports.", StringComparison.Ordinal));
    }

    [Fact]
    public void every_output_expression_ends_in_html_escape()
    {
        var unescaped = new List<string>();
        foreach (var resource in Templates)
        {
            var template = Template.Parse(HtmlTemplates.ReadText(App, resource), resource);
            Assert.False(template.HasErrors, string.Join("; ", template.Messages));
            foreach (var output in Outputs(template.Page))
                if (!IsEscaped(output.Expression) && !IsPreRendered(output.Expression))
                    unescaped.Add($"{resource}: {{{{ {output.Expression} }}}} at {output.Span.Start}");
        }
        Assert.Empty(unescaped);
    }

    [Fact]
    public void the_check_catches_an_unescaped_output()
    {
        var template =
            Template.Parse("<p>{{ name }}</p><p>{{ name | string.upcase }}</p><p>{{ name | html.escape " +
            "}}</p>{{ x = 1 }}");
        Assert.Equal(2, Outputs(template.Page).Count(o => !IsEscaped(o.Expression) && !IsPreRendered(o.Expression)));
    }

    /// <summary>Expression statements print their value, except assignments.</summary>
    private static IEnumerable<ScriptExpressionStatement> Outputs(ScriptNode? node)
    {
        if (node is null) yield break;
        if (node is ScriptExpressionStatement { Expression: not ScriptAssignExpression } statement)
            yield return statement;
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

    private static bool IsPreRendered(ScriptExpression? expression) =>
        expression is ScriptVariable { Name: "content_html" };
}
