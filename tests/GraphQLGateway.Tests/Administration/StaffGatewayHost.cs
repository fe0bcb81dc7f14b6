using System.Collections.Concurrent;
using System.Text.Json;
using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Registry;
using DigitalPost.GraphQLGateway.Tests.Composition;
using DigitalPost.GraphQLGateway.Tests.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Tests.Administration;

/// <summary>
/// The composed gateway (<see cref="GatewayHost"/>) over fake grains, an in-memory population registry and directory, with
/// every log line (every category, every level) captured.
/// </summary>
internal sealed class StaffGatewayHost(GatewayHost host, FakePopulationRegistry registry) : IAsyncDisposable
{
    public HttpClient Client => host.Client;

    public FakeGrainFactory Grains => host.Grains;

    public FakePopulationRegistry Registry => registry;

    public ConcurrentQueue<string> Logs => host.Logs;

    public static async Task<StaffGatewayHost> StartAsync(IReadOnlyList<Authority> authorities)
    {
        var registry = new FakePopulationRegistry();
        var host = await GatewayHost.StartAsync(
            "Development", authorities: authorities, services: services => services.AddSingleton<IPopulationRegistry>(registry), minimumLevel: LogLevel.Trace);
        return new StaffGatewayHost(host, registry);
    }

    public Task<string> DevTokenAsync(string subject) => host.DevTokenAsync(subject);

    public Task<JsonElement> PostAsync(string query, string token, object? variables = null) => host.PostAsync(query, token, variables);

    /// <inheritdoc cref="GatewayHost.PostRawAsync"/>
    public Task<(int Status, string? ContentType, string Body)> PostRawAsync(string query, string token, object? variables = null) =>
        host.PostRawAsync(query, token, variables);

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
