using CapabilityAssessment.Tests.Forms;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CapabilityAssessment.Tests.Access;

/// <summary>
/// Instances on one database share the Data Protection keys, so a form served by one can be posted to another.
/// </summary>
[Collection("app")]
public sealed class sharing_the_key_ring(AppFixture app)
{
    [Fact]
    public async Task what_one_instance_protects_another_instance_on_the_same_database_can_read()
    {
        await using var other = await AppFixture.StartAsync(app.Database.ConnectionString);
        var protectedByFirst = app.Host.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("test")
            .Protect("antiforgery");
        Assert.Equal("antiforgery", other.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test")
            .Unprotect(protectedByFirst));

        // The keys come from the database, not from a folder the two in-memory hosts happen to share on this machine.
        var inUse = app.Host.Services.GetRequiredService<IKeyManager>()
            .GetAllKeys()
            .Select(k => $"key-{k.KeyId}")
            .ToList();
        await using var command = app.Host.Services.GetRequiredService<NpgsqlDataSource>()
            .CreateCommand("SELECT id FROM mt_doc_data_protection_key");
        var stored = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) stored.Add(reader.GetString(0));
        Assert.NotEmpty(inUse);
        Assert.Equal(inUse.Order(), stored.Order());
    }

    [Fact]
    public async Task a_form_page_from_one_instance_can_be_saved_through_another()
    {
        var browser = await FormBrowser.StartAsync(app.Host);
        await browser.GetAsync($"/a/{browser.Token}/firm");
        await using var other = await AppFixture.StartAsync(app.Database.ConnectionString);
        var moved = browser.MovedTo(other);
        var response = await moved.PostAsync($"/a/{browser.Token}/firm",
            [KeyValuePair.Create("name", "Moved Oy"), KeyValuePair.Create("country", "FI"),
                KeyValuePair.Create("industry", "C")]);
        Assert.DoesNotContain("ANTIFORGERY_FAILED", moved.LastHtml);
        Assert.Equal(System.Net.HttpStatusCode.SeeOther, response.StatusCode);
        await moved.GetAsync($"/a/{browser.Token}/firm");
        Assert.Contains("Moved Oy", moved.LastHtml);
    }
}
