namespace CapabilityAssessment.Store;

/// <summary>Fluent registration of one document type: identity and indexed JSON fields.</summary>
public sealed class DocumentOptions<T>
{
    private readonly DocumentMapping _mapping;

    internal DocumentOptions(DocumentMapping mapping) => _mapping = mapping;

    /// <summary>The table alias: documents live in doc_alias.</summary>
    public string Alias => _mapping.Alias;

    /// <summary>Adds a btree expression index on data->>'jsonField' (the camelCase JSON name).</summary>
    public DocumentOptions<T> Index(string jsonField)
    {
        var field = Identifiers.Field(jsonField);
        if (!_mapping.Indexes.Contains(field)) _mapping.Indexes.Add(field);
        return this;
    }

    /// <summary>Identifies documents by a Guid taken from the document.</summary>
    public DocumentOptions<T> Identity(Func<T, Guid> id)
    {
        _mapping.SetIdentity(doc => id((T)doc), guidId: true);
        return this;
    }

    /// <summary>Identifies documents by a string taken from the document.</summary>
    public DocumentOptions<T> Identity(Func<T, string> id)
    {
        _mapping.SetIdentity(doc => id((T)doc), guidId: false);
        return this;
    }
}
