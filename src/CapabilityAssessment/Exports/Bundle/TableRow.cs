namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// Where the values of a table's variables live in a <see cref="TableRow"/>: each in the array of its type, at its slot
/// (its position among the variables of that type).
/// </summary>
internal sealed class TableShape
{
    public TableShape(IReadOnlyList<ExportVariable> variables)
    {
        Variables = variables;
        Types = [.. variables.Select(v => v.Type)];
        Slots = new int[Types.Length];
        for (var i = 0; i < Types.Length; i++)
            Slots[i] = Types[i] switch { VariableType.Integer => Integers++, VariableType.Double => Doubles++, _ =>
                Strings++ };
    }

    public IReadOnlyList<ExportVariable> Variables { get; }
    public VariableType[] Types { get; }
    public int[] Slots { get; }
    public int Strings { get; }
    public int Integers { get; }
    public int Doubles { get; }

    public int Slot(string name) => Slots[Variables.Select((v, i) => (v, i)).Single(x => x.v.Name == name).i];

    /// <summary>
    /// The slot of a variable, or -1 when the table has no such variable (a value the release leaves out).
    /// </summary>
    public int SlotOrNone(string name) => Variables.Any(v => v.Name == name) ? Slot(name) : -1;
}

/// <summary>
/// One row of an exported table with typed values (no boxing: a release writes a hundred million of them). Integers are
/// required (missing is a declared code); a double is missing when NaN, a string when null.
/// </summary>
internal sealed class TableRow(TableShape shape)
{
    public TableShape Shape => shape;
    public string?[] Strings { get; } = new string?[shape.Strings];
    public int[] Integers { get; } = new int[shape.Integers];
    public double[] Doubles { get; } = new double[shape.Doubles];

    /// <summary>The value of variable i, boxed, for tests and checks (null when missing).</summary>
    public object? this[int i] => shape.Types[i] switch
    {
        VariableType.Integer => Integers[shape.Slots[i]],
        VariableType.Double => double.IsNaN(Doubles[shape.Slots[i]]) ? null : Doubles[shape.Slots[i]],
        _ => Strings[shape.Slots[i]],
    };
}
