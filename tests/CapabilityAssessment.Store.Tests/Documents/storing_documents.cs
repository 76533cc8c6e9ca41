namespace CapabilityAssessment.Store.Tests.Documents;

public sealed record User(Guid Id, string Name, string Role, int Age = 0);

public sealed record Tag(string Id, string Label);

public sealed record Setting(string Key, string Value);

public sealed class storing_documents(StoreFixture fixture) : StoreContext(fixture)
{
    protected override void Configure(StoreOptions options)
    {
        options.Document<User>().Index("role");
        options.Document<Tag>();
        options.Document<Setting>("app_setting").Identity(s => s.Key);
    }

    [Fact]
    public async Task documents_round_trip_by_guid_and_string_id()
    {
        var user = new User(Guid.NewGuid(), "Ada", "admin", 36);
        var tag = new Tag("tag-" + Guid.NewGuid(), "Important");
        await using (var session = theStore.LightweightSession())
        {
            session.Store(user);
            session.Store(tag);
            await session.SaveChangesAsync();
        }
        await using var query = theStore.QuerySession();
        Assert.Equal(user, await query.LoadAsync<User>(user.Id));
        Assert.Equal(tag, await query.LoadAsync<Tag>(tag.Id));
        Assert.Null(await query.LoadAsync<User>(Guid.NewGuid()));
    }

    [Fact]
    public async Task documents_are_stored_as_camel_case_jsonb_with_their_dotnet_type()
    {
        var user = new User(Guid.NewGuid(), "Grace", "dev");
        await using var session = theStore.LightweightSession();
        session.Store(user);
        await session.SaveChangesAsync();
        Assert.Equal("Grace", await ScalarAsync<string>($"SELECT data->>'name' FROM {SchemaName}.doc_user WHERE id = $1", user.Id));
        Assert.StartsWith(typeof(User).FullName!, await ScalarAsync<string>($"SELECT dotnet_type FROM {SchemaName}.doc_user WHERE id = $1", user.Id));
    }

    [Fact]
    public async Task a_custom_identity_and_alias_pick_the_id_and_table()
    {
        var setting = new Setting("theme-" + Guid.NewGuid(), "dark");
        await using var session = theStore.LightweightSession();
        session.Store(setting);
        await session.SaveChangesAsync();
        Assert.Equal(setting, await session.LoadAsync<Setting>(setting.Key));
        Assert.Equal(1L, await ScalarAsync<long>($"SELECT count(*) FROM {SchemaName}.doc_app_setting WHERE id = $1", setting.Key));
    }

    [Fact]
    public async Task store_upserts_and_bumps_the_version()
    {
        var id = Guid.NewGuid();
        await using var session = theStore.LightweightSession();
        session.Store(new User(id, "Linus", "dev"));
        await session.SaveChangesAsync();
        session.Store(new User(id, "Linus", "lead"));
        await session.SaveChangesAsync();
        var stored = await session.LoadVersionedAsync<User>(id);
        Assert.NotNull(stored);
        Assert.Equal("lead", stored.Document.Role);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task delete_removes_the_document()
    {
        var user = new User(Guid.NewGuid(), "Temp", "guest");
        await using var session = theStore.LightweightSession();
        session.Store(user);
        await session.SaveChangesAsync();
        session.Delete<User>(user.Id);
        await session.SaveChangesAsync();
        Assert.Null(await session.LoadAsync<User>(user.Id));
    }

    [Fact]
    public async Task load_many_returns_only_the_documents_that_exist()
    {
        var users = Enumerable.Range(0, 3).Select(i => new User(Guid.NewGuid(), $"U{i}", "x")).ToList();
        await using var session = theStore.LightweightSession();
        foreach (var user in users) session.Store(user);
        await session.SaveChangesAsync();
        var loaded = await session.LoadManyAsync<User>([users[0].Id, users[2].Id, Guid.NewGuid()]);
        Assert.Equal(new[] { users[0], users[2] }.OrderBy(u => u.Id), loaded.OrderBy(u => u.Id));
    }

    [Fact]
    public async Task an_unregistered_document_type_is_rejected_with_its_name()
    {
        await using var session = theStore.LightweightSession();
        var error = Assert.Throws<InvalidOperationException>(() => session.Store(new Unregistered(Guid.NewGuid())));
        Assert.Contains(nameof(Unregistered), error.Message);
    }

    [Fact]
    public async Task a_wrong_id_type_is_rejected()
    {
        await using var query = theStore.QuerySession();
        await Assert.ThrowsAsync<ArgumentException>(() => query.LoadAsync<User>("not-a-guid"));
    }

    private sealed record Unregistered(Guid Id);
}
