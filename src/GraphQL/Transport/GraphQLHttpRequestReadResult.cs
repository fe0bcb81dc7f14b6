using DigitalPost.GraphQL.Operations;

namespace DigitalPost.GraphQL.Transport;

/// <summary>What an <see cref="IGraphQLHttpRequestReader"/> read: the request parameters, or why the request is refused.</summary>
public sealed class GraphQLHttpRequestReadResult
{
    private GraphQLHttpRequestReadResult(GraphQLRequestBody? body, int statusCode, string? message, string? code, IReadOnlyList<IAsyncDisposable> resources)
    {
        Body = body;
        StatusCode = statusCode;
        Message = message;
        Code = code;
        Resources = resources;
    }

    /// <summary>The request parameters; <c>null</c> when refused.</summary>
    public GraphQLRequestBody? Body { get; }

    /// <summary>The HTTP status of a refusal (4xx); 200 on success.</summary>
    public int StatusCode { get; }

    /// <summary>The refusal's error message; <c>null</c> on success.</summary>
    public string? Message { get; }

    /// <summary>The refusal's <c>extensions.code</c>; <c>null</c> on success.</summary>
    public string? Code { get; }

    /// <summary>What to dispose after the response was written (also after a refusal): temporary files, JSON documents.</summary>
    public IReadOnlyList<IAsyncDisposable> Resources { get; }

    /// <summary>Whether the request was refused.</summary>
    public bool IsRefused => Body is null;

    /// <summary>A well-formed request; <paramref name="resources"/> live until the response is written.</summary>
    public static GraphQLHttpRequestReadResult Success(GraphQLRequestBody body, params IAsyncDisposable[] resources)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new(body, 200, null, null, resources ?? []);
    }

    /// <summary>
    /// A request that is not well-formed or too large: answered with <paramref name="statusCode"/> (4xx) and one error
    /// (<paramref name="message"/>, <c>extensions.code</c> <paramref name="code"/>) without executing anything.
    /// </summary>
    public static GraphQLHttpRequestReadResult Refused(int statusCode, string message, string code, params IAsyncDisposable[] resources)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 499);
        ArgumentException.ThrowIfNullOrEmpty(message);
        ArgumentException.ThrowIfNullOrEmpty(code);
        return new(null, statusCode, message, code, resources ?? []);
    }
}
