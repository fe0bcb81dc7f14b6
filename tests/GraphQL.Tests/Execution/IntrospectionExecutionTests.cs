using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Tests.Execution.StarWars;
using static DigitalPost.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace DigitalPost.GraphQL.Tests.Execution;

/// <summary>Meta-fields __typename, __type and __schema, and switching introspection off.</summary>
public sealed class IntrospectionExecutionTests
{
    private static readonly DigitalPost.GraphQL.Types.Schema Schema = StarWarsSchema.Build();

    [Fact]
    public async Task Type_meta_field_describes_one_type()
    {
        var json = await Schema.ExecuteJsonAsync("{ __type(name: \"Droid\") { kind name interfaces { name } fields(includeDeprecated: false) { name } } }");
        Assert.Equal(Json("{'data':{'__type':{'kind':'OBJECT','name':'Droid','interfaces':[{'name':'Character'}],'fields':[{'name':'id'},{'name':'name'},{'name':'friends'},{'name':'appearsIn'},{'name':'primaryFunction'}]}}}"), json);
    }

    [Fact]
    public async Task Unknown_type_name_gives_null()
    {
        Assert.Equal(Json("{'data':{'__type':null}}"), await Schema.ExecuteJsonAsync("{ __type(name: \"Nope\") { name } }"));
    }

    [Fact]
    public async Task Typename_works_on_the_root_and_on_unions()
    {
        var json = await Schema.ExecuteJsonAsync("{ __typename search(text: \"R2\") { __typename } }");
        Assert.Equal(Json("{'data':{'__typename':'Query','search':[{'__typename':'Droid'}]}}"), json);
    }

    [Fact]
    public async Task Disabled_introspection_fails_schema_and_type_fields_with_a_clear_error_but_keeps_typename()
    {
        var options = new ExecutionOptions { EnableIntrospection = false };
        var json = await Schema.ExecuteJsonAsync("{ __schema { queryType { name } } }", options: options);
        Assert.Equal(Json("{'errors':[{'message':'Introspection is disabled: the field \\u0022__schema\\u0022 cannot be queried.','locations':[{'line':1,'column':3}],'path':['__schema'],'extensions':{'code':'INTROSPECTION_DISABLED'}}],'data':null}"), json);

        var type = await Schema.ExecuteJsonAsync("{ __type(name: \"Droid\") { name } hero { __typename } }", options: options);
        Assert.Equal(Json("{'errors':[{'message':'Introspection is disabled: the field \\u0022__type\\u0022 cannot be queried.','locations':[{'line':1,'column':3}],'path':['__type'],'extensions':{'code':'INTROSPECTION_DISABLED'}}],'data':{'__type':null,'hero':{'__typename':'Droid'}}}"), type);
    }

    [Fact]
    public async Task Deprecated_fields_and_enum_values_are_hidden_unless_asked_for()
    {
        var json = await Schema.ExecuteJsonAsync("{ __type(name: \"Character\") { fields { name } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }");
        Assert.Contains("\"fields\":[{\"name\":\"id\"},{\"name\":\"name\"},{\"name\":\"friends\"},{\"name\":\"appearsIn\"}]", json, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"secretBackstory\",\"isDeprecated\":true,\"deprecationReason\":\"Secrets are secret.\"}", json, StringComparison.Ordinal);
    }
}
