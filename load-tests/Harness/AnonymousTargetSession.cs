using System.Net;

namespace DigitalPost.LoadTests.Harness;

/// <summary>A session for endpoints that need no authentication; owns a pooled <see cref="HttpClient"/>.</summary>
public sealed class AnonymousTargetSession : ITargetSession
{
    /// <summary>A session on <paramref name="target"/> allowing <paramref name="maxConnections"/> connections and requests of at most <paramref name="requestTimeout"/>.</summary>
    public AnonymousTargetSession(Uri target, int maxConnections, TimeSpan requestTimeout)
    {
        ArgumentNullException.ThrowIfNull(target);
        Target = target;
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(1, maxConnections),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            UseProxy = false,
        };
        Http = new HttpClient(handler) { BaseAddress = target, Timeout = requestTimeout };
    }

    /// <inheritdoc />
    public Uri Target { get; }

    /// <inheritdoc />
    public HttpClient Http { get; }

    /// <inheritdoc />
    public ValueTask AuthorizeAsync(HttpRequestMessage request, string? principal, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Http.Dispose();
        return ValueTask.CompletedTask;
    }
}
