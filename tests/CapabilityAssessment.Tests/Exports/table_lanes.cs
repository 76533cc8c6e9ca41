using CapabilityAssessment.Exports.Bundle;

namespace CapabilityAssessment.Tests.Exports;

public sealed class table_lanes
{
    private static readonly TableShape Shape = new([new ExportVariable("n", "Row number", VariableType.Integer)]);

    private sealed class Collected(int failAfter = int.MaxValue) : ITableWriter
    {
        public List<int> Rows { get; } = [];
        public bool Disposed { get; private set; }

        public ValueTask WriteAsync(TableRow row, CancellationToken ct) =>
            Rows.Count == failAfter ? throw new IOException("No space left on device") : Add(row.Integers[0]);

        private ValueTask Add(int n) { Rows.Add(n); return ValueTask.CompletedTask; }

        public ValueTask DisposeAsync() { Disposed = true; return ValueTask.CompletedTask; }
    }

    private static TableRow Row(int n)
    {
        var row = new TableRow(Shape);
        row.Integers[0] = n;
        return row;
    }

    [Fact]
    public async Task every_lane_writes_every_row_in_order_and_closes_its_files()
    {
        var (firmsA, responsesA, firmsB, responsesB) = (new Collected(), new Collected(), new Collected(),
            new Collected());
        await using (var lanes = new TableLanes(
            [(firmsA, true), (responsesA, false), (firmsB, true), (responsesB, false)], default))
        {
            for (var i = 0; i < 1000; i++) await lanes.AddAsync(Row(i), [Row(2 * i), Row(2 * i + 1)]);
            await lanes.CompleteAsync();
        }

        Assert.Equal(Enumerable.Range(0, 1000), firmsA.Rows);
        Assert.Equal(Enumerable.Range(0, 2000), responsesB.Rows);
        Assert.Equal(firmsA.Rows, firmsB.Rows);
        Assert.Equal(responsesA.Rows, responsesB.Rows);
        Assert.All(new[] { firmsA, responsesA, firmsB, responsesB }, w => Assert.True(w.Disposed));
    }

    [Fact]
    public async Task a_failing_lane_stops_the_others_and_its_own_error_is_thrown()
    {
        var (healthy, failing) = (new Collected(), new Collected(failAfter: 300));
        var lanes = new TableLanes([(healthy, true), (failing, false)], default);

        var error = await Assert.ThrowsAsync<IOException>(async () =>
        {
            for (var i = 0; i < 100_000; i++) await lanes.AddAsync(Row(i), [Row(i)]);
            await lanes.CompleteAsync();
        });
        await lanes.DisposeAsync();

        Assert.Equal("No space left on device", error.Message);
        Assert.True(healthy.Rows.Count < 100_000);
        Assert.True(failing.Disposed);
    }
}
