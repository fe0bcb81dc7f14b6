using System.Net.Http.Headers;
using DigitalPost.GraphQL.Operations;
using DigitalPost.GraphQL.Transport;
using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQLGateway.Authentication;
using DigitalPost.GraphQLGateway.Authentication.Development;
using DigitalPost.GraphQLGateway.Ide;
using DigitalPost.GraphQLGateway.Localization;
using DigitalPost.GraphQLGateway.Platforms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Tests.Authentication;

/// <summary>
/// The gateway's authentication, platform, language and IDE pieces on a real Kestrel at 127.0.0.1, with a small
/// GraphQL schema whose fields report who is calling, on which platform, and raise localized errors.
/// </summary>
internal sealed class GatewayTestServer : IAsyncDisposable
{
    public const string Sdl = """
        type Query {
          whoami: String
          kind: String
          platform: String
          hidden(id: ID!): String
          denied: String
        }
        """;

    private readonly WebApplication _app;

    private GatewayTestServer(WebApplication app, Uri baseUri, System.Collections.Concurrent.ConcurrentQueue<string> requests)
    {
        _app = app;
        Requests = requests;
        BaseUri = baseUri;
        Client = new HttpClient { BaseAddress = baseUri };
    }

    public Uri BaseUri { get; }

    public HttpClient Client { get; }

    public Uri WebSocketUri => new UriBuilder(BaseUri) { Scheme = "ws", Path = "/graphql" }.Uri;

    public IServiceProvider Services => _app.Services;

    /// <summary>"METHOD /path" of every request, in arrival order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Requests { get; }

    public static async Task<GatewayTestServer> StartAsync(
        string environment,
        IDictionary<string, string?>? configuration = null,
        TimeProvider? time = null,
        Action<JwtBearerGatewayOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(configuration ?? new Dictionary<string, string?>());
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddGatewayAuthentication(builder.Configuration, builder.Environment, configure);
        builder.Services.AddGatewayIde(builder.Configuration, builder.Environment);
        var app = builder.Build();
        var requests = new System.Collections.Concurrent.ConcurrentQueue<string>();
        app.Use((context, next) =>
        {
            requests.Enqueue(context.Request.Method + " " + context.Request.Path);
            return next(context);
        });
        app.UseWebSockets();
        app.UseGatewayIde();
        app.UseGatewayAuthentication();
        app.MapDevTokenEndpoint();
        app.MapGet("/whoami", (HttpContext context) => context.User.GetSubject() is { } subject
            ? Results.Text(subject.Masked + " " + string.Join(",", PlatformResolver.AllowedPlatforms(context.User).Select(p => p.Name)))
            : Results.Challenge());
        app.MapGet("/change-claims", (HttpContext context) =>
        {
            // What a careless request could do to the principal it was given.
            var extra = context.User.FindFirst("test:extra")?.Value ?? "none";
            try
            {
                context.User.Identities.First().AddClaim(new System.Security.Claims.Claim("test:extra", "added"));
                return Results.Text("changed (had " + extra + ")");
            }
            catch (InvalidOperationException)
            {
                return Results.Text("sealed (had " + extra + ")");
            }
        });
        app.MapGet("/platform", (HttpContext context) => PlatformResolver.Resolve(context) is { Succeeded: true } resolution
            ? Results.Text(resolution.Platform!.Value.Name)
            : Results.BadRequest(PlatformResolver.Resolve(context).ErrorCode));
        app.MapGet("/sdl", (HttpContext context) => GatewaySdl.WriteAsync(context, Sdl));

        var connectionInit = app.Services.GetRequiredService<GatewayConnectionInitAuthenticator>();
        app.MapGraphQL("/graphql", new GraphQLRequestPipeline(BuildSchema()), new GraphQLTransportOptions
        {
            WebSocket = new GraphQLWebSocketOptions { OnConnectionInit = connectionInit.OnConnectionInitAsync },
            CreateContext = context => ValueTask.FromResult<object?>(PlatformResolver.Resolve(context)),
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GatewayTestServer(app, new Uri(address.TrimEnd('/') + "/"), requests);
    }

    public async Task<HttpResponseMessage> GetWithTokenAsync(string path, string? token, string? platformHeader = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (platformHeader is not null)
        {
            request.Headers.Add(PlatformResolver.HeaderName, platformHeader);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static Schema BuildSchema() =>
        new SchemaBuilder()
            .AddTypeDefinitions(Sdl)
            .BindResolver("Query", "whoami", ctx => ctx.User?.GetSubject()?.Masked)
            .BindResolver("Query", "kind", ctx => ctx.User?.GetSubject()?.Kind.ToString())
            .BindResolver("Query", "platform", ctx => ctx.UserContext is PlatformResolution { Succeeded: true } resolution
                ? resolution.Platform!.Value.Name
                : throw GatewayErrors.Create(ctx, ((PlatformResolution)ctx.UserContext!).ErrorCode!))
            .BindResolver("Query", "hidden", ctx => ctx.Argument<string>("id") == "mine" ? "visible" : throw GatewayErrors.Inaccessible(ctx))
            .BindResolver("Query", "denied", ctx => throw GatewayErrors.Forbidden(ctx))
            .Build();
}
