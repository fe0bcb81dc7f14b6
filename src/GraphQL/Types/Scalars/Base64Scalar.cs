using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types.Scalars;

/// <summary><c>Base64</c>: binary data as RFC 4648 base64 text (with padding); runtime value <see cref="byte"/>[].</summary>
public sealed class Base64Scalar : ScalarType
{
    /// <summary>The specification URL.</summary>
    public const string Url = "https://www.rfc-editor.org/rfc/rfc4648#section-4";

    /// <summary>Creates the scalar.</summary>
    public Base64Scalar()
        : base("Base64", "Binary data encoded as RFC 4648 base64 (standard alphabet, with padding).", Url)
    {
    }

    /// <inheritdoc/>
    public override object Serialize(object value) => value switch
    {
        byte[] bytes => Convert.ToBase64String(bytes),
        ReadOnlyMemory<byte> memory => Convert.ToBase64String(memory.Span),
        Memory<byte> memory => Convert.ToBase64String(memory.Span),
        ArraySegment<byte> segment => Convert.ToBase64String(segment),
        _ => throw new GraphQLException("Base64 cannot represent value: " + ValueInspector.Inspect(value)),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value) => value is string s
        ? Parse(s)
        : throw new GraphQLException("Base64 cannot represent a non string value: " + ValueInspector.Inspect(value));

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal) => literal is StringValueNode s
        ? Parse(s.Value)
        : throw new GraphQLException("Base64 cannot represent a non string value: " + Printer.Print(literal));

    private static byte[] Parse(string text)
    {
        // Convert.FromBase64String tolerates whitespace; the scalar does not.
        if (text.Length % 4 != 0 || text.AsSpan().ContainsAny(" \t\r\n"))
        {
            throw new GraphQLException("Base64 cannot represent an invalid base64 string.");
        }

        var buffer = new byte[text.Length / 4 * 3];
        return Convert.TryFromBase64String(text, buffer, out var written)
            ? buffer.AsSpan(0, written).ToArray()
            : throw new GraphQLException("Base64 cannot represent an invalid base64 string.");
    }
}
