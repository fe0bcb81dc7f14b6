using DigitalPost.GraphQL.Types;
using static DigitalPost.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace DigitalPost.GraphQL.Tests.Execution;

/// <summary>Spec 6.4.4 Handling Field Errors: errors propagate to the nearest nullable parent.</summary>
public sealed class NullPropagationTests
{
    private static readonly Schema Schema = new SchemaBuilder()
        .AddTypeDefinitions("""
            type Query {
              nullable: Node
              nonNull: Node!
              list: [Node]
              listOfNonNull: [Node!]
              nonNullListOfNonNull: [Node!]!
            }
            type Node {
              value: String
              nonNullValue: String!
              failing: String
              nonNullFailing: String!
              child: Node
              nonNullChild: Node!
            }
            """)
        .BindResolver("Query", "nullable", _ => new Node())
        .BindResolver("Query", "nonNull", _ => new Node())
        .BindResolver("Query", "list", _ => new[] { new Node(), null, new Node { Value = null } })
        .BindResolver("Query", "listOfNonNull", _ => new[] { new Node(), null })
        .BindResolver("Query", "nonNullListOfNonNull", _ => new[] { new Node(), null })
        .BindResolver("Node", "failing", _ => throw new InvalidOperationException("boom"))
        .BindResolver("Node", "nonNullFailing", _ => throw new InvalidOperationException("boom"))
        .BindResolver("Node", "child", _ => new Node())
        .BindResolver("Node", "nonNullChild", _ => new Node())
        .Build();

    [Fact]
    public async Task Error_in_nullable_field_nulls_only_that_field()
    {
        var json = await Schema.ExecuteJsonAsync("{ nullable { value failing } }");
        Assert.Equal(Json("{'errors':[{'message':'Unexpected error.','locations':[{'line':1,'column':20}],'path':['nullable','failing'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'nullable':{'value':'v','failing':null}}}"), json);
    }

    [Fact]
    public async Task Null_in_non_null_field_nulls_the_nearest_nullable_parent_with_one_error()
    {
        var json = await Schema.ExecuteJsonAsync("{ nullable { value nonNullValue } }");
        Assert.Equal(Json("{'errors':[{'message':'Cannot return null for non-nullable field Node.nonNullValue.','locations':[{'line':1,'column':20}],'path':['nullable','nonNullValue']}],'data':{'nullable':null}}"), json);
    }

    [Fact]
    public async Task Error_propagates_through_a_chain_of_non_null_fields()
    {
        var json = await Schema.ExecuteJsonAsync("{ nullable { child { nonNullChild { nonNullChild { nonNullFailing } } } } }");
        Assert.Equal(Json("{'errors':[{'message':'Unexpected error.','locations':[{'line':1,'column':52}],'path':['nullable','child','nonNullChild','nonNullChild','nonNullFailing'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'nullable':{'child':null}}}"), json);
    }

    [Fact]
    public async Task Non_null_chain_up_to_the_root_nulls_data()
    {
        var json = await Schema.ExecuteJsonAsync("{ nonNull { nonNullFailing } nullable { value } }");
        Assert.Equal(Json("{'errors':[{'message':'Unexpected error.','locations':[{'line':1,'column':13}],'path':['nonNull','nonNullFailing'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':null}"), json);
    }

    [Fact]
    public async Task Null_item_in_a_list_of_nullable_items_stays_null()
    {
        var json = await Schema.ExecuteJsonAsync("{ list { value } }");
        Assert.Equal(Json("{'data':{'list':[{'value':'v'},null,{'value':null}]}}"), json);
    }

    [Fact]
    public async Task Null_item_in_a_list_of_non_null_items_nulls_the_list()
    {
        var json = await Schema.ExecuteJsonAsync("{ listOfNonNull { value } }");
        Assert.Equal(Json("{'errors':[{'message':'Cannot return null for non-nullable field Query.listOfNonNull.','locations':[{'line':1,'column':3}],'path':['listOfNonNull',1]}],'data':{'listOfNonNull':null}}"), json);
    }

    [Fact]
    public async Task Null_item_in_a_non_null_list_of_non_null_items_nulls_the_parent()
    {
        var json = await Schema.ExecuteJsonAsync("{ nonNullListOfNonNull { value } }");
        Assert.Equal(Json("{'errors':[{'message':'Cannot return null for non-nullable field Query.nonNullListOfNonNull.','locations':[{'line':1,'column':3}],'path':['nonNullListOfNonNull',1]}],'data':null}"), json);
    }

    [Fact]
    public async Task Sibling_fields_still_resolve_and_report_their_own_errors()
    {
        var json = await Schema.ExecuteJsonAsync("{ a: nullable { nonNullFailing } b: nullable { failing value } }");
        Assert.Equal(Json("{'errors':[{'message':'Unexpected error.','locations':[{'line':1,'column':17}],'path':['a','nonNullFailing'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}},{'message':'Unexpected error.','locations':[{'line':1,'column':48}],'path':['b','failing'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'a':null,'b':{'failing':null,'value':'v'}}}"), json);
    }

    private sealed class Node
    {
        public string? Value { get; init; } = "v";

        public string? NonNullValue => null;
    }
}
