using System.Text.Json;
using CapabilityAssessment.Access;
using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Tests.Fieldwork;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Benchmarks;

/// <summary>
/// Plays the attacker: queries every group and declared combination through the API, then differences released groups
/// (parent minus child, parent minus all released children of a dimension, any nested pair across dimensions) and tries
/// to recover a single firm's score. The ground truth (who is in which group) comes from the
/// database, as an insider would know it.
/// </summary>
[Collection("peers")]
public sealed class the_differencing_attacker(PeersFixture peers)
{
    private sealed record Released(PeerGroup Group, int N, double Mean);

    [Fact]
    public async Task cannot_recover_any_single_firms_score_from_released_groups()
    {
        await peers.PublishAsync();
        var truth = new List<PeerContribution>();
        await using (var session = peers.Host.Services.GetRequiredService<Marten.IDocumentStore>().QuerySession())
            truth.AddRange(await Marten.QueryableExtensions.ToListAsync(session.Query<PeerContribution>()));
        var groups = truth.SelectMany(c => c.Groups)
            .Distinct()
            .Select(PeerGroup.Parse)
            .Append(new PeerGroup("country", "DE"))
            .ToList();
        var attacker = new AssessmentClient(
            peers.Host, await AssessmentClient.IssueKey(peers.Host, PrincipalRole.Consultant, "attackers"));
        var released = new Dictionary<string, List<Released>>();
        foreach (var group in groups)
        {
            var body = (await attacker.Data(benchmarks_through_graphql.Query.Replace("constructs { key",
                "constructs { key").Replace("layers { key", "layers { key metric")
                .Replace("overall {", "overall { metric"), new { g = Input(group) })).GetProperty("benchmark");
            foreach (var m in body.GetProperty("constructs")
                .EnumerateArray()
                .Concat(body.GetProperty("layers").EnumerateArray())
                .Append(body.GetProperty("overall")))
                if (!m.GetProperty("suppressed").GetBoolean())
                {
                    Assert.True(m.GetProperty("n").GetInt32() >= 5,
                        $"{group.Key} released a statistic of fewer than k firms");
                    var list = released.TryGetValue(m.GetProperty("metric").GetString()!, out var l) ? l
                        : released[m.GetProperty("metric").GetString()!] = [];
                    list.Add(new Released(group, m.GetProperty("n").GetInt32(), m.GetProperty("mean").GetDouble()));
                }
        }
        Assert.NotEmpty(released);
        var (attempts, singles) = (0, 0);
        foreach (var (metric, all) in released)
        {
            var scores = truth.Where(c => c.Scores.Any(s => s.Metric == metric))
                .ToDictionary(c => c.Id, c => c.Scores.First(s => s.Metric == metric).Score);
            HashSet<string> Members(PeerGroup g) =>
                [.. truth.Where(c => c.Groups.Contains(g.Key) && scores.ContainsKey(c.Id)).Select(c => c.Id)];
            // A carried cell shows an earlier membership; the insider's truth is today's,
            // so only cells that match it count.
            var cells = all.Where(c => Members(c.Group).Count == c.N).ToList();
            var members = cells.ToDictionary(c => c.Group, c => Members(c.Group));
            foreach (var parent in cells)
                foreach (var family in cells.Where(c => c != parent
                    && members[c.Group].IsSubsetOf(members[parent.Group])).GroupBy(c => c.Group.Dimension))
                {
                    // Parent minus one released child, and parent minus all its released children of one dimension.
                    foreach (var subtracted in family.Select(c => new[] { c }).Append(family.ToArray()))
                    {
                        attempts++;
                        var rest = new HashSet<string>(members[parent.Group]);
                        foreach (var c in subtracted) rest.ExceptWith(members[c.Group]);
                        Assert.False(rest.Count is > 0 and < 5,
                            $"{metric}: {parent.Group.Key} minus " +
                            $"{string.Join(", ", subtracted.Select(c => c.Group.Key))} leaves {rest.Count} firms");
                        if (rest.Count != 1) continue;
                        singles++;
                        var derived = parent.N * parent.Mean - subtracted.Sum(c => c.N * c.Mean);
                        // means are released in whole points
                        var tolerance = 0.5 * (parent.N + subtracted.Sum(c => c.N)) + 1e-6;
                        Assert.False(Math.Abs(derived - scores[rest.Single()]) <= tolerance,
                            $"recovered {rest.Single()}'s {metric}");
                    }
                }
        }
        Assert.True(attempts > 100, $"only {attempts} differencing attempts");
        Assert.Equal(0, singles);
    }

    private static Dictionary<string, string> Input(PeerGroup group) => group.Dimension == "everyone"
        ? []
        : group.Parts().ToDictionary(p => p.Dimension, p =>
            p.Dimension == "size" ? p.Value.ToUpperInvariant() : p.Value);
}
