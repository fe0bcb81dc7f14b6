using System.Globalization;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types.Scalars;

/// <summary>The built-in <c>String</c> (runtime value <see cref="string"/>).</summary>
public sealed class StringScalar : ScalarType
{
    /// <summary>Creates the scalar.</summary>
    public StringScalar()
        : base("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
    }

    /// <inheritdoc/>
    public override object Serialize(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        char c => c.ToString(),
        Guid g => g.ToString("D"),
        Enum e => e.ToString(),
        double d when double.IsFinite(d) => Numbers.FormatDouble(d),
        float f when float.IsFinite(f) => Numbers.FormatDouble(f),
        IFormattable number when Numbers.TryGetDouble(value, out _) => number.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new GraphQLException("String cannot represent value: " + ValueInspector.Inspect(value)),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value) => value as string
        ?? throw new GraphQLException("String cannot represent a non string value: " + ValueInspector.Inspect(value));

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal) => literal is StringValueNode s
        ? s.Value
        : throw new GraphQLException("String cannot represent a non string value: " + Printer.Print(literal));
}
