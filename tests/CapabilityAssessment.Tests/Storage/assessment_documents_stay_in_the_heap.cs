using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CapabilityAssessment.Tests.Storage;

/// <summary>Every answer save rewrites the assessment document; Assessments/Sql/0001 keeps rows up to 8160 bytes in
/// line, uncompressed, instead of out of line in the TOAST table, which measured 19-26% more saves per second (issue
/// #13); a larger document is compressed with lz4 before it would go out of line.</summary>
[Collection("app")]
public sealed class assessment_documents_stay_in_the_heap(AppFixture app)
{
    [Fact]
    public async Task the_assessment_table_keeps_documents_up_to_a_page_in_line_and_compresses_larger_ones_with_lz4()
    {
        await using var command = app.Host.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand("""
            SELECT c.reloptions::text, a.attcompression::text
            FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'data'
            WHERE c.oid = 'mt_doc_assessment'::regclass
            """);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("{toast_tuple_target=8160}", reader.GetString(0));
        Assert.Equal("l", reader.GetString(1));
    }
}
