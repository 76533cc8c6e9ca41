using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace CapabilityAssessment.Instruments;

/// <summary>
/// A YAML mapping read field by field; whatever was never asked for is reported, so a typo cannot pass silently.
/// </summary>
internal sealed class YamlObject(ParseContext context, YamlMappingNode node, string path)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public ParseContext Context => context;
    public string Path => path;
    public int Line => ParseContext.LineOf(node);

    public string PathOf(string field) => path.Length == 0 ? field : $"{path}.{field}";

    public YamlNode? Optional(string field)
    {
        _read.Add(field);
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: var name } && name == field)
            {
                context.Lines[PathOf(field)] = ParseContext.LineOf(key);
                return value is YamlScalarNode { Value: null or "" or "~" or "null",
                    Style: YamlDotNet.Core.ScalarStyle.Plain } ? null : value;
            }
        }
        return null;
    }

    public YamlNode? Required(string field)
    {
        var value = Optional(field);
        if (value is null) context.Report(Line, PathOf(field), ProblemCodes.MissingField, $"'{field}' is required");
        return value;
    }

    public string? String(string field, bool required = true) =>
        (required ? Required(field) : Optional(field)) is { } value ? Scalar(value, PathOf(field)) : null;

    public int? Int(string field, bool required = true)
    {
        var text = String(field, required);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return number;
        context.Report(context.Lines[PathOf(field)], PathOf(field), ProblemCodes.BadValue,
            $"'{text}' is not a whole number");
        return null;
    }

    public double? Double(string field)
    {
        var text = String(field, required: false);
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return number;
        context.Report(context.Lines[PathOf(field)], PathOf(field), ProblemCodes.BadValue, $"'{text}' is not a number");
        return null;
    }

    public bool Bool(string field, bool fallback)
    {
        var text = String(field, required: false);
        switch (text)
        {
            case null: return fallback;
            case "true": return true;
            case "false": return false;
            default:
                context.Report(context.Lines[PathOf(field)], PathOf(field), ProblemCodes.BadValue,
                    $"'{text}' is not true or false");
                return fallback;
        }
    }

    public YamlObject? Object(string field, bool required = true) =>
        (required ? Required(field) : Optional(field)) is { } value ? AsObject(context, value, PathOf(field)) : null;

    /// <summary>The elements of a sequence field with their paths; absent means empty.</summary>
    public IEnumerable<(YamlNode Node, string Path)> Sequence(string field, bool required = true)
    {
        var value = required ? Required(field) : Optional(field);
        if (value is null) return [];
        if (value is not YamlSequenceNode sequence)
        {
            context.Report(ParseContext.LineOf(value), PathOf(field), ProblemCodes.BadValue, "expected a list");
            return [];
        }
        return sequence.Children.Select((child, i) =>
        {
            var childPath = $"{PathOf(field)}[{i}]";
            context.Lines[childPath] = ParseContext.LineOf(child);
            return (child, childPath);
        }).ToList();
    }

    public List<string> Strings(string field, bool required = true) =>
        Sequence(field, required).Select(e => Scalar(e.Node, e.Path)).OfType<string>().ToList();

    /// <summary>
    /// The fields of the mapping with their paths (for maps keyed by data, such as interpretations by band).
    /// </summary>
    public IEnumerable<(string Key, YamlNode Node, string Path)> Entries()
    {
        foreach (var (key, value) in node.Children)
        {
            if (Scalar(key, path) is not { } name) continue;
            _read.Add(name);
            context.Lines[PathOf(name)] = ParseContext.LineOf(key);
            yield return (name, value, PathOf(name));
        }
    }

    public void RejectUnknown()
    {
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (!_read.Contains(name))
                context.Report(ParseContext.LineOf(key), PathOf(name), ProblemCodes.UnknownField,
                    $"unknown field '{name}'");
        }
    }

    public string? Scalar(YamlNode node, string at)
    {
        if (node is YamlScalarNode scalar) return scalar.Value;
        context.Report(ParseContext.LineOf(node), at, ProblemCodes.BadValue,
            "expected a single value, not a list or mapping");
        return null;
    }

    public static YamlObject? AsObject(ParseContext context, YamlNode node, string path)
    {
        if (node is YamlMappingNode mapping) return new YamlObject(context, mapping, path);
        context.Report(ParseContext.LineOf(node), path, ProblemCodes.BadValue, "expected a mapping (field: value)");
        return null;
    }
}
