namespace CapabilityAssessment.Forms;

/// <summary>
/// What every page shows: the layout's data plus one page-specific model whose properties become globals.
/// </summary>
internal sealed record LayoutModel(
    string Lang, string Title, string Home, string SwitchUrl, string SwitchLang, string SwitchLabel, string FirmName,
    IReadOnlyList<ProgressRow> Modules, int OverallAnswered, int OverallTotal, bool ShowProgress,
    IReadOnlyList<ErrorLink> Errors, string CsrfField, string CsrfToken, object Page)
{
    public bool HasErrors => Errors.Count > 0;

    /// <summary>On a module page, the id of its form: every way off the page (progress links, brand, language) is then
    /// a submit button of that form, so nothing entered is lost without JavaScript.</summary>
    public string SaveForm { get; init; } = "";

    public bool SavesOnLeaving => SaveForm.Length > 0;
}

internal sealed record ProgressRow(string Key, string Title, string Url, int Answered, int Total, bool Current)
{
    public bool Done => Total > 0 && Answered == Total;
}

/// <summary>An error summary entry: Href points at the field (#id) so following the link moves focus there.</summary>
internal sealed record ErrorLink(string Href, string Message);

internal sealed record MessagePage(string Code, string Message, bool LinkHome);

internal sealed record OverviewPage(string RoleTitle, string InstrumentTitle, string Description, string ContinueUrl,
    string FirmUrl, string ReviewUrl, string TeamUrl);

internal sealed record ModulePage(
    string ModuleKey, string Intro, string Action, string BackUrl, long Version,
    IReadOnlyList<ConstructBlock> Constructs);

internal sealed record ConstructBlock(string Title, string Description, IReadOnlyList<ItemBlock> Items);

internal sealed record ItemBlock(string Id, string Number, string Text, string ErrorId, string Error, string Notice,
    IReadOnlyList<OptionBlock> Options)
{
    public bool HasError => Error.Length > 0;
    public bool HasNotice => Notice.Length > 0;
}

internal sealed record OptionBlock(string Id, string Name, string Value, string Label, bool Checked, bool DontKnow);

/// <summary>
/// ReadOnly: a colleague's view of the profile, which only the firm's contact (the owner) may change.
/// </summary>
internal sealed record FirmPage(string Action, IReadOnlyList<FirmField> Fields, bool ReadOnly = false,
    string NextUrl = "")
{
    public IEnumerable<FirmField> Shown => Fields.Where(f => f.Shown.Length > 0);
}

internal sealed record FirmField(string Id, string Name, string Label, string Hint, string Value, string ErrorId,
    string Error, bool IsSelect, string InputMode, IReadOnlyList<SelectOption> Options)
{
    public bool HasError => Error.Length > 0;
    public bool HasHint => Hint.Length > 0;

    /// <summary>The value as a reader sees it: a select's label rather than its code.</summary>
    public string Shown =>
        IsSelect ? Options.FirstOrDefault(o => o.Selected && o.Value.Length > 0)?.Label ?? "" : Value;
}

internal sealed record SelectOption(string Value, string Label, bool Selected);

internal sealed record ReviewPage(string Action, bool Complete, IReadOnlyList<MissingModule> Missing, string FirmUrl,
    IReadOnlyList<FirmField> Firm, IReadOnlyList<ReviewModule> Sections);

/// <summary>One module on the review page: every item with the answer given, and a link to change it.</summary>
internal sealed record ReviewModule(string Id, string Title, string Url, IReadOnlyList<ReviewItem> Items);

internal sealed record ReviewItem(string Text, string Answer, string Url, bool Missing);

internal sealed record MissingModule(string Title, string Url, IReadOnlyList<MissingItem> Items);

internal sealed record MissingItem(string Text, string Url);

/// <summary>
/// After submitting, or once closed: what happens next, and the way on (the report, or the owner's team page).
/// </summary>
internal sealed record DonePage(string Message, string Next, string ReportUrl, string TeamUrl);
