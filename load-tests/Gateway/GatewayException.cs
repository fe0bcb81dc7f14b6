namespace DigitalPost.LoadTests.Gateway;

/// <summary>
/// The gateway answered something a scenario cannot go on with (a refused login, a GraphQL error during set-up, a
/// bulk API refusal). <see cref="Kind"/> is the low-cardinality error kind the reports group by.
/// </summary>
public sealed class GatewayException : Exception
{
    /// <summary>An error of <paramref name="kind"/>.</summary>
    public GatewayException(string kind, string message)
        : base(message)
    {
        Kind = kind;
    }

    /// <summary>Needed by the exception conventions; prefer the kind-taking constructor.</summary>
    public GatewayException()
        : this("gateway", "The gateway refused the request.")
    {
    }

    /// <summary>Needed by the exception conventions; prefer the kind-taking constructor.</summary>
    public GatewayException(string message)
        : this("gateway", message)
    {
    }

    /// <summary>Needed by the exception conventions; prefer the kind-taking constructor.</summary>
    public GatewayException(string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = "gateway";
    }

    /// <summary>The error kind (e.g. <c>graphql-NOT_FOUND</c>, <c>http-503</c>).</summary>
    public string Kind { get; } = "gateway";
}
