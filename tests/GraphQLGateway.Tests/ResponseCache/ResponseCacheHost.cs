using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Hosting;
using DigitalPost.GraphQLGateway.ResponseCache;
using DigitalPost.GraphQLGateway.Tests.Core;
using DigitalPost.GraphQLGateway.Tests.Support;
using DigitalPost.Runtime;
using DigitalPost.Runtime.Streams;
using DigitalPost.Testing.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Tests.ResponseCache;

/// <summary>
/// The composed gateway on Kestrel over fake grains with a manual clock, for the response cache: every citizen's mailbox
/// version comes from <see cref="Versions"/> (a test bumps it to stand for a change), and log lines are captured.
/// </summary>
internal sealed class ResponseCacheHost : IAsyncDisposable
{
    public const string Query = "{ viewer { kind platform displayId mailbox { id address displayAddress access } } }";

    private readonly WebApplication _app;

    private ResponseCacheHost(WebApplication app, Uri baseUri, FakeGrainFactory grains, ManualTimeProvider time, ConcurrentQueue<string> logs)
    {
        _app = app;
        Grains = grains;
        Time = time;
        Logs = logs;
        Client = new HttpClient { BaseAddress = baseUri };
    }

    public HttpClient Client { get; }

    public FakeGrainFactory Grains { get; }

    public ManualTimeProvider Time { get; }

    public ConcurrentQueue<string> Logs { get; }

    /// <summary>The version each mailbox answers (counter per mailbox key; generation fixed).</summary>
    public ConcurrentDictionary<string, long> Versions { get; } = new(StringComparer.Ordinal);

    public Guid Generation { get; set; } = Guid.NewGuid();

    public IServiceProvider Services => _app.Services;

    public GatewayResponseCache Cache => _app.Services.GetRequiredService<GatewayResponseCache>();

    public static async Task<ResponseCacheHost> StartAsync(Dictionary<string, string?>? configuration = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var logs = new ConcurrentQueue<string>();
        builder.Logging.AddProvider(new CapturingLoggerProvider(logs));
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Configuration.AddInMemoryCollection(configuration ?? []);
        var grains = new FakeGrainFactory();
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<IGrainFactory>(grains);
        builder.Services.AddSingleton<IAuthorityDirectory>(new FakeAuthorityDirectory([]));
        builder.Services.AddSingleton<IStreamProvider, InMemoryStreamProvider>();
        builder.Host.UseDefaultServiceProvider(options => options.ValidateOnBuild = false);
        builder.Services.AddDigitalPostGateway(builder.Configuration, builder.Environment);
        var app = builder.Build();
        app.MapDigitalPostGateway();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ResponseCacheHost(app, new Uri(address.TrimEnd('/') + "/"), grains, time, logs);
    }

    /// <summary>A dev token for <paramref name="cpr"/> whose mailbox answers its version from <see cref="Versions"/>.</summary>
    public async Task<string> CitizenTokenAsync(string cpr, string platform = "borger.dk")
    {
        var mailbox = "cpr:" + cpr;
        Versions.TryAdd(mailbox, 0);
        Grains.Handle(mailbox, nameof(IMailboxGrain.GetVersionAsync), _ => ValueTask.FromResult(new MailboxVersion(Generation, Versions[mailbox])));
        using var response = await Client.PostAsJsonAsync("auth/dev-token", new { subject = mailbox, platform });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public void Bump(string cpr) => Versions.AddOrUpdate("cpr:" + cpr, 1, (_, v) => v + 1);

    /// <summary>POST /graphql with exactly <paramref name="body"/> (the bytes are the cache key).</summary>
    public async Task<Answer> PostAsync(string? token, string body, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        return await SendAsync(request, token, accept);
    }

    public async Task<Answer> GetAsync(string? token, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "graphql?query=" + Uri.EscapeDataString(query));
        return await SendAsync(request, token, "application/graphql-response+json");
    }

    public static string Body(string query, object? variables = null) => JsonSerializer.Serialize(new { query, variables });

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<Answer> SendAsync(HttpRequestMessage request, string? token, string accept)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        request.Headers.Accept.ParseAdd(accept);
        using var response = await Client.SendAsync(request);
        // Framing is not content: an executed answer is chunked, a hit says its Content-Length (see Answer.ContentLength).
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => h.Key is not ("Date" or "Server" or "Transfer-Encoding" or "Content-Length"))
            .Select(h => h.Key + ": " + string.Join(",", h.Value))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new Answer((int)response.StatusCode, headers, await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentLength, response.Headers.TransferEncodingChunked == true);
    }

    /// <summary>A response: status, headers (without Date, Server and the framing headers, sorted), body bytes and the framing.</summary>
    public sealed record Answer(int Status, IReadOnlyList<string> Headers, byte[] Body, long? ContentLength, bool Chunked)
    {
        public string Text => Encoding.UTF8.GetString(Body);

        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    }
}
