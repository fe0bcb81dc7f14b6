using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types;

/// <summary>
/// An enum type. Each value has a name (what travels in GraphQL) and a runtime value (what
/// resolvers see and return): by default the name itself, or a CLR enum member when bound with
/// <see cref="SchemaBuilder.BindEnum{TEnum}(string)"/>.
/// </summary>
public sealed class EnumType : NamedType
{
    private Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private Dictionary<object, EnumValueDefinition> _byValue = [];
    private IReadOnlyList<EnumValueDefinition> _values = [];

    /// <summary>Creates an enum type (normally done by <see cref="SchemaBuilder"/>).</summary>
    public EnumType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values in definition order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values
    {
        get => _values;
        internal set
        {
            _values = value;
            var byName = new Dictionary<string, EnumValueDefinition>(StringComparer.Ordinal);
            var byValue = new Dictionary<object, EnumValueDefinition>();
            foreach (var item in value)
            {
                byName.TryAdd(item.Name, item);
                byValue.TryAdd(item.Value, item);
            }

            _byName = byName;
            _byValue = byValue;
        }
    }

    /// <summary>The value called <paramref name="name"/>, or <c>null</c>.</summary>
    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// Result coercion: the name of the value whose runtime value is <paramref name="value"/>
    /// (a bound runtime value, a CLR enum member with a matching name, or the name as a string).
    /// </summary>
    /// <exception cref="GraphQLException">The value is not one of the enum's values.</exception>
    public string Serialize(object value)
    {
        if (_byValue.TryGetValue(value, out var definition))
        {
            return definition.Name;
        }

        if (value is string text && _byName.TryGetValue(text, out definition))
        {
            return definition.Name;
        }

        if (value is Enum)
        {
            var clrName = value.ToString()!;
            foreach (var candidate in _values)
            {
                if (EnumNames.Matches(candidate.Name, clrName))
                {
                    return candidate.Name;
                }
            }
        }

        throw new GraphQLException($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Input coercion of a variable value (a string naming a value) to the runtime value.</summary>
    /// <exception cref="GraphQLException">The input is not a name of this enum.</exception>
    public object ParseValue(object value)
    {
        if (value is not string text)
        {
            var inspected = ValueInspector.Inspect(value);
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-string value: {inspected}." + DidYouMean(inspected));
        }

        if (!_byName.TryGetValue(text, out var definition))
        {
            throw new GraphQLException($"Value \"{text}\" does not exist in \"{Name}\" enum." + DidYouMean(text));
        }

        return definition.Value;
    }

    /// <summary>Input coercion of a literal (an enum literal naming a value) to the runtime value.</summary>
    /// <exception cref="GraphQLException">The literal is not a name of this enum.</exception>
    public object ParseLiteral(ValueNode literal)
    {
        if (literal is not EnumValueNode enumValue)
        {
            var printed = Printer.Print(literal);
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-enum value: {printed}." + DidYouMean(printed));
        }

        if (!_byName.TryGetValue(enumValue.Value, out var definition))
        {
            throw new GraphQLException($"Value \"{enumValue.Value}\" does not exist in \"{Name}\" enum." + DidYouMean(enumValue.Value));
        }

        return definition.Value;
    }

    private string DidYouMean(string unknown) =>
        Validation.Suggestions.DidYouMean(Validation.Suggestions.List(unknown, _values.Select(v => v.Name)), "the enum value");
}
