using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Tests.Operations;

/// <summary>A small schema with list fields, cost weights and a slow field, for the request pipeline tests.</summary>
internal static class OperationsTestSchema
{
    public const string Sdl = """
        directive @cost(weight: Int!) on FIELD_DEFINITION | OBJECT

        type Query {
          hello: String
          item: Item
          items(first: Int, last: Int): [Item!]! @cost(weight: 2)
          expensive: Int @cost(weight: 50)
          slow: String
        }

        type Mutation {
          touch: Int
        }

        type Item {
          id: ID!
          name: String
          children(first: Int): [Item!]!
          priced: Price
        }

        type Price @cost(weight: 7) {
          amount: Int
        }
        """;

    public static Schema Build(TaskCompletionSource? slowStarted = null) => new SchemaBuilder()
        .AddTypeDefinitions(Sdl)
        .BindResolver("Query", "hello", _ => "world")
        .BindResolver("Query", "item", _ => Item("1"))
        .BindResolver("Query", "items", _ => new[] { Item("1"), Item("2") })
        .BindResolver("Query", "expensive", _ => 1)
        .BindResolver("Query", "slow", async ctx =>
        {
            slowStarted?.TrySetResult();
            await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
            return (object?)"never";
        })
        .BindResolver("Mutation", "touch", _ => 1)
        .Build();

    private static Dictionary<string, object?> Item(string id) => new()
    {
        ["id"] = id,
        ["name"] = "item " + id,
        ["children"] = Array.Empty<object>(),
        ["priced"] = new Dictionary<string, object?> { ["amount"] = 3 },
    };
}
