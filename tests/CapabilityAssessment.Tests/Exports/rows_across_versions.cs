using CapabilityAssessment.Exports.Bundle;
using CapabilityAssessment.Instruments;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Exports;

[Collection("app")]
public sealed class rows_across_versions(AppFixture app)
{
    private InstrumentDefinition Dcvn => app.Host.Services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 1)!;

    [Fact]
    public void a_row_of_a_version_without_a_construct_has_its_columns_not_asked_or_empty_and_the_rest_in_place()
    {
        var dropped = Dcvn.Constructs[0];
        var v2 = Dcvn with
        {
            Version = 2, Constructs = [.. Dcvn.Constructs.Skip(1)],
            Modules = [.. Dcvn.Modules.Select(
                m => m with { Constructs = [.. m.Constructs.Where(key => key != dropped.Key)] })],
        };
        var row = GeneratedAssessments.Rows(v2, GeneratedAssessments.Make(v2, 1, seed: 9)
            .Select(a => a with { Instrument = a.Instrument with { Version = 2 } }))[0];
        var both = new ReleaseLayout([Dcvn, v2]);
        var own = new ReleaseLayout([v2]);
        string[] generalised = ["FI", "C", "small", "10-19", "2m_10m", "managing_director", "en", "1"];

        var firm = Named(both.Firms, new ReleaseCells(both, [5, 10, 20]).Firm(row, 0, "p1", "f1", generalised));
        var firmOwn = Named(own.Firms, new ReleaseCells(own, [5, 10, 20]).Firm(row, 0, "p1", "f1", generalised));
        var response = Named(both.Responses, new ReleaseCells(both, [5, 10, 20])
            .Responses(row, "p1", generalised).First());
        var responseOwn = Named(own.Responses, new ReleaseCells(own, [5, 10, 20])
            .Responses(row, "p1", generalised).First());

        Assert.All(dropped.Items, i => Assert.Equal(MissingCodes.NotAsked, response[VariableNames.Safe("q_", i.Id)]));
        Assert.Null(response[VariableNames.Safe("rs_", dropped.Key)]);
        Assert.Null(firm[VariableNames.Safe("fs_", dropped.Key)]);
        Assert.All(responseOwn, c => Assert.Equal(c.Value, response[c.Key]));
        Assert.All(firmOwn, c => Assert.Equal(c.Value, firm[c.Key]));
        Assert.Contains(responseOwn.Values, v => v is int answer && answer > 0);
        Assert.Contains(firmOwn.Values, v => v is double);
    }

    private static Dictionary<string, object?> Named(IReadOnlyList<ExportVariable> variables, TableRow cells) =>
        variables.Select((v, i) => (v.Name, cells[i])).ToDictionary(x => x.Name, x => x.Item2);
}
