using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;

namespace DigitalPost.GraphQL.Operations;

/// <summary>What the transport knows about the caller, handed through to the executor.</summary>
public sealed record GraphQLRequestContext
{
    /// <summary>An empty context.</summary>
    public static GraphQLRequestContext Empty { get; } = new();

    /// <summary>The services of the request (e.g. <c>HttpContext.RequestServices</c>).</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>The authenticated caller, or <c>null</c>.</summary>
    public ClaimsPrincipal? User { get; init; }

    /// <summary>Any application object resolvers need.</summary>
    public object? Context { get; init; }

    /// <summary>Transport features (e.g. <c>HttpContext.Features</c>).</summary>
    public IFeatureCollection? Features { get; init; }

    /// <summary>The parent value of the root fields, or <c>null</c>.</summary>
    public object? RootValue { get; init; }
}
