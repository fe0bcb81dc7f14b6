using System.Globalization;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Float</c>: an IEEE 754 double (runtime value <see cref="double"/>).</summary>
public sealed class FloatScalar : ScalarType
{
    /// <summary>Creates the scalar.</summary>
    public FloatScalar()
        : base("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
    }

    /// <inheritdoc/>
    public override object Serialize(object value)
    {
        double number;
        switch (value)
        {
            case double d:
                number = d;
                break;
            case bool b:
                return b ? 1d : 0d;
            case string s when s.Trim().Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                number = parsed;
                break;
            default:
                if (!Numbers.TryGetDouble(value, out number))
                {
                    throw new GraphQLException("Float cannot represent non numeric value: " + ValueInspector.Inspect(value));
                }

                break;
        }

        if (!double.IsFinite(number))
        {
            throw new GraphQLException("Float cannot represent non numeric value: " + ValueInspector.Inspect(value));
        }

        return number;
    }

    /// <inheritdoc/>
    public override object ParseValue(object value)
    {
        if (value is not bool && Numbers.TryGetDouble(value, out var number) && double.IsFinite(number))
        {
            return number;
        }

        throw new GraphQLException("Float cannot represent non numeric value: " + ValueInspector.Inspect(value));
    }

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
    {
        var text = literal switch
        {
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => throw new GraphQLException("Float cannot represent non numeric value: " + Printer.Print(literal)),
        };
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
