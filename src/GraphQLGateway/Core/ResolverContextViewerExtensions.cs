using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQLGateway.Localization;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>Reads the <see cref="GatewayViewer"/> the transport put into the request's <c>UserContext</c>.</summary>
public static class ResolverContextViewerExtensions
{
    /// <summary>The signed-in caller.</summary>
    /// <exception cref="GraphQLException">Code <c>UNAUTHENTICATED</c> when the request is anonymous.</exception>
    public static GatewayViewer Viewer(this ResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserContext as GatewayViewer ?? throw GatewayErrors.Unauthenticated(context);
    }

    /// <summary>The signed-in caller, or null when the request is anonymous.</summary>
    public static GatewayViewer? ViewerOrNull(this ResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserContext as GatewayViewer;
    }
}
