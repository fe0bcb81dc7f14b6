using System.Text.Json;
using DigitalPost.LoadTests.Gateway;

namespace DigitalPost.LoadTests.Tests.Gateway;

public sealed class GraphQLResultTests
{
    [Theory]
    [InlineData("""{"data":{"a":1}}""", true, null)]
    [InlineData("""{"data":{"a":null},"errors":[{"message":"nope","path":["a"],"extensions":{"code":"FORBIDDEN"}}]}""", false, "graphql-FORBIDDEN")]
    [InlineData("""{"errors":[{"message":"bad"}]}""", false, "graphql-error")]
    [InlineData("""{"data":null}""", false, "graphql-no-data")]
    [InlineData("""[1]""", false, "graphql-not-an-object")]
    public void A_body_is_ok_only_with_data_and_no_errors(string body, bool ok, string? kind)
    {
        using var document = JsonDocument.Parse(body);

        var response = GraphQLResult.Judge(document.RootElement, 200, body.Length);

        Assert.Equal((ok, kind), (response.IsOk, response.ErrorKind));
    }

    [Fact]
    public void The_first_errors_message_and_path_are_the_sample()
    {
        using var document = JsonDocument.Parse("""{"errors":[{"message":"Det findes ikke","path":["message"]},{"message":"second"}]}""");

        var response = GraphQLResult.Judge(document.RootElement, 200, 0);

        Assert.Equal("Det findes ikke at [\"message\"]", response.Message);
    }

    [Fact]
    public void Requests_serialise_query_operation_and_variables()
    {
        var json = System.Text.Encoding.UTF8.GetString(GraphQLHttpClient.Serialize(new GraphQLRequest("query Q($id: ID!) { a }", new Dictionary<string, object?> { ["id"] = "x", ["n"] = 2 }, "Q")));

        Assert.Equal("""{"query":"query Q($id: ID!) { a }","operationName":"Q","variables":{"id":"x","n":2}}""", json);
    }
}
