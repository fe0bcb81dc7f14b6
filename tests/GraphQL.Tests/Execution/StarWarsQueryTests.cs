using DigitalPost.GraphQL.Tests.Execution.StarWars;
using static DigitalPost.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace DigitalPost.GraphQL.Tests.Execution;

public sealed class StarWarsQueryTests
{
    private static readonly DigitalPost.GraphQL.Types.Schema Schema = StarWarsSchema.Build();

    [Fact]
    public async Task Hero_name_is_resolved()
    {
        var json = await Schema.ExecuteJsonAsync("query HeroNameQuery { hero { name } }");
        Assert.Equal(Json("{'data':{'hero':{'name':'R2-D2'}}}"), json);
    }

    [Fact]
    public async Task Nested_friends_are_resolved_through_the_interface()
    {
        var json = await Schema.ExecuteJsonAsync("{ hero { id name friends { name } } }");
        Assert.Equal(Json("{'data':{'hero':{'id':'2001','name':'R2-D2','friends':[{'name':'Luke Skywalker'},{'name':'Han Solo'},{'name':'Leia Organa'}]}}}"), json);
    }

    [Fact]
    public async Task Enum_argument_maps_to_the_bound_clr_enum_and_results_serialize_by_name()
    {
        var json = await Schema.ExecuteJsonAsync("{ hero(episode: EMPIRE) { name appearsIn } }");
        Assert.Equal(Json("{'data':{'hero':{'name':'Luke Skywalker','appearsIn':['NEW_HOPE','EMPIRE','JEDI']}}}"), json);
    }

    [Fact]
    public async Task Aliases_and_typename_and_fragments_on_abstract_types()
    {
        var json = await Schema.ExecuteJsonAsync("""
            {
              luke: human(id: "1000") { ...HumanFragment }
              r2: hero { __typename ... on Droid { primaryFunction } }
            }
            fragment HumanFragment on Human { name homePlanet __typename }
            """);
        Assert.Equal(Json("{'data':{'luke':{'name':'Luke Skywalker','homePlanet':'Tatooine','__typename':'Human'},'r2':{'__typename':'Droid','primaryFunction':'Astromech'}}}"), json);
    }

    [Fact]
    public async Task Union_members_are_resolved_by_runtime_type()
    {
        var json = await Schema.ExecuteJsonAsync("{ search(text: \"a\", limit: 3) { __typename ... on Human { name } ... on Droid { name } } }");
        Assert.Equal(Json("{'data':{'search':[{'__typename':'Human','name':'Luke Skywalker'},{'__typename':'Human','name':'Darth Vader'},{'__typename':'Human','name':'Han Solo'}]}}"), json);
    }

    [Fact]
    public async Task Thrown_error_with_code_is_reported_with_path_and_location_and_the_field_is_null()
    {
        var json = await Schema.ExecuteJsonAsync("""
            {
              hero {
                name
                secretBackstory
              }
            }
            """);
        Assert.Equal(Json("{'errors':[{'message':'secretBackstory is secret.','locations':[{'line':4,'column':5}],'path':['hero','secretBackstory'],'extensions':{'code':'FORBIDDEN'}}],'data':{'hero':{'name':'R2-D2','secretBackstory':null}}}"), json);
    }

    [Fact]
    public async Task Error_inside_a_list_reports_the_index_in_the_path()
    {
        var json = await Schema.ExecuteJsonAsync("{ hero { friends { secretBackstory } } }");
        Assert.Contains("\"path\":[\"hero\",\"friends\",0,\"secretBackstory\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"path\":[\"hero\",\"friends\",2,\"secretBackstory\"]", json, StringComparison.Ordinal);
    }
}
