using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.GraphQLGateway.Hosting;
using DigitalPost.GraphQLGateway.Tests.Core;
using DigitalPost.GraphQLGateway.Tests.Support;
using DigitalPost.Runtime;
using DigitalPost.Runtime.Streams;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Tests.Composition;

/// <summary>
/// The composed gateway (<c>AddDigitalPostGateway</c> + <c>MapDigitalPostGateway</c>) on Kestrel at 127.0.0.1 over fake
/// grains and an in-memory directory, with every log line captured.
/// </summary>
internal sealed class GatewayHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GatewayHost(WebApplication app, Uri baseUri, FakeGrainFactory grains, ConcurrentQueue<string> logs)
    {
        _app = app;
        Grains = grains;
        Logs = logs;
        Client = new HttpClient { BaseAddress = baseUri };
    }

    public HttpClient Client { get; }

    public FakeGrainFactory Grains { get; }

    /// <summary>Every formatted log message with its category, as written.</summary>
    public ConcurrentQueue<string> Logs { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="services">Extra or replacing services (e.g. a recording mass-send service), added after the fakes and before the gateway.</param>
    /// <param name="minimumLevel">The lowest level captured in <see cref="Logs"/>.</param>
    public static async Task<GatewayHost> StartAsync(
        string environment,
        Dictionary<string, string?>? configuration = null,
        IReadOnlyList<Authority>? authorities = null,
        Action<IServiceCollection>? services = null,
        LogLevel minimumLevel = LogLevel.Information)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var logs = new ConcurrentQueue<string>();
        builder.Logging.AddProvider(new CapturingLoggerProvider(logs));
        builder.Logging.SetMinimumLevel(minimumLevel);
        builder.Configuration.AddInMemoryCollection(configuration ?? []);
        var grains = new FakeGrainFactory();
        builder.Services.AddSingleton<IGrainFactory>(grains);
        builder.Services.AddSingleton<IAuthorityDirectory>(new FakeAuthorityDirectory(authorities ?? []));
        builder.Services.AddSingleton<IStreamProvider, InMemoryStreamProvider>();
        services?.Invoke(builder.Services);

        // Other parts may need host services these tests do not exercise; resolve lazily instead of validating all at build.
        builder.Host.UseDefaultServiceProvider(options => options.ValidateOnBuild = false);
        builder.Services.AddDigitalPostGateway(builder.Configuration, builder.Environment);
        var app = builder.Build();
        app.MapDigitalPostGateway();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GatewayHost(app, new Uri(address.TrimEnd('/') + "/"), grains, logs);
    }

    public async Task<string> DevTokenAsync(string subject, string platform = "borger.dk")
    {
        using var response = await Client.PostAsJsonAsync("auth/dev-token", new { subject, platform });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public async Task<JsonElement> PostAsync(string query, string? token = null, object? variables = null, string? operationName = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query, variables, operationName }) };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        request.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await Client.SendAsync(request);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The whole answer (status, content type, body) for byte-for-byte comparisons.</summary>
    public async Task<(int Status, string? ContentType, string Body)> PostRawAsync(string query, string token, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await Client.SendAsync(request);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
