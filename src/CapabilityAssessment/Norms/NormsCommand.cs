using CapabilityAssessment.Instruments;
using CapabilityAssessment.Storage;

namespace CapabilityAssessment.Norms;

/// <summary>`norms publish [instrumentKey]` cuts a release now (every published instrument by default);
/// `norms list instrumentKey` lists the releases.</summary>
internal static class NormsCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var catalog = services.GetRequiredService<InstrumentCatalog>();
        await services.ApplySchemaAsync();
        switch (args)
        {
            case ["publish", .. var keys]:
                foreach (var key in keys.Length > 0 ? keys : catalog.Published()
                    .Select(d => d.Key)
                    .Distinct()
                    .ToArray())
                {
                    if (catalog.Latest(key) is null)
                    {
                        await output.WriteLineAsync($"instrumentKey: no published instrument '{key}'.");
                        return 2;
                    }
                    var result = await services.GetRequiredService<NormPublisher>()
                        .PublishAsync(key, CancellationToken.None);
                    await output.WriteLineAsync(result switch
                    {
                        null => $"{key}: no closed assessments yet; nothing published.",
                        ({ } r, false) => $"{key}: nothing changed since norms {r.Label}; nothing published.",
                        ({ } r, true) => $"{key}: published norms {r.Label} ({r.Firms} firms, id {r.Id}).",
                    });
                }
                return 0;
            case ["list", var instrument]:
                foreach (var r in await services.GetRequiredService<NormReads>()
                    .ListAsync(instrument, CancellationToken.None))
                        await output.WriteLineAsync($"{r.Label}\t{r.PublishedAt:u}\t{r.Firms} firms\tscoring " +
                            $"{r.ScoringVersion}\t{r.Id}");
                return 0;
            default:
                await output.WriteLineAsync("usage: norms publish [instrumentKey ...] | norms list instrumentKey");
                return 2;
        }
    }
}
