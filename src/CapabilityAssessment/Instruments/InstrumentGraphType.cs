using GraphQL.Types;

namespace CapabilityAssessment.Instruments;

internal sealed class InstrumentGraphType : ObjectGraphType<Localized<InstrumentDefinition>>
{
    public InstrumentGraphType(InstrumentCatalog catalog)
    {
        Metadata[GraphQL.ComplexityModel.StaticKey] = true;
        Name = "Instrument";
        Description =
            "One version of a questionnaire, with every text in the requested language (English where a translation " +
            "is missing).";
        Field<NonNullGraphType<StringGraphType>>("key")
            .Description("Stable key of the instrument, e.g. dcvn.")
            .Resolve(c => c.Source.Value.Key);
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("Version number; a published version never changes.")
            .Resolve(c => c.Source.Value.Version);
        Field<NonNullGraphType<InstrumentStatusGraphType>>("status")
            .Description("DRAFT versions can be previewed but not used for assessments.")
            .Resolve(c => c.Source.Value.Status);
        Field<NonNullGraphType<BooleanGraphType>>("usableForAssessments")
            .Description("Whether real assessments may be started on this version (published only).")
            .Resolve(c => c.Source.Value.IsUsableForAssessments);
        Field<NonNullGraphType<StringGraphType>>("contentHash")
            .Description("SHA-256 (lower-case hex) of the canonical content; recorded with every assessment.")
            .Resolve(c => catalog.ContentHash(c.Source.Value.Key, c.Source.Value.Version)
                ?? ContentHash.Of(c.Source.Value));
        Field<NonNullGraphType<StringGraphType>>("language")
            .Description("The language the texts are in.")
            .Resolve(c => c.Source.Language);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Text(c.Source.Value.Title));
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Text(c.Source.Value.Description));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages")
            .Description("Languages the instrument is offered in.")
            .Resolve(c => c.Source.Value.Languages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FirmProfileFieldGraphType>>>>("firmProfile")
            .Description("Firm facts asked on the first page.")
            .Resolve(c => c.Source.Value.FirmProfile);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("roles")
            .Description("Who answers.")
            .Resolve(c => c.Source.Value.Roles.Select(c.Source.With));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModuleGraphType>>>>("modules")
            .Description("The pages of the form, in order.")
            .Resolve(c => c.Source.Value.Modules.Select(c.Source.With));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConstructGraphType>>>>("constructs")
            .Description("Everything measured, with items and scoring.")
            .Resolve(c => c.Source.Value.Constructs.Select(c.Source.With));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScaleGraphType>>>>("scales")
            .Description("Answer scales.")
            .Resolve(c => c.Source.Value.Scales.Select(c.Source.With));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BandGraphType>>>>("bands")
            .Description("Score bands on the 0-100 construct score.")
            .Resolve(c => c.Source.Value.Bands.Select(c.Source.With));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("translationGaps")
            .Description("Paths in the file (e.g. constructs[0].items[2].text) whose text is missing in this " +
                "language and shown in English.")
            .Resolve(c => InstrumentTexts.Gaps(c.Source.Value, c.Source.Language));
    }
}

internal sealed class InstrumentStatusGraphType : EnumerationGraphType<InstrumentStatus>
{
    public InstrumentStatusGraphType()
    {
        Name = "InstrumentStatus";
        Description = "Lifecycle of an instrument version.";
    }
}

internal sealed class FirmProfileFieldGraphType : EnumerationGraphType<FirmProfileField>
{
    public FirmProfileFieldGraphType()
    {
        Name = "FirmProfileField";
        Description = "A firm fact asked before the questions; the set is fixed in code.";
    }
}
