using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Authorities;

/// <summary>Resolvers of the directory: <c>authorities</c>, <c>authority</c>, and the fields of <c>Authority</c> and its contact points.</summary>
internal static class AuthorityFields
{
    /// <summary>Longest search text (longer input is a typo or abuse, never a name).</summary>
    public const int MaxSearchLength = 200;

    public static NodeRegistration Node { get; } = new(GlobalId.AuthorityType, ResolveNodeAsync);

    public static async ValueTask<object?> SearchAsync(ResolverContext context)
    {
        context.Viewer();
        var text = context.ArgumentOrDefault<string?>("search");
        if (text is { Length: > MaxSearchLength })
        {
            throw GatewayErrors.Validation(context, $"search ≤ {MaxSearchLength}");
        }

        var first = PageSize.Resolve(context);
        var offset = 0;
        if (context.ArgumentOrDefault<string?>("after") is { } after)
        {
            if (!AuthorityCursor.TryDecode(after, out var position))
            {
                throw GatewayErrors.Validation(context, "after");
            }

            offset = position + 1;
        }

        var kind = context.ArgumentOrDefault<AuthorityKind?>("kind");
        var directory = context.Services.GetRequiredService<IAuthorityDirectory>();
        AuthoritySearchPage page;
        if (first == 0)
        {
            // The directory's smallest page is one; ask for one to learn the total and drop it.
            var probe = await directory.SearchAsync(new AuthoritySearch(text, kind, offset, 1), context.CancellationToken).ConfigureAwait(false);
            page = probe with { Items = [], Limit = 0 };
        }
        else
        {
            page = await directory.SearchAsync(new AuthoritySearch(text, kind, offset, first), context.CancellationToken).ConfigureAwait(false);
        }

        var edges = page.Items.Select((item, index) => new AuthorityEdge(AuthorityCursor.Encode(offset + index), AuthorityNode.From(item))).ToList();
        var pageInfo = new PageInfoView(
            HasNextPage: offset + edges.Count < page.TotalCount,
            HasPreviousPage: offset > 0,
            StartCursor: edges.Count == 0 ? null : edges[0].Cursor,
            EndCursor: edges.Count == 0 ? null : edges[^1].Cursor);
        return new AuthorityConnection(edges, edges.Select(edge => edge.Node).ToList(), pageInfo, page.TotalCount);
    }

    public static async ValueTask<object?> AuthorityAsync(ResolverContext context)
    {
        context.Viewer();
        var id = GlobalId.ParseAuthority(context, context.Argument<string>("id"));
        var authority = await AuthorityLookup.GetAsync(context, id).ConfigureAwait(false) ?? throw GatewayErrors.Inaccessible(context);
        return AuthorityNode.From(authority);
    }

    public static object? Id(ResolverContext context) => GlobalId.Authority(Parent(context).Id);

    public static object? AuthorityId(ResolverContext context) => Parent(context).Id.Value;

    public static object? Cvr(ResolverContext context) => Parent(context).Cvr.Value;

    public static async ValueTask<object?> MunicipalityCodeAsync(ResolverContext context) =>
        (await AuthorityLookup.FullAsync(context, Parent(context)).ConfigureAwait(false))?.MunicipalityCode;

    public static async ValueTask<object?> RegionCodeAsync(ResolverContext context) =>
        (await AuthorityLookup.FullAsync(context, Parent(context)).ConfigureAwait(false))?.RegionCode;

    public static async ValueTask<object?> ContactPointsAsync(ResolverContext context) =>
        (await AuthorityLookup.FullAsync(context, Parent(context)).ConfigureAwait(false))?.ContactPoints ?? [];

    public static object? ContactPointId(ResolverContext context) => ((ContactPoint)context.Parent!).Id;

    public static object? CitizenMaxAttachmentBytes(ResolverContext context) => ((ContactPoint)context.Parent!).AttachmentLimits.CitizenMaxBytes;

    public static object? BusinessMaxAttachmentBytes(ResolverContext context) => ((ContactPoint)context.Parent!).AttachmentLimits.BusinessMaxBytes;

    public static object? CategoryId(ResolverContext context) => ((ContactPointCategory)context.Parent!).Id;

    private static async ValueTask<object?> ResolveNodeAsync(ResolverContext context, string key)
    {
        if (!Grains.Interfaces.Identity.AuthorityId.TryParse(key, out var id))
        {
            return null;
        }

        var authority = await AuthorityLookup.GetAsync(context, id).ConfigureAwait(false);
        return authority is null ? null : AuthorityNode.From(authority);
    }

    private static AuthorityNode Parent(ResolverContext context) => (AuthorityNode)context.Parent!;
}
