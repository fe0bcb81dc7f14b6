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

    [Theory]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", Gql)]
    [InlineData("text/html", null)]
    public void A_remembered_accept_value_gets_the_same_answer_every_time(string accept, GraphQLResponseMediaType? expected)
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(expected, AcceptNegotiation.Negotiate(accept, Gql));
        }
    }

    [Fact]
    public void Remembered_answers_do_not_depend_on_the_default_for_a_missing_header()
    {
        Assert.Equal(Json, AcceptNegotiation.Negotiate("*/*", Gql));
        Assert.Equal(Json, AcceptNegotiation.Negotiate("*/*", Json));
        Assert.Equal(Gql, AcceptNegotiation.Negotiate(default, Gql));
    }

    [Fact]
    public void Many_distinct_accept_values_are_all_still_negotiated()
    {
        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(Gql, AcceptNegotiation.Negotiate($"application/graphql-response+json, text/x-{i};q=0.1", Json));
            Assert.Null(AcceptNegotiation.Negotiate($"text/x-{i}", Json));
        }
    }

    [Fact]
    public void Several_accept_header_lines_are_negotiated_together()
    {
        Assert.Equal(Gql, AcceptNegotiation.Negotiate(new Microsoft.Extensions.Primitives.StringValues(["text/html", "application/graphql-response+json"]), Json));
        Assert.Null(AcceptNegotiation.Negotiate(new Microsoft.Extensions.Primitives.StringValues(["text/html", "text/plain"]), Json));
    }

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("APPLICATION/JSON; CHARSET=UTF-8", true)]
    [InlineData("application/json;charset=utf-8", true)]
    [InlineData("application/json; charset=iso-8859-1", false)]
    [InlineData("application/json ; charset=utf-8", false)]
    [InlineData("application/jsonx", false)]
    public void Only_exact_spellings_of_json_skip_the_content_type_parser(string contentType, bool plain) =>
        Assert.Equal(plain, AcceptNegotiation.IsPlainJsonContentType(contentType));
}
