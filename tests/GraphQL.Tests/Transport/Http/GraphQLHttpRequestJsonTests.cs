using System.Text;
using System.Text.Json;
using DigitalPost.GraphQL.Transport;

namespace DigitalPost.GraphQL.Tests.Transport.Http;

/// <summary>Parsing a request object for custom readers follows the JSON body rules.</summary>
public sealed class GraphQLHttpRequestJsonTests
{
    [Fact]
    public async Task A_request_object_gives_its_parameters_and_owns_the_parsed_json()
    {
        var result = GraphQLHttpRequestJson.Parse(Encoding.UTF8.GetBytes("""{"query":"query Q($a: Int) { add(a: $a, b: 1) }","operationName":"Q","variables":{"a":2}}"""), 64);

        Assert.False(result.IsRefused);
        Assert.Equal("Q", result.Body!.OperationName);
        Assert.Equal(2, ((JsonElement)result.Body.Variables!["a"]!).GetInt32());
        Assert.Single(result.Resources);
        foreach (var resource in result.Resources)
        {
            await resource.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("[1]", "The request body must be a JSON object")]
    [InlineData("{\"query\": 1}", "The 'query' parameter")]
    [InlineData("{\"query\": \"{ a }\", \"variables\": []}", "The 'variables' parameter")]
    [InlineData("{", "The request body is not valid JSON")]
    public void A_malformed_request_object_is_refused_with_400(string json, string messageStart)
    {
        var result = GraphQLHttpRequestJson.Parse(Encoding.UTF8.GetBytes(json), 64);

        Assert.True(result.IsRefused);
        Assert.Equal(400, result.StatusCode);
        Assert.Equal("BAD_REQUEST", result.Code);
        Assert.StartsWith(messageStart, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_refused()
    {
        var result = GraphQLHttpRequestJson.Parse(new byte[] { (byte)'{', 0xC3, (byte)'}' }, 64);

        Assert.True(result.IsRefused);
        Assert.Equal("The request JSON is not valid UTF-8.", result.Message);
    }
}
