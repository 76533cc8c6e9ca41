using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CapabilityAssessment.Tests.Http;

/// <summary>One hostile request: where it goes, what it carries, and a name to report it by.</summary>
internal sealed record Malformed(string Name, HttpMethod Method, string Url, byte[]? Body, string? ContentType,
    string? Bearer = null, bool AntiforgeryHeader = false);

/// <summary>
/// A seeded generator of malformed GraphQL requests and form posts: the same seed gives the same requests, so a failure
/// found once is found again. Valid shapes are mutated (cut short, wrong types, unknown fields, huge,
/// deep, random bytes, invalid UTF-8, null bytes, wrong media types) rather than drawn at random, so
/// most requests get past the first check.
/// </summary>
internal sealed class MalformedRequests(int seed, IReadOnlyList<string> itemIds, IReadOnlyList<string> tokens,
    Func<string> antiforgery)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Documents =
    [
        "{ serviceVersion }",
        "{ instruments { key constructs { key items { id text } } } }",
        "query($k: String!, $v: Int) { instrument(key: $k, version: $v) { key version } }",
        "query($id: ID!) { assessment(id: $id) { id status respondents { role answers { itemId value } } } }",
        "query($f: Int, $o: String, $s: AssessmentStatus) { assessments(first: $f, after: $o, status: $s) { " +
            "totalCount edges { cursor node { id } } } }",
        "mutation($s: ID!, $v: Long!, $a: [AnswerInput!]!) { saveAnswers(saveId: $s, expectedVersion: $v, answers: " +
            "$a) { version } }",
        "mutation($i: String!, $f: FirmInput!) { startAssessment(instrumentVersion: 1, instrumentKey: $i, firm: $f) " +
            "{ token } }",
        "mutation { submitResponse { version } }",
        "query($g: PeerGroupInput!) { benchmark(instrumentKey: \"dcvn\", peerGroup: $g) { n } }",
        "query($k: String!, $v: Int!) { reliability(instrumentKey: $k, version: $v) { construct alpha } }",
    ];

    private static readonly string[] Junk =
        ["", "\0", "null", "-1", "1e309", "99999999999999999999", "\"\"", "[]", "{}", "true", "\"\\u0000\"",
            "\"\\ud800\"", "{\"a\":", "💥", "<script>"];

    /// <summary>Values of the wrong shape for a field: arrays, objects, strings that are no id, fractions.</summary>
    private static readonly string[] WrongShapes =
        ["[1,2]", "{\"itemId\":1}", "[{\"value\":\"x\"}]", "\"not-an-id\"", "3.5"];

    public Malformed NextGraphQL()
    {
        var kind = _random.Next(12);
        var document = Pick(Documents);
        var bearer = _random.Next(3) == 0 ? Pick(tokens) : _random.Next(8) == 0 ? "cak_" + Word() : null;
        return kind switch
        {
            0 => Post("cut short", Cut(Request(document, Variables())), bearer),
            1 => Post("wrong variable types",
                Encode($$"""{"query":{{Json(document)}},"variables":{{WrongVariables()}}}"""), bearer),
            2 => Post("mangled document", Encode(Request(Mangle(document), Variables())), bearer),
            3 => Post("deep document", Encode(Request(Deep(), null)), bearer),
            4 => Post("huge document", Encode(Request("{ " + string.Concat(
                Enumerable.Repeat("serviceVersion ", _random.Next(1000, 30_000))) + "}", null)), bearer),
            5 => Post("random bytes", Bytes(_random.Next(0, 4096)), bearer),
            6 => Post("invalid UTF-8", InvalidUtf8(Request(document, Variables())), bearer),
            7 => Post("wrong media type", Encode(Request(document, Variables())), bearer) with
                { ContentType = Pick(["text/plain", "application/graphql", "multipart/form-data; boundary=x",
                    "application/x-www-form-urlencoded", "", "application/json; charset=latin1"]) },
            8 => Post("wrong request shape", Encode(WrongShape(document)), bearer),
            9 => Post("null bytes", Encode(Request(document.Insert(_random.Next(document.Length), "\0"),
                Variables())), bearer),
            10 => new("get with junk parameters", HttpMethod.Get,
                "/graphql?query=" + Uri.EscapeDataString(Mangle(document)) +
                (_random.Next(2) == 0 ? "&variables=" + Uri.EscapeDataString(Pick(Junk)) : "") +
                    (_random.Next(2) == 0 ? "&operationName=%00" : ""), null, null, bearer),
            _ => Post("batch", Encode("[" + string.Join(
                ",", Enumerable.Repeat(Request(document, Variables()), _random.Next(1, 50))) + "]"), bearer),
        };
    }

    public Malformed NextFormPost()
    {
        var token = _random.Next(10) == 0 ? Word() : Pick(tokens);
        var module = _random.Next(6) == 0 ? Word() : "cognitive";
        var kind = _random.Next(9);
        if (kind < 3)
        {
            var autosave =
                $$"""{"saveId":"{{(_random.Next(5) == 0 ? Word() : Guid.NewGuid().ToString())}}","expectedVersion":{{Pick(Junk.Append("2"))}},"answers":[{{string.Join(",", Enumerable.Range(0, _random.Next(0, 5)).Select(_ => Answer()))}}]}""";
            var body = kind == 0 ? Cut(autosave) : kind == 1 ? Encode(Mangle(autosave)) : Encode(autosave);
            return new("autosave " + kind, HttpMethod.Post,
                $"/a/{Uri.EscapeDataString(token)}/m/{Uri.EscapeDataString(module)}/autosave", body,
                _random.Next(8) == 0 ? "text/plain" : "application/json", AntiforgeryHeader: _random.Next(8) != 0);
        }
        var fields = new List<(string, string)>();
        if (_random.Next(6) != 0)
            fields.Add(("__RequestVerificationToken", _random.Next(8) == 0 ? Word() : antiforgery()));
        var target = Pick(["firm", $"m/{module}", "submit"]);
        for (var i = _random.Next(0, 12); i > 0; i--)
            fields.Add(target == "firm"
                ? (Pick(["name", "country", "industry", "employees", "turnoverBand", "foundingYear",
                    "foreignTurnoverShare", "upstreamPartners", Word()]), Value())
                : (_random.Next(4) == 0 ? "item." + Word() : "item." + Pick(itemIds), Value()));
        if (target.StartsWith('m') && _random.Next(2) == 0) fields.Add(("version", Pick(Junk.Append("2"))));
        // a duplicated field
        if (fields.Count > 1 && _random.Next(3) == 0) fields.Add(fields[_random.Next(fields.Count)]);
        var encoded = string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Item1) + "=" +
            Uri.EscapeDataString(f.Item2)));
        var form = kind switch
        {
            3 => InvalidUtf8(encoded),
            4 => Bytes(_random.Next(0, 2048)),
            _ => Encode(encoded),
        };
        return new($"form post ({target}, {kind})", HttpMethod.Post, $"/a/{Uri.EscapeDataString(token)}/{target}", form,
            _random.Next(10) == 0 ? Pick(["application/json", "multipart/form-data; boundary=----x", "text/plain"])
                : "application/x-www-form-urlencoded",
            AntiforgeryHeader: _random.Next(3) == 0);
    }

    private string WrongShape(string document)
    {
        var query = Pick(Junk.Append(Json(document)));
        var variables = Pick(Junk.Append("{}"));
        var operation = Pick(Junk.Append("\"X\""));
        var extensions = Pick(Junk.Append("{}"));
        return "{\"query\":" + query + ",\"variables\":" + variables + ",\"operationName\":" + operation +
            ",\"extensions\":" + extensions + "}";
    }

    private Malformed Post(string name, byte[] body, string? bearer) =>
        new(name, HttpMethod.Post, "/graphql", body, "application/json", bearer);

    private string Request(string document, string? variables) =>
        $$"""{"query":{{Json(document)}}{{(variables is null ? "" : ",\"variables\":" + variables)}}}""";

    private string Variables() =>
        $$"""{"k":"dcvn","v":{{_random.Next(-2, 4)}},"id":"{{Guid.NewGuid()}}","f":{"name":"Fuzz Oy","country":"{{Pick(["FI", "XX", "", "fi"])}}","industry":"C","employees":{{_random.Next(-5, 100)}}},"s":"{{Guid.NewGuid()}}","a":[{{Answer()}}],"g":{},"i":"dcvn"}""";

    private string WrongVariables() =>
        "{" + string.Join(",", new[] { "k", "v", "id", "f", "s", "a", "g", "i", "o", "x" }
        .Where(_ => _random.Next(2) == 0).Select(n =>
            $"\"{n}\":{Pick(Junk.Concat(WrongShapes))}")) + "}";

    private string Answer() => _random.Next(4) switch
    {
        0 => $$"""{"itemId":"{{Pick(itemIds)}}","value":{{_random.Next(-3, 9)}}}""",
        1 => $$"""{"itemId":"{{Word()}}","value":3}""",
        2 => $$"""{"itemId":{{Pick(Junk)}},"value":{{Pick(Junk)}},"dontKnow":{{Pick(Junk)}}}""",
        _ => Pick(["null", "1", "\"x\"", "[]", $$"""{"itemId":"{{Pick(itemIds)}}","dontKnow":true}"""]),
    };

    private string Value() => _random.Next(8) switch
    {
        0 => new string('9', _random.Next(10, 100_000)),
        1 => "\0",
        2 => Word(),
        3 => "dk",
        4 => "-1",
        _ => _random.Next(1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private string Mangle(string text)
    {
        var chars = text.ToCharArray().ToList();
        for (var i = _random.Next(1, 6); i > 0 && chars.Count > 0; i--)
        {
            var at = _random.Next(chars.Count);
            switch (_random.Next(3))
            {
                case 0: chars.RemoveAt(at); break;
                case 1: chars.Insert(at, "{}()[]:$!\"\\,@#\0é"[_random.Next(16)]); break;
                default: chars[at] = (char)_random.Next(32, 127); break;
            }
        }
        return new string([.. chars]);
    }

    private string Deep()
    {
        var depth = _random.Next(16, 3000);
        if (_random.Next(3) == 0) return FragmentBomb(_random.Next(2, 30));
        return _random.Next(2) == 0
            ? "{ " + string.Concat(Enumerable.Repeat("__schema { types { fields { type { ", depth / 4)) + "name" +
                new string('}', depth / 4 * 4 + 1)
            : "query($x: [[[[[[Int]]]]]]) { " + new string('[', depth) + " }";
    }

    /// <summary>Each fragment spreads the one before it twice: 2^levels fields from a few hundred bytes.</summary>
    public static string FragmentBomb(int levels) =>
        "{ ...F" + levels + " } fragment F0 on Query { serviceVersion } " +
        string.Concat(Enumerable.Range(1, levels).Select(i =>
            $"fragment F{i} on Query {{ ...F{i - 1} a{i}: serviceVersion ...F{i - 1} }} "));

    private byte[] Cut(string text)
    {
        var bytes = Encode(text);
        return bytes[.._random.Next(bytes.Length)];
    }

    private byte[] InvalidUtf8(string text)
    {
        var bytes = Encode(text).ToList();
        bytes.Insert(_random.Next(bytes.Count), Pick<byte>([0xC3, 0xFF, 0xED, 0xF8, 0x80]));
        return [.. bytes];
    }

    private byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    private string Word() => Convert.ToBase64String(Bytes(_random.Next(1, 24))).Replace('/', '_').Replace('+', '-');

    private T Pick<T>(IEnumerable<T> options)
    {
        var list = options as IReadOnlyList<T> ?? options.ToList();
        return list[_random.Next(list.Count)];
    }

    private static string Json(string text) => JsonSerializer.Serialize(text);

    private static byte[] Encode(string text) => Encoding.UTF8.GetBytes(text);

    public static HttpRequestMessage ToHttp(Malformed m)
    {
        var request = new HttpRequestMessage(m.Method, m.Url);
        if (m.Body is not null)
        {
            request.Content = new ByteArrayContent(m.Body);
            if (!string.IsNullOrEmpty(m.ContentType))
                request.Content.Headers.TryAddWithoutValidation("Content-Type", m.ContentType);
        }
        if (m.Bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", m.Bearer);
        return request;
    }
}
