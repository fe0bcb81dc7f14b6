namespace DigitalPost.GraphQL.Types;

/// <summary>A list of another type: <c>[T]</c>.</summary>
public sealed class ListType : GraphQLType
{
    /// <summary>Wraps <paramref name="ofType"/> in a list.</summary>
    public ListType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.List;

    /// <inheritdoc/>
    public override string ToString() => "[" + OfType + "]";
}
