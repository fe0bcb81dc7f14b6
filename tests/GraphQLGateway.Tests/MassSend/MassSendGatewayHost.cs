using System.Net.Http.Json;
using System.Text.Json;
using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.GraphQLGateway.Hosting;
using DigitalPost.GraphQLGateway.Tests.Core;
using DigitalPost.Runtime;
using DigitalPost.Runtime.Streams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Tests.MassSend;

/// <summary>The composed gateway (every part, as the silo maps it) on Kestrel, with a recording mass-send service.</summary>
internal sealed class MassSendGatewayHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private MassSendGatewayHost(WebApplication app, Uri baseUri, RecordingMassSendService service)
    {
        _app = app;
        Service = service;
        Client = new HttpClient { BaseAddress = baseUri };
    }

    public HttpClient Client { get; }

    public RecordingMassSendService Service { get; }

    public static async Task<MassSendGatewayHost> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var service = new RecordingMassSendService();
        builder.Services.AddSingleton<IMassSendService>(service);
        builder.Services.AddSingleton<IGrainFactory>(new FakeGrainFactory());
        builder.Services.AddSingleton<IAuthorityDirectory>(new FakeAuthorityDirectory([]));
        builder.Services.AddSingleton<IStreamProvider, InMemoryStreamProvider>();
        builder.Host.UseDefaultServiceProvider(options => options.ValidateOnBuild = false);
        builder.Services.AddDigitalPostGateway(builder.Configuration, builder.Environment);
        var app = builder.Build();
        app.MapDigitalPostGateway();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new MassSendGatewayHost(app, new Uri(address.TrimEnd('/') + "/"), service);
    }

    public async Task<string> DevTokenAsync(string subject)
    {
        using var response = await Client.PostAsJsonAsync("auth/dev-token", new { subject, platform = "borger.dk" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public async Task<JsonElement> PostAsync(string query, string token, object? variables = null) =>
        JsonDocument.Parse((await PostRawAsync(query, token, variables)).Body).RootElement.Clone();

    /// <summary>The whole answer: status code, content type and body text, for byte-for-byte comparisons.</summary>
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
