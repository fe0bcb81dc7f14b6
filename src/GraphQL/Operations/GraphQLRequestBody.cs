namespace DigitalPost.GraphQL.Operations;

/// <summary>
/// A GraphQL request as a transport received it (GraphQL over HTTP body or query parameters, or a
/// graphql-transport-ws <c>subscribe</c> payload), before any lookup, parsing or validation.
/// </summary>
public sealed record GraphQLRequestBody
{
    /// <summary>The document text, or <c>null</c> when the request names a persisted document only.</summary>
    public string? Query { get; init; }

    /// <summary>The operation to run; required when the document has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// The raw variables: CLR values or <see cref="System.Text.Json.JsonElement"/>s, as
    /// <see cref="Execution.ExecutionRequest.Variables"/> accepts them.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>
    /// The request's <c>extensions</c>. <c>extensions.persistedQuery.sha256Hash</c> (Apollo's
    /// convention) names a persisted document like <see cref="DocumentId"/> does.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A persisted document id, <c>sha256:&lt;64 hex digits&gt;</c> (GraphQL over HTTP persisted documents).</summary>
    public string? DocumentId { get; init; }
}
