using DigitalPost.GraphQL.Transport;
using DigitalPost.GraphQL.Transport.Http;

namespace DigitalPost.GraphQL.Tests.Transport.Http;

/// <summary>Choosing the response media type from Accept: q-values, specificity, wildcards and charsets.</summary>
public sealed class AcceptNegotiationTests
{
    private const GraphQLResponseMediaType Gql = GraphQLResponseMediaType.GraphQLResponseJson;
    private const GraphQLResponseMediaType Json = GraphQLResponseMediaType.Json;

    [Theory]
    [InlineData("application/graphql-response+json", Gql)]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json; charset=utf-8, application/json; charset=utf-8", Gql)]
    [InlineData("application/json, application/graphql-response+json", Gql)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", Gql)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("text/html, */*;q=0.1", Json)]
    [InlineData("application/graphql-response+json, */*;q=0.8", Gql)]
    [InlineData("application/graphql-response+json; charset=iso-8859-1, application/json", Json)]
    [InlineData("application/graphql-response+json; charset=\"UTF-8\"", Gql)]
    [InlineData("APPLICATION/JSON", Json)]
    [InlineData("*/*, application/graphql-response+json;q=0", Json)]
    public void Chooses_the_highest_quality_most_specific_supported_type(string accept, GraphQLResponseMediaType expected) =>
        Assert.Equal(expected, AcceptNegotiation.Negotiate(accept, Json));

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json;q=0")]
    [InlineData("application/json; charset=latin1")]
    [InlineData("*/*;q=0")]
    public void Nothing_acceptable_gives_no_type(string accept) =>
        Assert.Null(AcceptNegotiation.Negotiate(accept, Json));

    [Theory]
    [InlineData(Json)]
    [InlineData(Gql)]
    public void Missing_or_blank_accept_uses_the_configured_default(GraphQLResponseMediaType fallback)
    {
        Assert.Equal(fallback, AcceptNegotiation.Negotiate(default, fallback));
        Assert.Equal(fallback, AcceptNegotiation.Negotiate("  ", fallback));
    }
}
