using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types.Scalars;

/// <summary><c>UUID</c>: an RFC 4122 UUID in its 36-character form; runtime value <see cref="Guid"/>.</summary>
public sealed class UuidScalar : ScalarType
{
    /// <summary>The specification URL.</summary>
    public const string Url = "https://tools.ietf.org/html/rfc4122";

    /// <summary>Creates the scalar.</summary>
    public UuidScalar()
        : base("UUID", "An RFC 4122 UUID, e.g. `123e4567-e89b-12d3-a456-426614174000`.", Url)
    {
    }

    /// <inheritdoc/>
    public override object Serialize(object value) => value switch
    {
        Guid g => g.ToString("D"),
        string s => Parse(s).ToString("D"),
        _ => throw new GraphQLException("UUID cannot represent value: " + ValueInspector.Inspect(value)),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value) => value is string s
        ? Parse(s)
        : throw new GraphQLException("UUID cannot represent a non string value: " + ValueInspector.Inspect(value));

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal) => literal is StringValueNode s
        ? Parse(s.Value)
        : throw new GraphQLException("UUID cannot represent a non string value: " + Printer.Print(literal));

    private static Guid Parse(string text) => Guid.TryParseExact(text, "D", out var result)
        ? result
        : throw new GraphQLException("UUID cannot represent an invalid UUID string: " + ValueInspector.Inspect(text));
}
