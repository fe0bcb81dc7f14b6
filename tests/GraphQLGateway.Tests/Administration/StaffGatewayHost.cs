using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Registry;
using DigitalPost.GraphQLGateway.Hosting;
using DigitalPost.GraphQLGateway.Tests.Core;
using DigitalPost.GraphQLGateway.Tests.Support;
using DigitalPost.Runtime;
using DigitalPost.Runtime.Streams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Tests.Administration;

/// <summary>
/// The composed gateway on Kestrel over fake grains, an in-memory population registry and directory, with every log line
/// (every category, every level) captured.
/// </summary>
internal sealed class StaffGatewayHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaffGatewayHost(WebApplication app, Uri baseUri, FakeGrainFactory grains, FakePopulationRegistry registry, ConcurrentQueue<string> logs)
    {
        _app = app;
        Grains = grains;
        Registry = registry;
        Logs = logs;
        Client = new HttpClient { BaseAddress = baseUri };
    }

    public HttpClient Client { get; }

    public FakeGrainFactory Grains { get; }

    public FakePopulationRegistry Registry { get; }

    public ConcurrentQueue<string> Logs { get; }

    public static async Task<StaffGatewayHost> StartAsync(IReadOnlyList<Authority> authorities)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var logs = new ConcurrentQueue<string>();
        builder.Logging.AddProvider(new CapturingLoggerProvider(logs));
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        var grains = new FakeGrainFactory();
        var registry = new FakePopulationRegistry();
        builder.Services.AddSingleton<IGrainFactory>(grains);
        builder.Services.AddSingleton<IPopulationRegistry>(registry);
        builder.Services.AddSingleton<IAuthorityDirectory>(new FakeAuthorityDirectory(authorities));
        builder.Services.AddSingleton<IStreamProvider, InMemoryStreamProvider>();
        builder.Host.UseDefaultServiceProvider(options => options.ValidateOnBuild = false);
        builder.Services.AddDigitalPostGateway(builder.Configuration, builder.Environment);
        var app = builder.Build();
        app.MapDigitalPostGateway();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaffGatewayHost(app, new Uri(address.TrimEnd('/') + "/"), grains, registry, logs);
    }

    public async Task<string> DevTokenAsync(string subject)
    {
        using var response = await Client.PostAsJsonAsync("auth/dev-token", new { subject, platform = "borger.dk" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public async Task<JsonElement> PostAsync(string query, string token, object? variables = null) =>
        JsonDocument.Parse((await PostRawAsync(query, token, variables)).Body).RootElement.Clone();

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
