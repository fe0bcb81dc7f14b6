using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Boolean</c> (runtime value <see cref="bool"/>).</summary>
public sealed class BooleanScalar : ScalarType
{
    /// <summary>Creates the scalar.</summary>
    public BooleanScalar()
        : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
    }

    /// <inheritdoc/>
    public override object Serialize(object value)
    {
        if (value is bool b)
        {
            return BoxedValues.Box(b);
        }

        if (Numbers.TryGetDouble(value, out var number) && double.IsFinite(number))
        {
            return BoxedValues.Box(number != 0);
        }

        throw new GraphQLException("Boolean cannot represent a non boolean value: " + ValueInspector.Inspect(value));
    }

    /// <inheritdoc/>
    public override object ParseValue(object value) => value is bool b
        ? BoxedValues.Box(b)
        : throw new GraphQLException("Boolean cannot represent a non boolean value: " + ValueInspector.Inspect(value));

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal) => literal is BooleanValueNode b
        ? BoxedValues.Box(b.Value)
        : throw new GraphQLException("Boolean cannot represent a non boolean value: " + Printer.Print(literal));
}
