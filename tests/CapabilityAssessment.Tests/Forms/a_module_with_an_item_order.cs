using System.Net;
using System.Text.RegularExpressions;
using CapabilityAssessment.Instruments;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Forms;

/// <summary>dcvn v2 interleaves each module's constructs (itemOrder), so the page shows no construct names.</summary>
[Collection("app")]
public sealed partial class a_module_with_an_item_order(AppFixture app)
{
    [Fact]
    public async Task shows_the_items_in_the_declared_order_without_construct_headings()
    {
        var dcvn = app.Host.Services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 2)!;
        var module = dcvn.Modules.Single(m => m.Key == "about_you");
        var browser = await FormBrowser.StartAsync(app.Host, version: 2);

        var response = await browser.GetAsync($"/a/{browser.Token}/m/about_you");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = ItemId().Matches(browser.LastHtml).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(module.ItemOrder, shown);
        Assert.Equal(["ca1", "gm1", "eopro1"], shown.Take(3));
        foreach (var construct in module.Constructs.Select(dcvn.FindConstruct))
            Assert.DoesNotContain(WebUtility.HtmlEncode(construct!.Title.Get("en")), browser.LastHtml);
        Assert.DoesNotContain("<h2>", browser.LastHtml);
    }

    [GeneratedRegex("<fieldset class=\"item[^\"]*\" id=\"q-([a-z0-9]+)\"")]
    private static partial Regex ItemId();
}
