using System.Text;
using System.Text.RegularExpressions;

namespace CapabilityAssessment.Store;

internal static partial class Identifiers
{
    [GeneratedRegex("^[A-Za-z0-9_]+$")]
    private static partial Regex SafeField();

    public static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                // AnswersSaved -> answers_saved, but keep acronyms together: HTTPRequest -> http_request.
                var boundary = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])
                    || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
                if (boundary) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else sb.Append(c == '`' ? '_' : c);
        }
        return sb.ToString();
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    // Field names end up inside SQL text (data->>'field'), so they are whitelisted rather than escaped.
    public static string Field(string jsonField) =>
        SafeField().IsMatch(jsonField)
            ? jsonField
            : throw new ArgumentException($"'{jsonField}' is not a valid JSON field name: use letters, digits and '_' only.", nameof(jsonField));
}
