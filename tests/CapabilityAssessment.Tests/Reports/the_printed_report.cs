using CapabilityAssessment.Reports;

namespace CapabilityAssessment.Tests.Reports;

public sealed class the_printed_report
{
    [Fact]
    public void names_the_report_and_firm_at_the_top_of_every_page_and_numbers_the_pages()
    {
        var css = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "CapabilityAssessment", "wwwroot", "report",
            "report.css"));
        var html = ReportPdf.Printable("<head><link rel=\"stylesheet\" href=\"/report/report.css\"></head>", css,
            "Capability report – Acme Oy");

        Assert.Contains("@page { @top-left { content: \"Capability report – Acme Oy\"; } }", html);
        Assert.Contains("@bottom-right { content: counter(page) \" / \" counter(pages);", html);
    }

    [Fact]
    public void a_firm_name_cannot_end_the_header_string_or_the_style_element()
    {
        var header = ReportPdf.RunningHeader("Evil\"; } </style><script>x</script> Oy");

        Assert.DoesNotContain("</", header);
        Assert.DoesNotContain("<", header);
        Assert.Equal(2, header.Count(c => c == '"'));
        Assert.Contains("Evil\\22 ", header);
    }
}
