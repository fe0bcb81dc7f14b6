using DigitalPost.GraphQL.Transport;
using DigitalPost.GraphQLGateway.Authentication;
using DigitalPost.GraphQLGateway.Authentication.Development;
using DigitalPost.GraphQLGateway.Ide;
using DigitalPost.GraphQLGateway.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Hosting;

/// <summary>Maps the gateway added by <see cref="GatewayServiceCollectionExtensions.AddDigitalPostGateway"/>: see docs/gateway.md.</summary>
public static class GatewayEndpointRouteBuilderExtensions
{
    /// <summary>The GraphQL endpoint's path.</summary>
    public const string GraphQLPath = "/graphql";

    /// <summary>
    /// WebSockets, the IDE page (<c>GET /graphql</c> from a browser), authentication (a bad token is a 401), <c>GET
    /// /graphql?sdl</c>, <c>POST /auth/dev-token</c> (Development only), <c>/graphql</c> over HTTP and graphql-transport-ws
    /// (connection_init authentication, the viewer as each operation's context), <c>/metrics</c>, and every part's endpoints.
    /// Builds the schema now, so a binding error stops start-up instead of the first request.
    /// </summary>
    public static WebApplication MapDigitalPostGateway(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var composition = app.Services.GetRequiredService<GatewayComposition>();
        _ = composition.Schema;
        var options = composition.Options;

        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        app.UseGatewayIde();
        app.UseGatewayAuthentication();
        ResponseCache.ResponseCacheServiceCollectionExtensions.UseGatewayResponseCache(app);
        app.Use((context, next) =>
        {
            if (context.Request.Path.Equals(GraphQLPath, StringComparison.Ordinal) && GatewaySdl.IsSdlRequest(context.Request))
            {
                if (!composition.SdlEnabled)
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                }

                return GatewaySdl.WriteAsync(context, composition.Sdl);
            }

            return next(context);
        });

        app.MapDevTokenEndpoint();
        var connectionInit = app.Services.GetRequiredService<GatewayConnectionInitAuthenticator>();
        var contexts = app.Services.GetRequiredService<GatewayContextFactory>();
        app.MapGraphQL(GraphQLPath, composition.Executor, new GraphQLTransportOptions
        {
            Http = new GraphQLHttpOptions { MaxRequestBodySize = options.MaxRequestBytes },
            WebSocket = new GraphQLWebSocketOptions
            {
                OnConnectionInit = connectionInit.OnConnectionInitAsync,
                ConnectionInitTimeout = options.ConnectionInitTimeout,
                KeepAliveInterval = options.KeepAliveInterval,
                MaxOperationsPerConnection = options.MaxOperationsPerConnection,
                MaxMessageSize = options.MaxWebSocketMessageBytes,
            },
            CreateContext = contexts.CreateAsync,
            TimeProvider = app.Services.GetRequiredService<TimeProvider>(),
        });

        if (!string.IsNullOrEmpty(options.MetricsPath))
        {
            var exporter = app.Services.GetRequiredService<PrometheusMetricsExporter>();
            app.MapGet(options.MetricsPath, () => Results.Text(exporter.Write(), PrometheusMetricsExporter.ContentType));
        }

        foreach (var part in composition.Parts)
        {
            part.MapEndpoints(app);
        }

        return app;
    }
}
