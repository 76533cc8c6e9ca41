using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CapabilityAssessment.Tests.Browser;

/// <summary>
/// The firm's report in Debian's chromium: renders without script or CSP violations, fits 360 px, prints to PDF.
/// </summary>
public sealed class the_report_in_chromium(Chromium chromium, AssessmentsLive live) : IClassFixture<Chromium>,
    IClassFixture<AssessmentsLive>
{
    private static string Artifact(string name) => System.IO.Path.Combine(Chromium.ScreenshotFolder, name);

    [Fact]
    public async Task the_report_renders_with_its_radar_and_table_and_without_csp_violations()
    {
        var token = await ClosedAssessmentAsync();
        await using var context = await chromium.NewContextAsync(
            new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type is "error" or "warning") problems.Add(m.Text); };
        page.PageError += (_, e) => problems.Add(e);

        var response = await page.GotoAsync(live.Url($"/r/{token}"));
        Assert.Equal(200, response!.Status);
        await Expect(page.Locator("h1")).ToContainTextAsync("Acme Oy");
        var radar = page.GetByRole(AriaRole.Img, new() { Name = "Capability profile" });
        await Expect(radar).ToBeVisibleAsync();
        Assert.True((await radar.BoundingBoxAsync())!.Width > 400);
        Assert.True(await page.Locator("table.scores tbody tr").CountAsync() >= 10);
        await Expect(page.Locator("#modes-title")).ToBeVisibleAsync();
        // The stylesheet applied (not blocked): the radar's area polygon is filled, the bar has its colour.
        Assert.Equal("rgb(29, 79, 145)",
            await page.Locator("svg.bar .bar-fill").First.EvaluateAsync<string>("e => getComputedStyle(e).fill"));
        await page.ScreenshotAsync(new() { Path = Artifact("report.png"), FullPage = true });
        await page.Locator("figure.radar").ScreenshotAsync(new() { Path = Artifact("report-radar.png") });

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal("none", await page.Locator("header.bar")
            .EvaluateAsync<string>("e => getComputedStyle(e).display"));
        await page.ScreenshotAsync(new() { Path = Artifact("report-print.png"), FullPage = true });
        Assert.Empty(problems);
    }

    [Fact]
    public async Task at_360_px_the_report_has_no_horizontal_scroll()
    {
        var token = await ClosedAssessmentAsync();
        await using var context = await chromium.NewContextAsync(
            new() { ViewportSize = new() { Width = 360, Height = 780 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(live.Url($"/r/{token}?lang=fi"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fi");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Kyvykkyysprofiili" })).ToBeVisibleAsync();
        var overflowing = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
              .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 5)
            """);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= " +
            "document.documentElement.clientWidth"),
            "the page scrolls horizontally at 360 px: " + string.Join(", ", overflowing));
        var broken = await page.EvaluateAsync<string[]>("""
            (() => {
              const found = [], walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
              for (let node; (node = walker.nextNode()); ) {
                if (node.parentElement.closest('svg')) continue;
                for (const m of node.textContent.matchAll(/[^\s\u2010-\u2013-]+/g)) { // a break at a hyphen is fine
                  const range = document.createRange();
                  range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
                  const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                  if (lines.size > 1) found.push(m[0]);
                }
              }
              return found.slice(0, 10);
            })()
            """);
        Assert.True(broken.Length == 0, "words broken inside at 360 px: " + string.Join(", ", broken));
        var smallest = await page.EvaluateAsync<double>("""
            (() => {
              const svg = document.querySelector('figure.radar svg'), scale = svg.getBoundingClientRect().width / 720;
              return Math.min(...[...svg.querySelectorAll('text')].filter(t => getComputedStyle(t).display !== 'none')
                .map(t => parseFloat(getComputedStyle(t).fontSize) * scale));
            })()
            """);
        Assert.True(smallest >= 12, $"radar text renders at {smallest:0.0} px at 360 px");
        await page.ScreenshotAsync(new() { Path = Artifact("report-360.png"), FullPage = true });
        await page.ScreenshotAsync(new() { Path = Artifact("report-360-top.png") });
        await page.Locator("table.scores").ScreenshotAsync(new() { Path = Artifact("report-360-table.png") });
        await page.Locator("figure.radar").ScreenshotAsync(new() { Path = Artifact("report-360-radar.png") });
    }

    [Fact]
    public async Task the_pdf_download_is_a_pdf_printed_by_chromium()
    {
        var token = await ClosedAssessmentAsync();
        using var http = new HttpClient { BaseAddress = live.Address, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.GetAsync($"/r/{token}/report.pdf");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches("^capability-report-acme-oy-\\d{4}-\\d{2}-\\d{2}\\.pdf$",
            response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.True(pdf.Length > 1024, $"only {pdf.Length} bytes");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var folder = Directory.CreateDirectory(System.IO.Path.Combine(RepositoryRoot.Path, "artifacts")).FullName;
        await File.WriteAllBytesAsync(System.IO.Path.Combine(folder, "report.pdf"), pdf);
    }

    /// <summary>
    /// A self-service dcvn assessment answered through GraphQL with a varied pattern, submitted (so closed).
    /// </summary>
    private async Task<string> ClosedAssessmentAsync()
    {
        var consultant = await live.ConsultantKeyAsync("acme");
        var start = (await live.DataAsync("""
            mutation { startAssessment(instrumentVersion: 1, instrumentKey: "dcvn", firm: { name: "Acme Oy", country: "FI", industry: "C", employees: 40 }, respondentRole: "managing_director") { token } }
            """, null, consultant)).GetProperty("startAssessment");
        var token = start.GetProperty("token").GetString()!;
        var constructs =
            (await live.DataAsync("{ instrument(key: \"dcvn\", version: 1) { constructs { items { id } } } }", null,
            consultant))
            .GetProperty("instrument").GetProperty("constructs").EnumerateArray().ToList();
        // Each construct gets its own level (1-5) so the radar has a shape; a few items vary around it.
        var answers = constructs.SelectMany((c, ci) => c.GetProperty("items").EnumerateArray().Select((item, ii) => new
        {
            itemId = item.GetProperty("id").GetString(),
            value = (int?)Math.Clamp(1 + ci * 7 % 5 + (ii % 3 == 0 ? 1 : 0), 1, 5),
        })).ToArray();
        await live.DataAsync("mutation($s: ID!, $a: [AnswerInput!]!) { saveAnswers(saveId: $s, expectedVersion: 2, " +
            "answers: $a) { version } }",
            new { s = Guid.NewGuid(), a = answers }, token);
        await live.DataAsync("mutation { submitResponse { version } }", null, token);
        return token;
    }
}
