using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types;

/// <summary>A custom scalar defined by three functions (serialize, parseValue, parseLiteral).</summary>
public sealed class DelegateScalarType : ScalarType
{
    private readonly Func<object, object> _serialize;
    private readonly Func<object, object> _parseValue;
    private readonly Func<ValueNode, object> _parseLiteral;

    /// <summary>Creates the scalar; each function throws <see cref="Execution.GraphQLException"/> for a value it cannot coerce.</summary>
    public DelegateScalarType(
        string name,
        Func<object, object> serialize,
        Func<object, object> parseValue,
        Func<ValueNode, object> parseLiteral,
        string? description = null,
        string? specifiedByUrl = null)
        : base(name, description, specifiedByUrl)
    {
        ArgumentNullException.ThrowIfNull(serialize);
        ArgumentNullException.ThrowIfNull(parseValue);
        ArgumentNullException.ThrowIfNull(parseLiteral);
        _serialize = serialize;
        _parseValue = parseValue;
        _parseLiteral = parseLiteral;
    }

    /// <inheritdoc/>
    public override object Serialize(object value) => _serialize(value);

    /// <inheritdoc/>
    public override object ParseValue(object value) => _parseValue(value);

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal) => _parseLiteral(literal);
}
