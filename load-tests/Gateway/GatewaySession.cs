using System.Net;
using System.Net.Http.Headers;
using DigitalPost.LoadTests.Harness;

namespace DigitalPost.LoadTests.Gateway;

/// <summary>
/// The Digital Post gateway as the scenarios reach it: a pooled <see cref="HttpClient"/>, development-token logins
/// cached per principal, GraphQL over HTTP (<see cref="GraphQL"/>), the bulk API (<see cref="MassSends"/>) and
/// graphql-transport-ws connections (<see cref="ConnectWebSocketAsync"/>). The principal passed to
/// <see cref="AuthorizeAsync"/> is a <see cref="GatewayPrincipal"/> in its <c>subject@platform</c> form.
/// </summary>
public sealed class GatewaySession : ITargetSession
{
    private readonly TimeSpan _requestTimeout;

    /// <summary>A session on <paramref name="target"/> with at most <paramref name="maxConnections"/> HTTP connections.</summary>
    public GatewaySession(Uri target, int maxConnections, TimeSpan requestTimeout, string graphQLPath = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(target);
        Target = target;
        _requestTimeout = requestTimeout;
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(1, maxConnections),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            UseProxy = false,
        };
        Http = new HttpClient(handler) { BaseAddress = target, Timeout = requestTimeout };
        Tokens = new DevTokenClient(Http, target);
        GraphQLPath = graphQLPath;
        GraphQL = new GraphQLHttpClient(this, new Uri(target, graphQLPath));
        MassSends = new MassSendClient(this);
    }

    /// <inheritdoc />
    public Uri Target { get; }

    /// <inheritdoc />
    public HttpClient Http { get; }

    /// <summary>The development-token logins, cached.</summary>
    public DevTokenClient Tokens { get; }

    /// <summary>The path of the GraphQL endpoint (HTTP and WebSocket).</summary>
    public string GraphQLPath { get; }

    /// <summary>GraphQL over HTTP.</summary>
    public GraphQLHttpClient GraphQL { get; }

    /// <summary>The bulk API for mass sends.</summary>
    public MassSendClient MassSends { get; }

    /// <inheritdoc />
    public async ValueTask AuthorizeAsync(HttpRequestMessage request, string? principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (principal is null)
        {
            return;
        }

        var token = await Tokens.GetTokenAsync(GatewayPrincipal.Parse(principal), cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>Opens a graphql-transport-ws connection as <paramref name="principal"/> (token in the connection_init payload).</summary>
    public async Task<GraphQLWebSocketClient> ConnectWebSocketAsync(GatewayPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var token = await Tokens.GetTokenAsync(principal, cancellationToken).ConfigureAwait(false);
        var uri = GraphQLWebSocketClient.WebSocketUri(Target, GraphQLPath);
        return await GraphQLWebSocketClient.ConnectAsync(uri, token, _requestTimeout, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Http.Dispose();
        return ValueTask.CompletedTask;
    }
}
