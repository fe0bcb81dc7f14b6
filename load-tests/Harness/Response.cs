namespace DigitalPost.LoadTests.Harness;

/// <summary>The outcome of one scenario iteration or step: OK with a status code and size, or a failure of a kind.</summary>
/// <param name="IsOk">Whether the call succeeded.</param>
/// <param name="StatusCode">The protocol status (HTTP status code), or 0 when there was none.</param>
/// <param name="SizeBytes">Bytes received (and sent, when the scenario counts them).</param>
/// <param name="ErrorKind">A short, low-cardinality kind errors are grouped by (e.g. <c>http-503</c>, <c>timeout</c>).</param>
/// <param name="Message">A human-readable detail; one sample per kind ends up in the report.</param>
public sealed record Response(bool IsOk, int StatusCode, long SizeBytes, string? ErrorKind, string? Message)
{
    /// <summary>A successful call.</summary>
    public static Response Ok(int statusCode = 200, long sizeBytes = 0) => new(true, statusCode, sizeBytes, null, null);

    /// <summary>A failed call; <paramref name="kind"/> groups it in the report.</summary>
    public static Response Fail(string kind, string? message = null, int statusCode = 0, long sizeBytes = 0) =>
        new(false, statusCode, sizeBytes, kind, message);
}
