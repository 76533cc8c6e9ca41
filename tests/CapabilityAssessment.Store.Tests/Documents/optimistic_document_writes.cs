namespace CapabilityAssessment.Store.Tests.Documents;

public sealed class optimistic_document_writes(StoreFixture fixture) : StoreContext(fixture)
{
    protected override void Configure(StoreOptions options) => options.Document<User>();

    [Fact]
    public async Task store_with_the_current_version_succeeds_and_bumps_it()
    {
        var id = Guid.NewGuid();
        await using var session = theStore.LightweightSession();
        session.Insert(new User(id, "A", "dev"));
        await session.SaveChangesAsync();
        session.Store(new User(id, "B", "dev"), expectedVersion: 1);
        await session.SaveChangesAsync();
        Assert.Equal(2, (await session.LoadVersionedAsync<User>(id))!.Version);
    }

    [Fact]
    public async Task store_with_a_stale_version_conflicts_and_names_both_versions()
    {
        var id = Guid.NewGuid();
        await using var session = theStore.LightweightSession();
        session.Store(new User(id, "A", "dev"));
        await session.SaveChangesAsync();
        session.Store(new User(id, "B", "dev"));
        await session.SaveChangesAsync();

        session.Store(new User(id, "C", "dev"), expectedVersion: 1);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.SaveChangesAsync());

        Assert.Equal(id.ToString(), conflict.DocumentId);
        Assert.Equal(1, conflict.ExpectedVersion);
        Assert.Equal(2, conflict.ActualVersion);
        Assert.Contains(id.ToString(), conflict.Message);
        Assert.Equal("B", (await session.LoadAsync<User>(id))!.Name);
    }

    [Fact]
    public async Task store_with_an_expected_version_of_a_missing_document_conflicts()
    {
        var id = Guid.NewGuid();
        await using var session = theStore.LightweightSession();
        session.Store(new User(id, "A", "dev"), expectedVersion: 3);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.SaveChangesAsync());
        Assert.Equal(0, conflict.ActualVersion);
        Assert.Null(await session.LoadAsync<User>(id));
    }

    [Fact]
    public async Task insert_of_an_existing_document_conflicts()
    {
        var user = new User(Guid.NewGuid(), "A", "dev");
        await using var session = theStore.LightweightSession();
        session.Insert(user);
        await session.SaveChangesAsync();
        session.Insert(user with { Name = "B" });
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.SaveChangesAsync());
        Assert.Equal(user.Id.ToString(), conflict.DocumentId);
        Assert.Equal("A", (await session.LoadAsync<User>(user.Id))!.Name);
    }

    [Fact]
    public async Task a_failed_unit_of_work_is_cleared_so_the_session_can_be_reused()
    {
        var user = new User(Guid.NewGuid(), "A", "dev");
        await using var session = theStore.LightweightSession();
        session.Store(user, expectedVersion: 5);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.SaveChangesAsync());
        Assert.Equal(0, session.PendingChanges);
        session.Store(user);
        await session.SaveChangesAsync();
        Assert.NotNull(await session.LoadAsync<User>(user.Id));
    }
}
