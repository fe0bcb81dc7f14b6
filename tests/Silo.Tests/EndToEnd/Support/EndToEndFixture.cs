using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Registry;
using DigitalPost.Runtime;
using DigitalPost.Testing.Postgres;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalPost.Silo.Tests.EndToEnd.Support;

/// <summary>
/// The real silo in-process (<see cref="SiloApplication"/>, Development environment) on Kestrel at a
/// free loopback port — real HTTP and WebSockets — on a fresh database of the test PostgreSQL server,
/// with <see cref="EndToEndWorld"/> seeded. Shared by every class in <see cref="EndToEndCollection"/>.
/// </summary>
public sealed class EndToEndFixture : IAsyncLifetime
{
    private readonly RegistryEventSignals _signals = new();
    private WebApplication? _app;
    private PostgresTestServer? _server;
    private string? _databaseName;
    private WorldSeeder? _seeder;
    private EndToEndWorld? _world;
    private readonly Dictionary<(string Subject, string Platform), string> _tokens = [];
    private Func<StreamSubscriptionSignals>? _streams;

    /// <summary>The seeded world.</summary>
    public EndToEndWorld World => _world ?? throw NotStarted();

    /// <summary>The silo's base address (<c>http://127.0.0.1:&lt;port&gt;/</c>).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary><c>http://127.0.0.1:&lt;port&gt;/graphql</c>.</summary>
    public Uri GraphQLEndpoint => new(BaseAddress, "graphql");

    /// <summary><c>ws://127.0.0.1:&lt;port&gt;/graphql</c>.</summary>
    public Uri WebSocketEndpoint => new UriBuilder(GraphQLEndpoint) { Scheme = "ws" }.Uri;

    /// <summary>An HTTP client with <see cref="BaseAddress"/>.</summary>
    public HttpClient Http { get; private set; } = null!;

    /// <summary>GraphQL over HTTP against <see cref="GraphQLEndpoint"/>.</summary>
    public GraphQLHttpClient GraphQL { get; private set; } = null!;

    /// <summary>The silo's services (grains, registry, stream provider, options).</summary>
    public IServiceProvider Services => _app?.Services ?? throw NotStarted();

    /// <summary>The silo's grain factory.</summary>
    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>The silo's clock (the system clock: the silo runs as in production).</summary>
    public TimeProvider Time => Services.GetRequiredService<TimeProvider>();

    /// <summary>
    /// Open runtime stream subscriptions with waits: after subscribing over the WebSocket, wait for the gateway's
    /// subscription (<c>fixture.Streams.WaitForAtLeastAsync(MailboxStreams.For(mailbox), 1)</c>) before acting.
    /// </summary>
    public StreamSubscriptionSignals Streams => (_streams ?? throw NotStarted())();

    /// <summary>The connection string of the silo's database.</summary>
    public string ConnectionString => _server!.ConnectionStringFor(_databaseName!);

    /// <summary>A development token for <paramref name="subject"/> on <paramref name="platform"/> (cached per pair).</summary>
    public async Task<string> DevTokenAsync(string subject, string platform = "borger.dk")
    {
        lock (_tokens)
        {
            if (_tokens.TryGetValue((subject, platform), out var cached))
            {
                return cached;
            }
        }

        using var response = await Http.PostAsJsonAsync("/auth/dev-token", new { subject, platform });
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /auth/dev-token for {subject} on {platform} gave {(int)response.StatusCode}: {text}");
        }

        var token = JsonNode.Parse(text)?["token"]?.GetValue<string>() ?? throw new InvalidOperationException("The dev-token answer has no token: " + text);
        lock (_tokens)
        {
            _tokens[(subject, platform)] = token;
        }

        return token;
    }

    /// <summary>A GraphQL request as <paramref name="subject"/> on <paramref name="platform"/> (dev token).</summary>
    public async Task<GraphQLResponse> PostAsAsync(string subject, string platform, string query, object? variables = null) =>
        await GraphQL.PostAsync(await DevTokenAsync(subject, platform), query, variables);

    /// <summary>
    /// A graphql-transport-ws connection with <c>{"authorization": "Bearer &lt;token&gt;"}</c> in
    /// <c>connection_init</c> (no payload when <paramref name="token"/> is null), acknowledged.
    /// </summary>
    public Task<GraphQLWebSocketClient> ConnectWebSocketAsync(string? token, JsonObject? extraPayload = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        JsonObject? payload = token is null ? extraPayload?.DeepClone().AsObject() : new JsonObject { ["authorization"] = "Bearer " + token };
        if (token is not null && extraPayload is not null)
        {
            foreach (var (name, value) in extraPayload)
            {
                payload![name] = value?.DeepClone();
            }
        }

        return GraphQLWebSocketClient.ConnectAsync(WebSocketEndpoint, payload, headers);
    }

    /// <summary>A WebSocket connection as <paramref name="subject"/> on <paramref name="platform"/> (dev token).</summary>
    public async Task<GraphQLWebSocketClient> ConnectWebSocketAsAsync(string subject, string platform) =>
        await ConnectWebSocketAsync(await DevTokenAsync(subject, platform));

    /// <summary>A new adult citizen, registered through a registry birth event (for tests that change state).</summary>
    public Task<WorldCitizen> CreateCitizenAsync(string firstNames = "Test", string lastName = "Borger") =>
        (_seeder ?? throw NotStarted()).CreateCitizenAsync(firstNames, lastName);

    /// <summary>Delivers a new letter from <paramref name="from"/> (default <see cref="EndToEndWorld.Authority"/>) to <paramref name="recipient"/>.</summary>
    public Task<WorldMessage> SendLetterAsync(MailboxId recipient, LetterSpec spec, WorldAuthority? from = null) =>
        (_seeder ?? throw NotStarted()).SendAsync(from ?? World.Authority, recipient, spec);

    /// <summary>Delivers private post from the world's company (the recipient must have consented) for <paramref name="platform"/>.</summary>
    public Task<WorldMessage> SendPrivatePostAsync(MailboxId recipient, LetterSpec spec, Platform platform) =>
        (_seeder ?? throw NotStarted()).SendPrivatePostAsync(World.Company, recipient, spec, platform);

    /// <summary>The owner grants <paramref name="delegateCitizen"/> access to the owner's mailbox (through the grain).</summary>
    public Task<DelegationGrant> GrantAccessAsync(WorldCitizen owner, WorldCitizen delegateCitizen, AccessLevel level, DateTimeOffset? expiresAt = null) =>
        Grains.GetGrain<ICitizenMailboxGrain>(owner.Mailbox.Value)
            .GrantAccessAsync(ActorContext.Person(owner.Cpr, Platform.BorgerDk), delegateCitizen.Cpr, level, expiresAt);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _server = await PostgresTestServer.GetAsync();
        // Empty database: the silo applies every component's migrations at start-up, as in production.
        _databaseName = await _server.CreateDatabaseAsync([]);
        var builder = SiloApplication.CreateBuilder(
        [
            "--environment", "Development",
            "--urls", "http://127.0.0.1:0",
            "--ConnectionStrings:DigitalPost", _server.ConnectionStringFor(_databaseName),
            // The test output shows warnings and errors only.
            "--Logging:LogLevel:Default", "Warning",
        ]);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IRegistryEventHandler>(_signals));
        _streams = StreamSubscriptionSignals.Install(builder.Services);
        _app = SiloApplication.Build(builder);
        await _app.StartAsync();
        // Port 0: Kestrel picked a free port and wrote it back into the addresses.
        BaseAddress = new Uri(_app.Urls.Single(u => u.StartsWith("http://", StringComparison.Ordinal)) + "/");
        Http = new HttpClient { BaseAddress = BaseAddress };
        GraphQL = new GraphQLHttpClient(Http, GraphQLEndpoint);
        _seeder = new WorldSeeder(_app.Services, _signals, Time);
        _world = await _seeder.SeedAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_server is not null && _databaseName is not null)
        {
            await _server.DropDatabaseAsync(_databaseName);
        }
    }

    private static InvalidOperationException NotStarted() => new("The end-to-end fixture has not started (xunit calls InitializeAsync first).");
}
