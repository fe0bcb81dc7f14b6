using System.Globalization;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types.Scalars;

/// <summary>The built-in <c>ID</c>: serialized as a string; accepts strings and integers as input (runtime value <see cref="string"/>).</summary>
public sealed class IdScalar : ScalarType
{
    /// <summary>Creates the scalar.</summary>
    public IdScalar()
        : base("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
    }

    /// <inheritdoc/>
    public override object Serialize(object value)
    {
        switch (value)
        {
            case string s:
                return s;
            case Guid g:
                return g.ToString("D");
        }

        if (value is not bool && Numbers.TryGetInt64(value, out var integer) && value is not double and not float and not decimal)
        {
            return integer.ToString(CultureInfo.InvariantCulture);
        }

        if (value is double or float or decimal && Numbers.TryGetInt64(value, out integer))
        {
            return integer.ToString(CultureInfo.InvariantCulture);
        }

        throw new GraphQLException("ID cannot represent value: " + ValueInspector.Inspect(value));
    }

    /// <inheritdoc/>
    public override object ParseValue(object value)
    {
        if (value is string s)
        {
            return s;
        }

        if (value is not bool && Numbers.TryGetInt64(value, out var integer))
        {
            return integer.ToString(CultureInfo.InvariantCulture);
        }

        throw new GraphQLException("ID cannot represent value: " + ValueInspector.Inspect(value));
    }

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new GraphQLException("ID cannot represent a non-string and non-integer value: " + Printer.Print(literal)),
    };

    /// <inheritdoc/>
    public override ValueNode ToLiteral(object value)
    {
        var text = (string)Serialize(value);
        return IsInteger(text) ? new IntValueNode { Value = text } : new StringValueNode { Value = text };
    }

    private static bool IsInteger(string text)
    {
        // graphql-js prints an ID that looks like an integer as an Int literal (/^-?(?:0|[1-9][0-9]*)$/).
        var span = text.AsSpan();
        if (span.StartsWith("-"))
        {
            span = span[1..];
        }

        if (span.Length == 0 || (span[0] == '0' && span.Length > 1))
        {
            return false;
        }

        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
