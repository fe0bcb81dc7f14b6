using DigitalPost.GraphQLGateway.Authentication;
using DigitalPost.GraphQLGateway.Composition;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Ide;
using DigitalPost.GraphQLGateway.Operations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace DigitalPost.GraphQLGateway.Hosting;

/// <summary>Adds the Digital Post GraphQL gateway to a host (the silo): see docs/gateway.md.</summary>
public static class GatewayServiceCollectionExtensions
{
    /// <summary>Meter name prefixes <c>/metrics</c> exposes: the gateway's and every other Digital Post meter (runtime, grains).</summary>
    public static IReadOnlyList<string> MetricsMeterPrefixes { get; } = ["DigitalPost."];

    /// <summary>
    /// Authentication (JWT bearer, dev tokens in Development), the browser IDE, every part's services from
    /// <see cref="GatewayParts.Create"/>, the composed schema and request pipeline (<see cref="GatewayComposition"/>), the
    /// viewer factory, metrics and the Prometheus exporter. The grains (<c>IGrainFactory</c>) and the authority directory
    /// come from the host. Configuration: <c>Gateway</c> (<see cref="GatewayOptions"/>), <c>Authentication</c>, <c>GraphQL:Ide</c>.
    /// </summary>
    public static IServiceCollection AddDigitalPostGateway(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.AddGatewayAuthentication(configuration, environment);
        services.AddGatewayIde(configuration, environment);
        services.TryAddSingleton(TimeProvider.System);

        var parts = GatewayParts.Create();
        foreach (var part in parts)
        {
            part.AddServices(services, configuration);
        }

        services.AddSingleton(new GatewayPartList(parts));
        services.TryAddSingleton<GatewayMetrics>();
        services.TryAddSingleton(_ => new PrometheusMetricsExporter(MetricsMeterPrefixes));
        services.TryAddSingleton<GatewayComposition>();
        services.TryAddSingleton<GatewayContextFactory>();
        ResponseCache.ResponseCacheServiceCollectionExtensions.AddGatewayResponseCache(services, configuration);
        return services;
    }
}
