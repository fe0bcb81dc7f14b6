using System.Globalization;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types.Scalars;

/// <summary>
/// <c>DateTime</c>: an RFC 3339 date-time with offset (<c>2026-11-21T09:00:00Z</c>); runtime value
/// <see cref="DateTimeOffset"/> (a <see cref="DateTime"/> is accepted for output).
/// </summary>
public sealed class DateTimeScalar : ScalarType
{
    /// <summary>The specification URL.</summary>
    public const string Url = "https://scalars.graphql.org/andimarek/date-time";

    /// <summary>Creates the scalar.</summary>
    public DateTimeScalar()
        : base("DateTime", "An RFC 3339 date-time with a time-zone offset, e.g. `2026-11-21T09:00:00Z`.", Url)
    {
    }

    /// <inheritdoc/>
    public override object Serialize(object value) => value switch
    {
        DateTimeOffset d => Format(d),
        DateTime d => Format(d.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(d, TimeSpan.Zero) : new DateTimeOffset(d)),
        string s => Format(Parse(s)),
        _ => throw new GraphQLException("DateTime cannot represent value: " + ValueInspector.Inspect(value)),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value) => value is string s
        ? Parse(s)
        : throw new GraphQLException("DateTime cannot represent a non string value: " + ValueInspector.Inspect(value));

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal) => literal is StringValueNode s
        ? Parse(s.Value)
        : throw new GraphQLException("DateTime cannot represent a non string value: " + Printer.Print(literal));

    // yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z' for a zero offset, else yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz.
    private static string Format(DateTimeOffset value) => DateTimeFormatter.Format(value);

    private static DateTimeOffset Parse(string text)
    {
        // RFC 3339 section 5.6: full-date "T" full-time, with a mandatory offset ("Z" or ±hh:mm).
        if (!Rfc3339.IsDateTime(text) ||
            !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var result))
        {
            throw new GraphQLException("DateTime cannot represent an invalid date-time string: " + ValueInspector.Inspect(text));
        }

        return result;
    }
}
