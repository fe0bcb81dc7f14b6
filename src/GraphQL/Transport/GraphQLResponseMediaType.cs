namespace DigitalPost.GraphQL.Transport;

/// <summary>The media types a GraphQL response is served in over HTTP.</summary>
public enum GraphQLResponseMediaType
{
    /// <summary><c>application/graphql-response+json</c>: request errors get 4xx status codes.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c> (legacy): every well-formed request gets 200.</summary>
    Json,
}
