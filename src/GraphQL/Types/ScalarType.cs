using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types;

/// <summary>
/// A scalar type. Subclass it (or use <see cref="DelegateScalarType"/>) for a custom scalar and
/// register it with <see cref="SchemaBuilder.AddScalar"/>; the SDL must declare <c>scalar Name</c>.
/// Coercion failures throw <see cref="GraphQLException"/> (message as shown to clients).
/// A scalar instance belongs to one schema (the builder sets its description from SDL).
/// </summary>
public abstract class ScalarType : NamedType
{
    /// <summary>Creates the scalar.</summary>
    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification (<c>@specifiedBy</c>), or <c>null</c>.</summary>
    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>
    /// Result coercion: converts a non-null runtime value to what is written to the response:
    /// a <see cref="string"/>, <see cref="bool"/>, <see cref="int"/>, <see cref="long"/>,
    /// <see cref="double"/>, <see cref="decimal"/> or a <see cref="System.Text.Json.JsonElement"/>.
    /// </summary>
    public abstract object Serialize(object value);

    /// <summary>
    /// Input coercion of a non-null variable value (as read from JSON: <see cref="string"/>,
    /// <see cref="bool"/>, <see cref="long"/>, <see cref="double"/>, <see cref="decimal"/>, lists and dictionaries).
    /// </summary>
    public abstract object ParseValue(object value);

    /// <summary>Input coercion of a non-null literal (never a variable).</summary>
    public abstract object ParseLiteral(ValueNode literal);

    /// <summary>
    /// Converts a runtime (coerced) value back to a literal, used to print default values in
    /// introspection and SDL. The default serializes the value and maps the result to a literal.
    /// </summary>
    public virtual ValueNode ToLiteral(object value) => Utilities.ValueLiterals.FromSerialized(Serialize(value), this);
}
