using System.Globalization;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types.Scalars;

/// <summary><c>Date</c>: an RFC 3339 full-date (<c>2026-11-21</c>); runtime value <see cref="DateOnly"/>.</summary>
public sealed class DateScalar : ScalarType
{
    /// <summary>The specification URL.</summary>
    public const string Url = "https://scalars.graphql.org/andimarek/local-date";

    /// <summary>Creates the scalar.</summary>
    public DateScalar()
        : base("Date", "An RFC 3339 full-date without time or offset, e.g. `2026-11-21`.", Url)
    {
    }

    /// <inheritdoc/>
    public override object Serialize(object value) => value switch
    {
        DateOnly d => Format(d),
        DateTime d => Format(DateOnly.FromDateTime(d)),
        DateTimeOffset d => Format(DateOnly.FromDateTime(d.DateTime)),
        string s => Format(Parse(s)),
        _ => throw new GraphQLException("Date cannot represent value: " + ValueInspector.Inspect(value)),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value) => value is string s
        ? Parse(s)
        : throw new GraphQLException("Date cannot represent a non string value: " + ValueInspector.Inspect(value));

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal) => literal is StringValueNode s
        ? Parse(s.Value)
        : throw new GraphQLException("Date cannot represent a non string value: " + Printer.Print(literal));

    private static string Format(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Parse(string text)
    {
        if (!Rfc3339.IsFullDate(text) ||
            !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var result))
        {
            throw new GraphQLException("Date cannot represent an invalid date string: " + ValueInspector.Inspect(text));
        }

        return result;
    }
}
