namespace CapabilityAssessment.Exports.Bundle;

/// <summary>The licence and contact every bundle states (Exports:DataLicence, Exports:Contact).</summary>
internal sealed record ReleaseTerms(string Licence, string Contact)
{
    public static readonly ReleaseTerms Default = new(new ExportOptions().DataLicence, new ExportOptions().Contact);

    public static ReleaseTerms From(ExportOptions options) => new(options.DataLicence, options.Contact);

    public string Citation(Codebook codebook) =>
        $"CapabilityAssessment dataset release {codebook.Release}, instrument " +
        string.Join(", ", codebook.Instruments.Select(i =>
            $"{i.Key} version {i.Version} (content hash {i.ContentHash})")) +
        $", scoring version {codebook.ScoringVersion}.";
}
