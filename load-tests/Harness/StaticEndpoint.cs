using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigitalPost.LoadTests.Harness;

/// <summary>
/// A trivial Kestrel endpoint answering every GET with the same body: the floor the harness is cross-checked on
/// (against wrk) and the target of the harness's own tests. Port 0 picks a free port; <see cref="Address"/> says which.
/// </summary>
public sealed class StaticEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticEndpoint(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where the endpoint listens.</summary>
    public Uri Address { get; }

    /// <summary>Starts listening on <paramref name="url"/> (e.g. <c>http://127.0.0.1:0</c>), answering <paramref name="bodyBytes"/> bytes of text.</summary>
    public static Task<StaticEndpoint> StartAsync(string url, int bodyBytes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bodyBytes);
        var body = new byte[bodyBytes];
        Array.Fill(body, (byte)'x');
        return StartAsync(url, body, "text/plain", cancellationToken);
    }

    /// <summary>
    /// Starts listening on <paramref name="url"/>, answering every request (any method, body ignored) with exactly
    /// <paramref name="body"/> as <paramref name="contentType"/>: the plain endpoint a gateway response is compared with.
    /// </summary>
    public static async Task<StaticEndpoint> StartAsync(string url, byte[] body, string contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, ExternalLifetime>();
        var app = builder.Build();
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = contentType;
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new StaticEndpoint(app, new Uri(addresses.First()));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
