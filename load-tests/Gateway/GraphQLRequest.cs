namespace DigitalPost.LoadTests.Gateway;

/// <summary>A GraphQL request: the document, its variables (JSON-serialisable values) and the operation to run.</summary>
/// <param name="Query">The GraphQL document.</param>
/// <param name="Variables">Variable values, or null.</param>
/// <param name="OperationName">The operation to run when the document holds several, or null.</param>
public sealed record GraphQLRequest(string Query, IReadOnlyDictionary<string, object?>? Variables = null, string? OperationName = null);
