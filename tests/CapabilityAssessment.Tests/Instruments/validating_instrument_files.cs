using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Tests.Instruments;

public sealed class validating_instrument_files
{
    [Theory]
    [InlineData("yaml_syntax", 1, "YAML_SYNTAX", 6, "")]
    [InlineData("unknown_field", 1, "UNKNOWN_FIELD", 57, "constructs[0].items[2].weigth")]
    [InlineData("missing_field", 1, "MISSING_FIELD", 32, "constructs[0].scale")]
    [InlineData("bad_value", 1, "BAD_VALUE", 33, "constructs[0].layer")]
    [InlineData("duplicate_item_id", 1, "DUPLICATE_ITEM_ID", 49, "constructs[0].items[1].id")]
    [InlineData("duplicate_key", 1, "DUPLICATE_KEY", 22, "roles[1].key")]
    [InlineData("unknown_scale", 1, "UNKNOWN_SCALE", 36, "constructs[0].scale")]
    [InlineData("unknown_role", 1, "UNKNOWN_ROLE", 28, "modules[0].roles[1]")]
    [InlineData("unknown_construct", 1, "UNKNOWN_CONSTRUCT", 30, "modules[0].constructs[1]")]
    [InlineData("construct_not_in_module", 1, "CONSTRUCT_NOT_IN_MODULE", 32, "constructs[0].key")]
    [InlineData("construct_in_two_modules", 1, "CONSTRUCT_IN_TWO_MODULES", 34, "modules[1].constructs[0]")]
    [InlineData("too_few_items", 1, "TOO_FEW_ITEMS", 41, "constructs[0].items")]
    [InlineData("missing_english", 1, "MISSING_ENGLISH", 43, "constructs[0].items[0].text")]
    [InlineData("missing_translation_published", 1, "MISSING_TRANSLATION", 43, "constructs[0].items[0].text")]
    [InlineData("undeclared_language", 1, "UNDECLARED_LANGUAGE", 43, "constructs[0].items[0].text.sv")]
    [InlineData("bad_scale", 1, "BAD_SCALE", 11, "scales[0].points")]
    [InlineData("bad_scale_labels", 1, "BAD_SCALE", 12, "scales[0].labels")]
    [InlineData("bad_bands", 1, "BAD_BANDS", 24, "bands[1]")]
    [InlineData("missing_interpretation", 1, "MISSING_INTERPRETATION", 38, "constructs[0].scoring.interpretation")]
    [InlineData("bad_item_id", 1, "BAD_ITEM_ID", 42, "constructs[0].items[0].id")]
    [InlineData("bad_source_both", 1, "BAD_SOURCE", 52, "constructs[0].items[1].source")]
    [InlineData("bad_source_seed_name", 1, "BAD_SOURCE", 46, "constructs[0].items[0].source.seed")]
    [InlineData("bad_source_lines", 1, "BAD_SOURCE", 47, "constructs[0].items[0].source.lines")]
    [InlineData("bad_source_citation", 1, "BAD_SOURCE", 53, "constructs[0].items[1].source.scale")]
    [InlineData("seed_lines_out_of_range", 1, "SEED_LINES_OUT_OF_RANGE", 47, "constructs[0].items[0].source.lines")]
    [InlineData("quote_not_found", 1, "QUOTE_NOT_FOUND", 48, "constructs[0].items[0].source.quote")]
    [InlineData("file_name_mismatch", 1, "FILE_NAME_MISMATCH", 2, "key")]
    [InlineData("bad_weight", 1, "BAD_WEIGHT", 57, "constructs[0].items[2].weight")]
    [InlineData("bad_min_answered", 1, "BAD_MIN_ANSWERED", 38, "constructs[0].scoring.minAnswered")]
    [InlineData("published_changed", 1, "PUBLISHED_CHANGED", 4, "status")]
    [InlineData("not_locked", 1, "NOT_LOCKED", 4, "status")]
    [InlineData("bad_crosswalk", 2, "BAD_CROSSWALK", 61, "crosswalk.from")]
    [InlineData("bad_index_rule", 1, "BAD_INDEX_RULE", 74, "constructs[1].scoring")]
    [InlineData("bad_index_threshold", 1, "BAD_INDEX_RULE", 77, "constructs[1].scoring.threshold")]
    [InlineData("bad_facet", 1, "BAD_FACET", 50, "constructs[0].facets[1].items[1]")]
    [InlineData("unbanded_interpretation", 1, "UNBANDED_INTERPRETATION", 98, "constructs[2].scoring.interpretation")]
    [InlineData("bad_item_order", 1, "BAD_ITEM_ORDER", 31, "modules[0].itemOrder[2]")]
    [InlineData("comparable_index", 2, "BAD_CROSSWALK", 62, "crosswalk.comparable[0]")]
    [InlineData("outcome_not_key_informant", 1, "OUTCOME_NOT_KEY_INFORMANT", 92, "constructs[2].layer")]
    public void each_rule_is_reported_with_its_code_line_and_path(string fixture, int version, string code, int line,
        string path)
    {
        var file = InstrumentFixtures.LoadInvalid().File(fixture, version);

        var problem = Assert.Single(file.Problems, p => p.Code == code && p.Path == path);
        Assert.Equal(line, problem.Line);
        Assert.True(problem.IsError);
        Assert.False(file.IsValid);
        var printed = problem.ToString();
        Assert.StartsWith($"{file.File}:{line}: {(path.Length > 0 ? path + ": " : "")}", printed);
        Assert.EndsWith($"({code})", printed);
        // Each fixture breaks one rule; an unlocked published fixture is also (expectedly) NOT_LOCKED.
        Assert.All(file.Problems.Where(p => p.IsError), p =>
            Assert.Contains(p.Code, new[] { code, ProblemCodes.NotLocked }));
    }

    [Fact]
    public void a_draft_missing_a_translation_is_warned_and_still_valid()
    {
        var file = InstrumentFixtures.LoadInvalid().File("missing_translation", 1);

        var warning = Assert.Single(file.Problems);
        Assert.Equal((ProblemCodes.MissingTranslation, Severity.Warning, 43, "constructs[0].items[0].text"),
            (warning.Code, warning.Severity, warning.Line, warning.Path));
        Assert.Contains(": warning: ", warning.ToString());
        Assert.True(file.IsValid);
    }

    [Fact]
    public void a_valid_minimal_instrument_loads_with_no_problems()
    {
        var file = InstrumentFixtures.LoadValid().File("minimal", 1);

        Assert.Empty(file.Problems);
        var d = file.Definition!;
        Assert.Equal(("minimal", 1, InstrumentStatus.Published), (d.Key, d.Version, d.Status));
        Assert.Equal([FirmProfileField.Country, FirmProfileField.Employees], d.FirmProfile);
        var construct = Assert.Single(d.Constructs);
        Assert.Equal(Layer.Managerial, construct.Layer);
        Assert.Equal(2, construct.MinAnswered);
        Assert.Equal(["fo1", "fo2", "fo3"], construct.Items.Select(i => i.Id));
        Assert.Equal(new ItemSource("000_0123456789abcdef.txt", "2-3", "firms that know their strengths", null),
            construct.Items[0].Source);
        Assert.Equal((true, 0.5), (construct.Items[2].Reverse, construct.Items[2].Weight));
        Assert.Equal("Paljon fokusta.", construct.Scoring.Interpretation["high"].Text.Get("fi"));
        Assert.Equal("B. Backtranslator", d.Translation?.BackTranslator);
    }

    [Fact]
    public void without_seeds_quotes_are_not_checked_but_everything_else_is()
    {
        var loaded = InstrumentFolder.Load(InstrumentFixtures.Invalid, seeds: null);

        Assert.DoesNotContain(loaded.File("quote_not_found", 1).Problems, p => p.IsError);
        Assert.Contains(loaded.File("bad_source_lines", 1).Problems, p => p.Code == ProblemCodes.BadSource);
    }
}
