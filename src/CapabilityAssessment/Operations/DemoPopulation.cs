using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Operations;

/// <summary>
/// One synthetic firm: its profile, its capability tendency and whether it also took the orchestration instrument.
/// </summary>
internal sealed record DemoFirm(int Index, FirmProfile Profile, double Level, bool AlsoOrchestration);

/// <summary>
/// Every third demo firm (by index, so a resumed load agrees) answers the latest published version of an instrument,
/// the others the first (dcvn v2 and v1), so the demo's benchmarks and releases hold both sides of the crosswalk.
/// </summary>
internal sealed record DemoVersions(InstrumentDefinition First, InstrumentDefinition Latest)
{
    public const int LatestEvery = 3;

    public static bool TakesLatest(int firmIndex) => firmIndex % LatestEvery == LatestEvery - 1;

    public InstrumentDefinition For(DemoFirm firm) => TakesLatest(firm.Index) ? Latest : First;
}

/// <summary>
/// A deterministic synthetic population: firm i is always the same firm (its own seeded random), so an interrupted load
/// resumes with the firms it had not written yet. Answers follow firm-level tendencies (industry, size, country, age
/// and a firm effect, then layer, construct and item noise) so peer groups differ the way real ones plausibly would,
/// instead of every group sitting on the same uniform-noise mean.
/// </summary>
internal static class DemoPopulation
{
    public const string NamePrefix = "[DEMO] ";

    // Weighted so some groups are large, some small: suppression shows up in the demo too.
    private static readonly (string Code, int Weight, double Effect)[] Countries =
        [("FI", 30, 0.10), ("SE", 20, 0.12), ("DE", 16, 0.0), ("EE", 10, 0.05), ("NO", 10, 0.08), ("DK", 9, 0.10),
            ("NL", 5, 0.04)];

    private static readonly (string Code, int Weight, double Effect)[] Industries =
        [("C", 25, 0.10), ("G", 14, -0.10), ("J", 15, 0.35), ("M", 14, 0.20), ("F", 10, -0.20), ("H", 6, -0.10),
            ("N", 6, -0.05),
         ("Q", 5, -0.05), ("I", 5, -0.25)];

    private static readonly string[] Words =
        ["Nordic", "Baltic", "Aurora", "Fjord", "Birch", "Granite", "Harbour", "Lumen", "Polar", "Delta", "Vega",
            "Kettle", "Meridian", "Tundra"];

    private static readonly string[] Kinds = ["Works", "Systems", "Logistics", "Labs", "Build", "Trading", "Consulting",
        "Foods", "Analytics", "Care"];

    public static DemoFirm Firm(int index, int currentYear)
    {
        var random = new Random(HashCode.Combine(6, index) & int.MaxValue);
        var country = Pick(Countries, random);
        var industry = Pick(Industries, random);
        // Size classes about 40/35/18/7 % micro/small/medium/large, employees spread within each class.
        var employees = random.NextDouble() switch
        {
            < 0.40 => random.Next(1, 10),
            < 0.75 => random.Next(10, 50),
            < 0.93 => random.Next(50, 250),
            _ => random.Next(250, 2000),
        };
        var sizeEffect = employees switch { < 10 => -0.20, < 50 => 0.0, < 250 => 0.20, _ => 0.35 };
        // Ages skew young (many start-ups, fewer old firms); a few firms do not give a founding year.
        var age = (int)Math.Min(80, -Math.Log(1 - random.NextDouble()) * 15);
        int? founded = random.NextDouble() < 0.03 ? null : currentYear - age;
        var ageEffect = age < 5 ? 0.10 : age >= 20 ? -0.05 : 0;
        var level = 3.0 + country.Effect + industry.Effect + sizeEffect + ageEffect + Normal(random, 0.45);
        var name = $"{NamePrefix}{Words[random.Next(Words.Length)]} {Kinds[random.Next(Kinds.Length)]} {index:D4}";
        var profile = new FirmProfile(name, country.Code, industry.Code, employees, FoundingYear: founded,
            ForeignTurnoverShare: random.Next(0, 80), UpstreamPartners: random.Next(0, 40),
            DownstreamPartners: random.Next(0, 60));
        return new DemoFirm(index, profile, level, random.NextDouble() < 0.2);
    }

    /// <summary>
    /// The answers of one respondent with the firm's tendency; reverse-keyed items are answered the other way.
    /// </summary>
    public static List<AnswerValue> Answers(DemoFirm firm, InstrumentDefinition instrument, string role, int seed)
    {
        var random = new Random(HashCode.Combine(firm.Index, seed) & int.MaxValue);
        var assigned = InstrumentForms.ItemsFor(instrument, role);
        var layerEffects = Enum.GetValues<Layer>().ToDictionary(l => l, _ => Normal(random, 0.25));
        var answers = new List<AnswerValue>();
        foreach (var construct in instrument.Constructs)
        {
            var points = instrument.FindScale(construct.Scale)!.Points;
            var mean = firm.Level + layerEffects[construct.Layer] + Normal(random, 0.2);
            foreach (var item in construct.Items.Where(i => assigned.Contains(i.Id)))
            {
                if (random.NextDouble() < 0.02)
                {
                    answers.Add(new AnswerValue(item.Id, null, DontKnow: true));
                    continue;
                }
                var value = Math.Clamp((int)Math.Round(mean + Normal(random, 0.6)), 1, points);
                answers.Add(new AnswerValue(item.Id, item.Reverse ? points + 1 - value : value));
            }
        }
        return answers;
    }

    private static (string Code, int Weight, double Effect) Pick((string Code, int Weight, double Effect)[] options,
        Random random)
    {
        var roll = random.Next(options.Sum(o => o.Weight));
        foreach (var option in options)
            if ((roll -= option.Weight) < 0) return option;
        return options[^1];
    }

    private static double Normal(Random random, double sd) =>
        sd * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
