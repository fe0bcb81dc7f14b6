namespace DigitalPost.GraphQL.Types;

/// <summary>An object or interface type: a named type with fields and implemented interfaces.</summary>
public abstract class FieldContainerType : NamedType
{
    private Dictionary<string, FieldDefinition> _fieldsByName = new(StringComparer.Ordinal);
    private IReadOnlyList<FieldDefinition> _fields = [];

    private protected FieldContainerType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>The fields in definition order.</summary>
    public IReadOnlyList<FieldDefinition> Fields
    {
        get => _fields;
        internal set
        {
            _fields = value;
            var map = new Dictionary<string, FieldDefinition>(value.Count, StringComparer.Ordinal);
            foreach (var item in value)
            {
                map.TryAdd(item.Name, item);
            }

            _fieldsByName = map;
        }
    }

    /// <summary>The interfaces this type implements, in definition order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    /// <summary>The field called <paramref name="name"/>, or <c>null</c>.</summary>
    public FieldDefinition? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    /// <summary>Whether this type declares that it implements <paramref name="interfaceType"/>.</summary>
    public bool Implements(InterfaceType interfaceType)
    {
        foreach (var candidate in Interfaces)
        {
            if (ReferenceEquals(candidate, interfaceType))
            {
                return true;
            }
        }

        return false;
    }
}
