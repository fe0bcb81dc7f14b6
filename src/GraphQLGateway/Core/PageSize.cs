using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQLGateway.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>
/// Relay page sizes: <c>first</c>/<c>last</c> must lie between 0 and <see cref="GatewayOptions.MaxPageSize"/> (100). The
/// engine's cost limit multiplies by these arguments but cannot cap one, so every connection resolver reads its size here.
/// </summary>
public static class PageSize
{
    /// <summary>
    /// The page size of a connection field: <c>first</c> (or <c>last</c>), else
    /// <paramref name="defaultSize"/>. VALIDATION when negative or above the configured maximum, or when both <c>first</c>
    /// and <c>last</c> are given.
    /// </summary>
    public static int Resolve(ResolverContext context, int defaultSize = 20) => Resolve(context, out _, defaultSize);

    /// <summary>As <see cref="Resolve(ResolverContext, int)"/>; <paramref name="backward"/> tells whether <c>last</c> was given.</summary>
    public static int Resolve(ResolverContext context, out bool backward, int defaultSize = 20)
    {
        ArgumentNullException.ThrowIfNull(context);
        var max = Max(context);
        var first = context.ArgumentOrDefault<int?>("first");
        var last = context.ArgumentOrDefault<int?>("last");
        if (first is not null && last is not null)
        {
            throw GatewayErrors.Validation(context, "first/last");
        }

        backward = last is not null;
        var size = first ?? last ?? Math.Min(defaultSize, max);
        if (size < 0 || size > max)
        {
            throw GatewayErrors.Create(context, GatewayErrorCodes.LimitExceeded, $"{(backward ? "last" : "first")} ≤ {max}");
        }

        return size;
    }

    /// <summary>The configured maximum (<c>Gateway:MaxPageSize</c>, default 100).</summary>
    public static int Max(ResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Services.GetService<IOptions<GatewayOptions>>()?.Value.MaxPageSize ?? new GatewayOptions().MaxPageSize;
    }
}
