using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQLGateway.Composition;

/// <summary>Builds the served schema: every fragment of <see cref="GatewaySchemaSource"/> with every part's resolvers.</summary>
public static class GatewaySchemaFactory
{
    /// <summary>The schema of <paramref name="parts"/> (normally <see cref="GatewayParts.Create"/>).</summary>
    public static Schema Build(IReadOnlyList<IGatewayPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var builder = new SchemaBuilder();
        foreach (var fragment in GatewaySchemaSource.LoadFragments())
        {
            builder.AddTypeDefinitions(fragment);
        }

        foreach (var part in parts)
        {
            part.Bind(builder);
        }

        return builder.Build();
    }
}
