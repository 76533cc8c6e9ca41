using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Tests.Instruments;

public sealed class localized_text
{
    private static readonly LocalizedText Text = LocalizedText.Of([new("fi", "Hei"), new("en", "Hello")]);

    [Fact]
    public void get_returns_the_requested_language() => Assert.Equal("Hei", Text.Get("fi"));

    [Fact]
    public void get_falls_back_to_english_when_the_language_is_missing() => Assert.Equal("Hello", Text.Get("sv"));

    [Fact]
    public void an_empty_translation_falls_back_to_english_too() =>
        Assert.Equal("Hello", LocalizedText.Of([new("en", "Hello"), new("fi", "")]).Get("fi"));

    [Fact]
    public void languages_are_kept_in_a_stable_order_whatever_order_they_were_written_in() =>
        Assert.Equal(["en", "fi"], Text.Languages);

    [Fact]
    public void translation_gaps_name_the_paths_that_fall_back_to_english()
    {
        var draft = InstrumentFixtures.LoadInvalid().File("missing_translation", 1).Definition!;

        Assert.Equal(["constructs[0].items[0].text"], InstrumentTexts.Gaps(draft, "fi"));
        Assert.Empty(InstrumentTexts.Gaps(draft, "en"));
    }
}
