using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQLGateway.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>The core part's root fields: <c>viewer</c>, <c>node</c>, <c>nodes</c> and <c>mailbox</c>.</summary>
internal static class CoreQueryFields
{
    /// <summary>Most ids one <c>nodes(ids:)</c> may ask for (each is a lookup).</summary>
    public const int MaxNodeIds = 100;

    public static object? Viewer(ResolverContext context) => context.Viewer();

    public static async ValueTask<object?> NodeAsync(ResolverContext context)
    {
        context.Viewer();
        return await context.Services.GetRequiredService<NodeRegistry>().ResolveAsync(context, context.Argument<string>("id")).ConfigureAwait(false);
    }

    /// <summary>Each id resolved on its own; an unknown or hidden one is null (without an error, so one bad id does not fail the rest).</summary>
    public static async ValueTask<object?> NodesAsync(ResolverContext context)
    {
        context.Viewer();
        var ids = context.Argument<IReadOnlyList<string>>("ids");
        if (ids.Count > MaxNodeIds)
        {
            throw GatewayErrors.Create(context, GatewayErrorCodes.LimitExceeded, $"ids ≤ {MaxNodeIds}");
        }

        var registry = context.Services.GetRequiredService<NodeRegistry>();
        var tasks = ids.Select(id => ResolveOrNullAsync(context, registry, id)).ToList();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    public static async ValueTask<object?> MailboxAsync(ResolverContext context)
    {
        var mailbox = GlobalId.ParseMailbox(context, context.Argument<string>("id"));
        await context.Services.GetRequiredService<MailboxAccessResolver>().RequireAsync(context, mailbox).ConfigureAwait(false);
        return new MailboxNode(mailbox);
    }

    private static async Task<object?> ResolveOrNullAsync(ResolverContext context, NodeRegistry registry, string id)
    {
        try
        {
            return await registry.ResolveAsync(context, id).ConfigureAwait(false);
        }
        catch (GraphQLException error) when (error.Code is GatewayErrorCodes.NotFound or GatewayErrorCodes.Forbidden)
        {
            return null;
        }
    }
}
