namespace DigitalPost.GraphQL.Execution;

/// <summary>An entry of the response's <c>errors</c> list.</summary>
public sealed record GraphQLError
{
    /// <summary>Creates an error with a message.</summary>
    public GraphQLError(string message)
    {
        Message = message;
    }

    /// <summary>The client-facing message.</summary>
    public string Message { get; init; }

    /// <summary>Locations in the document, or <c>null</c>.</summary>
    public IReadOnlyList<ErrorLocation>? Locations { get; init; }

    /// <summary>The response path (field names and list indexes) of a field error, or <c>null</c>.</summary>
    public IReadOnlyList<object>? Path { get; init; }

    /// <summary>The <c>extensions</c> map (with <c>code</c>), or <c>null</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The exception behind the error, for logging; never serialized.</summary>
    public Exception? Exception { get; init; }

    /// <summary>The <c>extensions.code</c>, or <c>null</c>.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>Creates an error with a code.</summary>
    public static GraphQLError WithCode(string message, string code, IReadOnlyList<ErrorLocation>? locations = null) =>
        new(message) { Locations = locations, Extensions = new Dictionary<string, object?>(1) { ["code"] = code } };
}
