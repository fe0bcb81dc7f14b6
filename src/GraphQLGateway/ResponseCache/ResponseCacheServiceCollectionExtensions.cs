using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalPost.GraphQLGateway.ResponseCache;

/// <summary>Registration and placement of the response cache (one line each in the gateway's hosting).</summary>
public static class ResponseCacheServiceCollectionExtensions
{
    /// <summary>Options (<c>Gateway:ResponseCache</c>, validated at start), store, metrics, cache and middleware.</summary>
    public static IServiceCollection AddGatewayResponseCache(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ResponseCacheOptions>()
            .Bind(configuration.GetSection(ResponseCacheOptions.SectionName))
            .Validate(o => o.MaxEntries >= 0, "Gateway:ResponseCache:MaxEntries must not be negative.")
            .Validate(o => o.MaxEntryBytes >= 0, "Gateway:ResponseCache:MaxEntryBytes must not be negative.")
            .Validate(o => o.MaxTotalBytes >= 0, "Gateway:ResponseCache:MaxTotalBytes must not be negative.")
            .Validate(o => o.MaxRequestBytes >= 0, "Gateway:ResponseCache:MaxRequestBytes must not be negative.")
            .Validate(o => o.MaxAge > TimeSpan.Zero, "Gateway:ResponseCache:MaxAge must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ResponseCacheStore>();
        services.TryAddSingleton<ResponseCacheMetrics>();
        services.TryAddSingleton<GatewayResponseCache>();
        services.TryAddSingleton<ResponseCacheMiddleware>();
        return services;
    }

    /// <summary>The middleware; place it right after authentication, before anything that answers <c>/graphql</c>.</summary>
    public static IApplicationBuilder UseGatewayResponseCache(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var middleware = app.ApplicationServices.GetRequiredService<ResponseCacheMiddleware>();
        return app.Use(middleware.InvokeAsync);
    }
}
