using CapabilityAssessment.Assessments;
using GraphQL.Types;

namespace CapabilityAssessment.Fieldwork;

public sealed class FirmInput
{
    public string Name { get; set; } = "";
    public string Country { get; set; } = "";
    public string Industry { get; set; } = "";
    public int? Employees { get; set; }
    public string? TurnoverBand { get; set; }
    public int? FoundingYear { get; set; }
    public int? ForeignTurnoverShare { get; set; }
    public int? UpstreamPartners { get; set; }
    public int? DownstreamPartners { get; set; }

    public FirmProfile ToProfile() =>
        new(Name.Trim(), Country.Trim().ToUpperInvariant(), Industry.Trim().ToUpperInvariant(), Employees, TurnoverBand,
        FoundingYear, ForeignTurnoverShare, UpstreamPartners, DownstreamPartners);
}

public sealed class FirmInputType : InputObjectGraphType<FirmInput>
{
    public FirmInputType()
    {
        Name = "FirmInput";
        Field(x => x.Name).Description("The firm's name (never exported to research datasets).");
        Field(x => x.Country).Description("ISO 3166-1 alpha-2 code, e.g. FI.");
        Field(x => x.Industry).Description("NACE Rev. 2 section letter, A to U.");
        Field(x => x.Employees, nullable: true);
        Field(x => x.TurnoverBand, nullable: true).Description("under_2m, 2m_10m, 10m_50m or over_50m (EUR).");
        Field(x => x.FoundingYear, nullable: true);
        Field(x => x.ForeignTurnoverShare, nullable: true).Description("Share of turnover from abroad, percent 0-100.");
        Field(x => x.UpstreamPartners, nullable: true).Description("Number of technology, hardware and R&D partners.");
        Field(x => x.DownstreamPartners, nullable: true)
            .Description("Number of distributors, sales partners and key customers.");
    }
}

public sealed class AnswerInput
{
    public string ItemId { get; set; } = "";
    public int? Value { get; set; }
    public bool DontKnow { get; set; }
}

public sealed class AnswerInputType : InputObjectGraphType<AnswerInput>
{
    public AnswerInputType()
    {
        Name = "AnswerInput";
        Description =
            "An answer: a scale point in value, or dontKnow: true (stored as missing); neither clears the answer.";
        Field(x => x.ItemId);
        Field(x => x.Value, nullable: true);
        Field(x => x.DontKnow, nullable: true).DefaultValue(false);
    }
}
