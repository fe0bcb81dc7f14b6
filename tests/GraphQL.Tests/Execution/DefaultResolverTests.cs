using DigitalPost.GraphQL.Types;
using static DigitalPost.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace DigitalPost.GraphQL.Tests.Execution;

/// <summary>Fields without resolvers read the parent value (dictionary key or property).</summary>
public sealed class DefaultResolverTests
{
    private sealed record Profile(string DisplayName, int Age);

    [Fact]
    public async Task Properties_are_read_case_insensitively_and_dictionaries_by_key()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { profile: Profile map: Profile } type Profile { displayName: String age: Int missing: String }")
            .BindResolver("Query", "profile", _ => new Profile("Ada", 36))
            .BindResolver("Query", "map", _ => new Dictionary<string, object?> { ["displayName"] = "Bo", ["age"] = 7 })
            .Build();
        var json = await schema.ExecuteJsonAsync("{ profile { displayName age missing } map { displayName age missing } }");
        Assert.Equal(Json("{'data':{'profile':{'displayName':'Ada','age':36,'missing':null},'map':{'displayName':'Bo','age':7,'missing':null}}}"), json);
    }

    [Fact]
    public async Task Resolver_returning_a_task_is_awaited()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { later: Profile }")
            .AddTypeDefinitions("type Profile { displayName: String }")
            .BindResolver("Query", "later", _ => LoadAsync())
            .Build();
        Assert.Equal(Json("{'data':{'later':{'displayName':'Later'}}}"), await schema.ExecuteJsonAsync("{ later { displayName } }"));

        static async Task<Profile> LoadAsync()
        {
            await Task.Yield();
            return new Profile("Later", 1);
        }
    }
}
