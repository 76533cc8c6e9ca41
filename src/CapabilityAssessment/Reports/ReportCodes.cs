namespace CapabilityAssessment.Reports;

/// <summary>Printing the report as PDF. Stable: clients compare them; README.md lists each.</summary>
public static class ReportCodes
{
    public const string PdfFailed = "PDF_FAILED";
    public const string PdfTimeout = "PDF_TIMEOUT";
    public const string PdfUnavailable = "PDF_UNAVAILABLE";
}
