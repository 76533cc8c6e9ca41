using System.Linq.Expressions;
using System.Reflection;
using NpgsqlTypes;

namespace CapabilityAssessment.Store;

// What the store knows about one document type: its table, identity and indexes.
internal sealed partial class DocumentMapping
{
    private DocumentMapping(Type documentType, string alias)
    {
        DocumentType = documentType;
        Alias = alias;
        DotnetType = $"{documentType.FullName}, {documentType.Assembly.GetName().Name}";
    }

    public Type DocumentType { get; }
    public string Alias { get; }
    public string DotnetType { get; }
    public string TableName => "doc_" + Alias;
    public bool GuidId { get; private set; }
    public Func<object, object>? IdGetter { get; private set; }
    public List<string> Indexes { get; } = new();
    public NpgsqlDbType IdDbType => GuidId ? NpgsqlDbType.Uuid : NpgsqlDbType.Text;

    public static DocumentMapping For(Type type, string? alias)
    {
        alias ??= Identifiers.SnakeCase(type.Name);
        Identifiers.Field(alias);
        var mapping = new DocumentMapping(type, alias.ToLowerInvariant());
        var id = type.GetProperty("Id", BindingFlags.Public | BindingFlags.Instance);
        if (id is not null && (id.PropertyType == typeof(Guid) || id.PropertyType == typeof(string)))
        {
            var doc = Expression.Parameter(typeof(object), "doc");
            var body = Expression.Convert(Expression.Property(Expression.Convert(doc, type), id), typeof(object));
            mapping.SetIdentity(Expression.Lambda<Func<object, object>>(body, doc).Compile(), id.PropertyType == typeof(Guid));
        }
        return mapping;
    }

    public void SetIdentity(Func<object, object> getter, bool guidId)
    {
        IdGetter = getter;
        GuidId = guidId;
    }

    public object IdOf(object document)
    {
        var getter = IdGetter ?? throw new InvalidOperationException(
            $"Document {DocumentType.Name} has no identity: add an Id property (Guid or string) or call Identity(...).");
        var id = getter(document);
        if (id is null || (id is string s && s.Length == 0))
            throw new InvalidOperationException($"Document {DocumentType.Name} has an empty id.");
        return id;
    }

    public object CheckId(object id)
    {
        if (GuidId ? id is Guid : id is string) return id;
        throw new ArgumentException($"Document {DocumentType.Name} is identified by {(GuidId ? "Guid" : "string")}, not {id.GetType().Name}.", nameof(id));
    }
}
