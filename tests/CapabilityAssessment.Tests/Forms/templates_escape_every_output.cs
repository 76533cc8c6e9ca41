using CapabilityAssessment.Forms;
using Scriban;
using Scriban.Syntax;

namespace CapabilityAssessment.Tests.Forms;

/// <summary>Scriban does not HTML-encode, so every output expression of a form template must end in html.escape.</summary>
public sealed class templates_escape_every_output
{
    private static readonly System.Reflection.Assembly App = typeof(HtmlTemplates).Assembly;

    [Fact]
    public void every_output_expression_ends_in_html_escape()
    {
        var names = HtmlTemplates.Names(App);
        Assert.NotEmpty(names);
        var unescaped = new List<string>();
        foreach (var (name, resource) in names)
        {
            var template = Template.Parse(HtmlTemplates.ReadText(App, resource), name);
            Assert.False(template.HasErrors, string.Join("; ", template.Messages));
            foreach (var output in Outputs(template.Page))
                if (!IsEscaped(output.Expression) && !IsPreRendered(output.Expression))
                    unescaped.Add($"{name}: {{{{ {output.Expression} }}}} at {output.Span.Start}");
        }
        Assert.Empty(unescaped);
    }

    [Fact]
    public void the_check_catches_an_unescaped_output()
    {
        var template = Template.Parse("<p>{{ name }}</p><p>{{ name | string.upcase }}</p><p>{{ name | html.escape }}</p>{{ x = 1 }}");
        var flagged = Outputs(template.Page).Count(o => !IsEscaped(o.Expression) && !IsPreRendered(o.Expression));
        Assert.Equal(2, flagged);
    }

    /// <summary>Expression statements print their value, except assignments.</summary>
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

    /// <summary>The one value that is HTML already: the page rendered into the layout.</summary>
    private static bool IsPreRendered(ScriptExpression? expression) => expression is ScriptVariable { Name: "content_html" };
}
