using DigitalPost.GraphQL.Transport;
using DigitalPost.GraphQLGateway.Authentication;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using DigitalPost.GraphQLGateway.Platforms;

namespace DigitalPost.GraphQLGateway.Hosting;

/// <summary>
/// The transport's <c>CreateContext</c>: the <see cref="GatewayViewer"/> of an HTTP request or WebSocket operation, or null
/// for an anonymous caller (fields that need a viewer answer UNAUTHENTICATED; introspection works where enabled). A
/// signed-in caller whose platform cannot be resolved is refused with the PLATFORM_* code.
/// </summary>
public sealed class GatewayContextFactory
{
    private readonly GatewayViewerFactory _viewers;
    private readonly GatewayComposition _composition;

    public GatewayContextFactory(GatewayViewerFactory viewers, GatewayComposition composition)
    {
        _viewers = viewers;
        _composition = composition;
    }

    public async ValueTask<object?> CreateAsync(GraphQLTransportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = AcceptLanguageSelector.Select(context.HttpContext);
        if (context.User.GetSubject() is not { } subject)
        {
            return null;
        }

        var platform = PlatformResolver.Resolve(context);
        if (!platform.Succeeded)
        {
            _composition.Executor.RecordRefused(null, platform.ErrorCode!);
            throw GatewayErrors.Create(platform.ErrorCode!, language);
        }

        return await _viewers.CreateAsync(subject, platform.Platform!.Value, language, context.RequestAborted).ConfigureAwait(false);
    }
}
