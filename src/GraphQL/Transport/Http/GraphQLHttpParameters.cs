namespace DigitalPost.GraphQL.Transport.Http;

/// <summary>The parameters of a well-formed GraphQL-over-HTTP request (JSON values stay <see cref="System.Text.Json.JsonElement"/>s).</summary>
internal sealed record GraphQLHttpParameters(
    string? Query,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions,
    string? DocumentId);
