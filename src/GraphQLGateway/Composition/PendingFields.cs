using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQLGateway.Composition;

/// <summary>
/// Session scaffolding while the gateway's parts are written in parallel: binds a part's root
/// fields to an error (code NOT_IMPLEMENTED) so the whole schema builds before every part is done.
/// Each part removes its call when it binds its real resolvers; nothing may call this at a release.
/// </summary>
internal static class PendingFields
{
    public static void Bind(SchemaBuilder schema, string typeName, params string[] fieldNames)
    {
        foreach (var field in fieldNames)
        {
            if (typeName == "Subscription")
            {
                schema.BindSubscription(typeName, field, _ => throw Pending(typeName, field));
            }
            else
            {
                schema.BindResolver(typeName, field, _ => throw Pending(typeName, field));
            }
        }
    }

    /// <summary>The Upload scalar until the uploads are written: literals and plain variables are refused.</summary>
    public static void BindUploadScalar(SchemaBuilder schema) =>
        schema.AddScalar(new DelegateScalarType(
            "Upload",
            _ => throw new GraphQLException("Upload values cannot be returned.", "NOT_IMPLEMENTED"),
            _ => throw new GraphQLException("Uploads are not implemented yet.", "NOT_IMPLEMENTED"),
            _ => throw new GraphQLException("Uploads are not implemented yet.", "NOT_IMPLEMENTED")));

    private static GraphQLException Pending(string typeName, string field) =>
        new($"{typeName}.{field} is not implemented yet.", "NOT_IMPLEMENTED");
}
