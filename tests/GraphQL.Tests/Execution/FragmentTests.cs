using DigitalPost.GraphQL.Tests.Execution.StarWars;
using static DigitalPost.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace DigitalPost.GraphQL.Tests.Execution;

/// <summary>Spec 6.3.2 CollectFields: fragments, type conditions and field merging.</summary>
public sealed class FragmentTests
{
    private static readonly DigitalPost.GraphQL.Types.Schema Schema = StarWarsSchema.Build();

    [Fact]
    public async Task Fields_from_fragments_merge_in_first_occurrence_order()
    {
        var json = await Schema.ExecuteJsonAsync("""
            { hero { id ...A friends { name } ... on Droid { friends { id } primaryFunction } } }
            fragment A on Character { name id }
            """);
        Assert.Equal(Json("{'data':{'hero':{'id':'2001','name':'R2-D2','friends':[{'name':'Luke Skywalker','id':'1000'},{'name':'Han Solo','id':'1002'},{'name':'Leia Organa','id':'1003'}],'primaryFunction':'Astromech'}}}"), json);
    }

    [Fact]
    public async Task Type_conditions_select_by_runtime_type_in_lists()
    {
        var json = await Schema.ExecuteJsonAsync("""
            { human(id: "1000") { friends { ...H ...D } } }
            fragment H on Human { homePlanet }
            fragment D on Droid { primaryFunction }
            """);
        Assert.Equal(Json("{'data':{'human':{'friends':[{'homePlanet':null},{'homePlanet':'Alderaan'},{'primaryFunction':'Protocol'},{'primaryFunction':'Astromech'}]}}}"), json);
    }

    [Fact]
    public async Task A_fragment_spread_twice_is_collected_once()
    {
        var json = await Schema.ExecuteJsonAsync("{ hero { ...N ...N } } fragment N on Character { name }");
        Assert.Equal(Json("{'data':{'hero':{'name':'R2-D2'}}}"), json);
    }

    [Fact]
    public async Task Inline_fragment_without_type_condition_applies()
    {
        var json = await Schema.ExecuteJsonAsync("{ hero { ... { name } } }");
        Assert.Equal(Json("{'data':{'hero':{'name':'R2-D2'}}}"), json);
    }
}
