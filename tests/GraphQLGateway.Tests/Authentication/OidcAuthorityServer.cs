using System.Security.Cryptography;
using DigitalPost.GraphQLGateway.Authentication.Jwt;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Tests.Authentication;

/// <summary>A local OpenID Connect authority on 127.0.0.1: a discovery document and a JWKS the test can rotate.</summary>
internal sealed class OidcAuthorityServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private volatile IReadOnlyList<(string Kid, RSA Key)> _published = [];
    private int _discoveryRequests;
    private int _jwksRequests;
    private int _disposed;

    private OidcAuthorityServer(WebApplication app) => _app = app;

    public Uri Authority { get; private set; } = null!;

    public string Issuer => Authority.AbsoluteUri;

    public int DiscoveryRequests => Volatile.Read(ref _discoveryRequests);

    public int JwksRequests => Volatile.Read(ref _jwksRequests);

    public void Publish(params (string Kid, RSA Key)[] keys) => _published = keys;

    public static async Task<OidcAuthorityServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new OidcAuthorityServer(app);
        app.MapGet("/.well-known/openid-configuration", () =>
        {
            Interlocked.Increment(ref server._discoveryRequests);
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = server.Issuer,
                ["jwks_uri"] = server.Authority.AbsoluteUri + "keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            });
        });
        app.MapGet("/keys", () =>
        {
            Interlocked.Increment(ref server._jwksRequests);
            var keys = server._published.Select(k =>
            {
                var p = k.Key.ExportParameters(false);
                return new Dictionary<string, string>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["alg"] = "RS256",
                    ["kid"] = k.Kid,
                    ["n"] = JwsBase64.Encode(p.Modulus),
                    ["e"] = JwsBase64.Encode(p.Exponent),
                };
            });
            return Results.Json(new { keys });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Authority = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
