namespace DigitalPost.GraphQL.Language;

/// <summary>Converts between <see cref="DirectiveLocation"/> and its specification name (e.g. <c>FIELD_DEFINITION</c>).</summary>
public static class DirectiveLocationNames
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];

    /// <summary>The specification name of <paramref name="location"/>.</summary>
    public static string ToName(this DirectiveLocation location) => Names[(int)location];

    /// <summary>Looks up a location by its specification name (case-sensitive).</summary>
    public static bool TryParse(string name, out DirectiveLocation location)
    {
        var index = Array.IndexOf(Names, name);
        location = (DirectiveLocation)Math.Max(index, 0);
        return index >= 0;
    }
}
