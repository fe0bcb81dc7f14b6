using System.Globalization;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Int</c>: a signed 32-bit integer (runtime value <see cref="int"/>).</summary>
public sealed class IntScalar : ScalarType
{
    /// <summary>Creates the scalar.</summary>
    public IntScalar()
        : base("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
    }

    /// <inheritdoc/>
    public override object Serialize(object value)
    {
        switch (value)
        {
            case int i:
                return BoxedValues.Box(i);
            case bool b:
                return BoxedValues.Box(b ? 1 : 0);
            case string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && s.Trim().Length > 0:
                return FromNumber(parsed, value);
        }

        if (Numbers.TryGetDouble(value, out var number))
        {
            return FromNumber(number, value);
        }

        throw new GraphQLException("Int cannot represent non-integer value: " + ValueInspector.Inspect(value));
    }

    /// <inheritdoc/>
    public override object ParseValue(object value)
    {
        if (value is not bool && Numbers.TryGetDouble(value, out var number))
        {
            if (Math.Floor(number) != number || double.IsInfinity(number))
            {
                throw new GraphQLException("Int cannot represent non-integer value: " + ValueInspector.Inspect(value));
            }

            if (number > int.MaxValue || number < int.MinValue)
            {
                throw new GraphQLException("Int cannot represent non 32-bit signed integer value: " + ValueInspector.Inspect(value));
            }

            return BoxedValues.Box((int)number);
        }

        throw new GraphQLException("Int cannot represent non-integer value: " + ValueInspector.Inspect(value));
    }

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode intValue)
        {
            throw new GraphQLException("Int cannot represent non-integer value: " + Printer.Print(literal));
        }

        if (!int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new GraphQLException("Int cannot represent non 32-bit signed integer value: " + intValue.Value);
        }

        return BoxedValues.Box(result);
    }

    private static object FromNumber(double number, object original)
    {
        if (Math.Floor(number) != number || double.IsInfinity(number) || double.IsNaN(number))
        {
            throw new GraphQLException("Int cannot represent non-integer value: " + ValueInspector.Inspect(original));
        }

        if (number > int.MaxValue || number < int.MinValue)
        {
            throw new GraphQLException("Int cannot represent non 32-bit signed integer value: " + ValueInspector.Inspect(original));
        }

        return BoxedValues.Box((int)number);
    }
}
