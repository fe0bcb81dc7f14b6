using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Tests.Conformance;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Tests.Introspection;

/// <summary>The SDL files of Introspection/Schemas and a builder that binds placeholder resolvers to their root fields.</summary>
internal static class ConformanceSchemas
{
    public static string Directory => Path.Combine(ConformanceDirectory.Path, "..", "Introspection", "Schemas");

    public static IEnumerable<(string Name, string Sdl)> Load() =>
        System.IO.Directory.GetFiles(Directory, "*.graphql").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)));

    /// <summary>Builds <paramref name="sdl"/>, binding resolvers that return null to every root field.</summary>
    public static Schema Build(string sdl)
    {
        var document = Parser.Parse(sdl);
        var builder = new SchemaBuilder().AddTypeDefinitions(document);
        var roots = new Dictionary<OperationType, string>
        {
            [OperationType.Query] = "Query",
            [OperationType.Mutation] = "Mutation",
            [OperationType.Subscription] = "Subscription",
        };
        foreach (var definition in document.Definitions.OfType<SchemaDefinitionNode>())
        {
            foreach (var operationType in definition.OperationTypes)
            {
                roots[operationType.Operation] = operationType.Type.Name.Value;
            }
        }

        foreach (var type in document.Definitions.OfType<ObjectTypeDefinitionNode>())
        {
            var operation = roots.FirstOrDefault(r => r.Value == type.Name.Value);
            if (operation.Value is null)
            {
                continue;
            }

            foreach (var field in type.Fields)
            {
                if (operation.Key == OperationType.Subscription)
                {
                    builder.BindSubscription(type.Name.Value, field.Name.Value, _ => AsyncEnumerable.Empty<object?>());
                }
                else
                {
                    builder.BindResolver(type.Name.Value, field.Name.Value, _ => null);
                }
            }
        }

        return builder.Build();
    }

    public static async Task<string> IntrospectAsync(Schema schema, string query)
    {
        var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = query });
        return result.ToJson();
    }
}
