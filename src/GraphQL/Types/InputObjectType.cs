namespace DigitalPost.GraphQL.Types;

/// <summary>
/// An input object type. Coerced values are <see cref="IReadOnlyDictionary{TKey, TValue}"/> of
/// field name to coerced field value (fields absent from the input and without a default are absent).
/// </summary>
public sealed class InputObjectType : NamedType
{
    private Dictionary<string, InputValueDefinition> _byName = new(StringComparer.Ordinal);
    private IReadOnlyList<InputValueDefinition> _fields = [];

    /// <summary>Creates an input object type (normally done by <see cref="SchemaBuilder"/>).</summary>
    public InputObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>The input fields in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Fields
    {
        get => _fields;
        internal set
        {
            _fields = value;
            var map = new Dictionary<string, InputValueDefinition>(StringComparer.Ordinal);
            foreach (var item in value)
            {
                map.TryAdd(item.Name, item);
            }

            _byName = map;
        }
    }

    /// <summary>Whether the type is a OneOf input object (<c>@oneOf</c>): exactly one field, non-null, must be given.</summary>
    public bool IsOneOf { get; internal set; }

    /// <summary>The field called <paramref name="name"/>, or <c>null</c>.</summary>
    public InputValueDefinition? GetField(string name) => _byName.GetValueOrDefault(name);
}
