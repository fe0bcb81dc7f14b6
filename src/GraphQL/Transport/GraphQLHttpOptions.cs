namespace DigitalPost.GraphQL.Transport;

/// <summary>Limits and switches of GraphQL over HTTP.</summary>
public sealed record GraphQLHttpOptions
{
    /// <summary>Whether queries may be sent with GET (mutations never can: 405). Default <c>true</c>.</summary>
    public bool EnableGet { get; init; } = true;

    /// <summary>
    /// Largest POST body in bytes, enforced while reading (a larger <c>Content-Length</c> is refused before
    /// reading): 413 Payload Too Large. Default 1 MiB.
    /// </summary>
    public long MaxRequestBodySize { get; init; } = 1024 * 1024;

    /// <summary>Deepest nesting of the request JSON (body, or GET <c>variables</c>/<c>extensions</c>); deeper: 400. Default 64.</summary>
    public int MaxJsonDepth { get; init; } = 64;

    /// <summary>
    /// Media type of the response when the request has no <c>Accept</c> header. Default
    /// <see cref="GraphQLResponseMediaType.Json"/> (<c>application/json</c>), the legacy behaviour clients
    /// without an <c>Accept</c> header expect and the graphql-http audit checks.
    /// </summary>
    public GraphQLResponseMediaType DefaultResponseMediaType { get; init; } = GraphQLResponseMediaType.Json;

    /// <summary>
    /// Readers for POST bodies other than <c>application/json</c> (e.g. GraphQL multipart requests), asked in order
    /// before the JSON handling; the first that can read a request reads it. Readers registered as
    /// <see cref="IGraphQLHttpRequestReader"/> services are asked after these, so an application part can add one
    /// without access to the endpoint's options. <c>application/json</c> bodies never go to a reader. Default: none.
    /// </summary>
    public IReadOnlyList<IGraphQLHttpRequestReader> RequestReaders { get; init; } = [];
}
