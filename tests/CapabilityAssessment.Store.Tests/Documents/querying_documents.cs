namespace CapabilityAssessment.Store.Tests.Documents;

public sealed class querying_documents(StoreFixture fixture) : StoreContext(fixture)
{
    protected override void Configure(StoreOptions options) => options.Document<User>().Index("role").Index("name");

    // Each test writes users with its own role value, so it only ever sees its own rows.
    private async Task<(string Role, List<User> Users)> SeedAsync(int count)
    {
        var role = "r" + Guid.NewGuid().ToString("N");
        var users = Enumerable.Range(0, count).Select(i => new User(Guid.NewGuid(), $"name{i:D2}", role, 20 + i)).ToList();
        await using var session = theStore.LightweightSession();
        foreach (var user in users) session.Store(user);
        await session.SaveChangesAsync();
        return (role, users);
    }

    [Fact]
    public async Task where_on_a_json_field_returns_only_the_matching_rows()
    {
        var (role, users) = await SeedAsync(3);
        await SeedAsync(2);
        await using var query = theStore.QuerySession();
        var found = await query.Query<User>().Where("role", role).ToListAsync();
        Assert.Equal(users.OrderBy(u => u.Name), found.OrderBy(u => u.Name));
        Assert.Equal(3, await query.Query<User>().Where("role", role).CountAsync());
    }

    [Fact]
    public async Task values_travel_as_parameters_so_sql_in_a_value_is_just_data()
    {
        var (role, _) = await SeedAsync(1);
        await using var query = theStore.QuerySession();
        Assert.Empty(await query.Query<User>().Where("role", $"{role}' OR '1'='1").ToListAsync());
        Assert.Single(await query.Query<User>().Where("role", role).ToListAsync());
    }

    [Theory]
    [InlineData("role' OR 1=1 --")]
    [InlineData("a.b")]
    [InlineData("")]
    public async Task unsafe_field_names_are_rejected(string field)
    {
        await using var query = theStore.QuerySession();
        Assert.Throws<ArgumentException>(() => query.Query<User>().Where(field, "x"));
        Assert.Throws<ArgumentException>(() => query.Query<User>().OrderBy(field));
    }

    [Fact]
    public async Task contains_matches_a_partial_document()
    {
        var (role, users) = await SeedAsync(3);
        await using var query = theStore.QuerySession();
        var found = await query.Query<User>().Contains(new { Role = role, Age = 21 }).ToListAsync();
        Assert.Equal(users[1], Assert.Single(found));
    }

    [Fact]
    public async Task order_skip_and_take_page_through_the_matches()
    {
        var (role, users) = await SeedAsync(7);
        await using var query = theStore.QuerySession();
        var page = await query.Query<User>().Where("role", role).OrderBy("name", descending: true).Skip(2).Take(3).ToListAsync();
        Assert.Equal(users.OrderByDescending(u => u.Name).Skip(2).Take(3), page);
        var last = await query.Query<User>().Where("role", role).OrderBy("name").Skip(6).Take(3).ToListAsync();
        Assert.Equal(users[6], Assert.Single(last));
    }

    [Fact]
    public async Task declared_indexes_are_expression_indexes_on_the_field()
    {
        var definition = await ScalarAsync<string>(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname = 'doc_user_role_idx'", SchemaName);
        Assert.Contains("(data ->> 'role'::text)", definition);
    }
}
