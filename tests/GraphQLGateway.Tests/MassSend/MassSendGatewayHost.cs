using System.Text.Json;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.GraphQLGateway.Tests.Composition;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Tests.MassSend;

/// <summary>The composed gateway (<see cref="GatewayHost"/>, every part as the silo maps it) with a recording mass-send service.</summary>
internal sealed class MassSendGatewayHost(GatewayHost host, RecordingMassSendService service) : IAsyncDisposable
{
    public HttpClient Client => host.Client;

    public RecordingMassSendService Service => service;

    public static async Task<MassSendGatewayHost> StartAsync()
    {
        var service = new RecordingMassSendService();
        var host = await GatewayHost.StartAsync("Development", services: services => services.AddSingleton<IMassSendService>(service));
        return new MassSendGatewayHost(host, service);
    }

    public Task<string> DevTokenAsync(string subject) => host.DevTokenAsync(subject);

    public Task<JsonElement> PostAsync(string query, string token, object? variables = null) => host.PostAsync(query, token, variables);

    /// <inheritdoc cref="GatewayHost.PostRawAsync"/>
    public Task<(int Status, string? ContentType, string Body)> PostRawAsync(string query, string token, object? variables = null) =>
        host.PostRawAsync(query, token, variables);

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
