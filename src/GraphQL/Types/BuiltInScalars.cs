using DigitalPost.GraphQL.Types.Scalars;

namespace DigitalPost.GraphQL.Types;

/// <summary>
/// The scalars the engine knows: the specification's five (<c>Int</c>, <c>Float</c>, <c>String</c>,
/// <c>Boolean</c>, <c>ID</c>), always available, and the shipped custom ones (<c>DateTime</c>,
/// <c>Date</c>, <c>UUID</c>, <c>Long</c>, <c>Base64</c>), used when the SDL declares a scalar of that
/// name and no other implementation was registered.
/// </summary>
public static class BuiltInScalars
{
    /// <summary>The names of the specification's scalars.</summary>
    public static IReadOnlyList<string> SpecifiedNames { get; } = ["String", "Int", "Float", "Boolean", "ID"];

    /// <summary>Whether <paramref name="name"/> is one of the specification's scalars.</summary>
    public static bool IsSpecified(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";

    /// <summary>Creates a fresh instance of the built-in or shipped scalar called <paramref name="name"/>, or <c>null</c>.</summary>
    public static ScalarType? Create(string name) => name switch
    {
        "Int" => new IntScalar(),
        "Float" => new FloatScalar(),
        "String" => new StringScalar(),
        "Boolean" => new BooleanScalar(),
        "ID" => new IdScalar(),
        "DateTime" => new DateTimeScalar(),
        "Date" => new DateScalar(),
        "UUID" => new UuidScalar(),
        "Long" => new LongScalar(),
        "Base64" => new Base64Scalar(),
        _ => null,
    };
}
