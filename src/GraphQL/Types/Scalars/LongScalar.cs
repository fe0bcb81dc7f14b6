using System.Globalization;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types.Scalars;

/// <summary>
/// <c>Long</c>: a signed 64-bit integer written as a JSON number; runtime value <see cref="long"/>.
/// (Clients in JavaScript lose precision beyond 2^53; use an ID or string for such values.)
/// </summary>
public sealed class LongScalar : ScalarType
{
    /// <summary>The specification URL (JSON numbers; the range is that of a signed 64-bit integer).</summary>
    public const string Url = "https://www.rfc-editor.org/rfc/rfc8259#section-6";

    /// <summary>Creates the scalar.</summary>
    public LongScalar()
        : base("Long", "A signed 64-bit integer, between -(2^63) and 2^63 - 1.", Url)
    {
    }

    /// <inheritdoc/>
    public override object Serialize(object value)
    {
        if (value is long l)
        {
            return l;
        }

        if (value is not bool && Numbers.TryGetInt64(value, out var number))
        {
            return number;
        }

        if (value is string s && long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        throw new GraphQLException("Long cannot represent non 64-bit signed integer value: " + ValueInspector.Inspect(value));
    }

    /// <inheritdoc/>
    public override object ParseValue(object value) => value is not bool && Numbers.TryGetInt64(value, out var number)
        ? number
        : throw new GraphQLException("Long cannot represent non 64-bit signed integer value: " + ValueInspector.Inspect(value));

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal) =>
        literal is IntValueNode i && long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new GraphQLException("Long cannot represent non 64-bit signed integer value: " + Printer.Print(literal));
}
