namespace DigitalPost.GraphQL.Execution;

/// <summary>
/// The outcome of <see cref="GraphQLExecutor.SubscribeAsync"/>: either a response stream (one
/// <see cref="ExecutionResult"/> per source event) or a single result (a request error, a failed
/// subscribe resolver, or the result of a query or mutation sent through the same path).
/// </summary>
public sealed class SubscriptionResult
{
    private SubscriptionResult(ExecutionResult? single, IAsyncEnumerable<ExecutionResult>? stream)
    {
        Single = single;
        Stream = stream;
    }

    /// <summary>The single result, or <c>null</c> when <see cref="Stream"/> is set.</summary>
    public ExecutionResult? Single { get; }

    /// <summary>The response stream, or <c>null</c>. Disposing its enumerator (or cancelling it) ends the subscription and disposes the source stream.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; }

    /// <summary>Whether this is a stream.</summary>
    public bool IsStream => Stream is not null;

    /// <summary>A single result.</summary>
    public static SubscriptionResult FromResult(ExecutionResult result) => new(result, null);

    /// <summary>A response stream.</summary>
    public static SubscriptionResult FromStream(IAsyncEnumerable<ExecutionResult> stream) => new(null, stream);
}
