using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Tests.Fieldwork;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Storage;

/// <summary>
/// The defect the move to Marten retired (issue #13): the earlier store merged concurrent units of work into one
/// transaction, so one bad unit (a firm name with a NUL byte, which jsonb rejects) failed other users' valid saves with
/// INTERNAL_ERROR. Answer saves are grouped again (SaveBatches), but a failed group re-runs each save alone in a fresh
/// session, and the bad input is refused before anything is written.
/// </summary>
[Collection("app")]
public sealed class saving_under_concurrency(AppFixture app)
{
    private const int Respondents = 16;
    private const int SavesEach = 8;
    private const int NulClients = 3;

    [Fact]
    public async Task valid_autosaves_never_fail_while_other_clients_send_firm_names_with_nul_bytes()
    {
        var items = app.Host.Services.GetRequiredService<InstrumentCatalog>().Latest("dcvn")!
            .Constructs.SelectMany(c => c.Items).Take(SavesEach).Select(i => i.Id).ToArray();
        var consultant = await AssessmentClient.Consultant(app.Host, "concurrency");
        var respondents = await Task.WhenAll(Enumerable.Range(0, Respondents).Select(async _ =>
            consultant.As((await consultant.Start()).Token)));

        var saving = respondents.Select(async respondent =>
        {
            var codes = new List<string>();
            for (var i = 0; i < SavesEach; i++)
                codes.AddRange(AssessmentClient.Codes(
                    await respondent.Save(2 + i, [new { itemId = items[i], value = 1 + i % 5 }])));
            return codes;
        });
        var anonymous = consultant.As(null);
        var poisoning = Enumerable.Range(0, NulClients).Select(async _ =>
        {
            var codes = new List<string>();
            for (var i = 0; i < SavesEach; i++)
                codes.AddRange(AssessmentClient.Codes(await anonymous.Send("""
                    mutation { startAssessment(instrumentKey: "dcvn", firm: { name: "Bad\u0000Oy", country: "FI", industry: "C" }) { token } }
                    """)));
            return codes;
        });

        var saved = await Task.WhenAll(saving);
        var poisoned = await Task.WhenAll(poisoning);

        Assert.All(saved, codes => Assert.Empty(codes));
        Assert.Equal(Enumerable.Repeat("INVALID_FIRM_NAME", NulClients * SavesEach), poisoned.SelectMany(c => c));
    }
}
