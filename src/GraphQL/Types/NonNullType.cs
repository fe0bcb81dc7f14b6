namespace DigitalPost.GraphQL.Types;

/// <summary>A non-null wrapper: <c>T!</c>.</summary>
public sealed class NonNullType : GraphQLType
{
    /// <summary>Wraps <paramref name="ofType"/> (which must not itself be non-null).</summary>
    public NonNullType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The wrapped nullable type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.NonNull;

    /// <inheritdoc/>
    public override string ToString() => OfType + "!";
}
